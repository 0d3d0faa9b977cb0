"""書きかけの印（「TODO:」、チェックの付いていないタスクリスト ``- [ ]``）を残さない（textlint-rule-no-todo 2.0.1 互換）。

A post should not go out with its to-do notes.  Reported:

- ``todo:`` in any letter case in a Str (not in a link, an image or a block quote), at
  the ``t``;
- a list item whose source holds ``[`` + white space + ``]`` + white space (an unchecked
  task), at that ``[`` (an item holding such a nested item is reported there too, as in
  textlint).

Options: none.

    OK:  手順はすべて書き終えた。
    NG:  TODO: 手順を書く
"""

from postlint.jsregex import compile_js
from postlint.rules._textlint import inside, text_spans

ID = "no-todo"
NODES = ("Str", "ListItem")
OPTIONS: dict = {}
DEFAULTS: dict = {}
FIXABLE = False

# the original's patterns, with JavaScript's meaning of \s and of the i flag
_TODO = compile_js("todo:", "i")
_OPEN_TASK = compile_js("\\[\\s+\\]\\s")
TRIGGER = compile_js("todo:|\\[\\s+\\]\\s", "i")  # a file without either has nothing to report


def check(node, opts, ctx):
    text = ctx.text
    if node.type == "ListItem":
        m = _OPEN_TASK.search(text, node.start, node.end)
        if m is not None:
            yield ctx.report(m.start(), m.start() + 1, f"チェックの付いていないタスク「{_first_line(text, node.start)}」が残っています。"
                             "済ませるか、消してください。")
        return
    if inside(node, text, "Link", "Image", "BlockQuote"):
        return
    for start, end in text_spans(node, ctx):  # a bare URL's text is a Link of its own in textlint's tree
        m = _TODO.search(text, start, end)
        if m is not None:
            yield ctx.report(m.start(), m.start() + 1, f"書きかけの印「{text[m.start():end].strip()}」が残っています。"
                             "書き終えるか、消してください。")


def _first_line(text: str, start: int) -> str:
    line_end = text.find("\n", start)
    return text[start:line_end if line_end >= 0 else len(text)].strip()
