"""見出しの末尾の句点をそろえる（textlint-rule-period-in-header 0.1.2 互換）。

Each heading's source (``## `` and any closing ``#`` included) is looked at from its end.
With the default ``periodMark`` ``""`` a heading must not end with a period mark: a final
``.``, ``。`` or ``．`` (``periodMarks``) is reported and ``--fix`` deletes it.  With a
``periodMark`` such as ``"。"`` every heading must end with it: another period mark is
reported (``--fix`` replaces it), and a heading ending with anything else (a letter,
``!``, ``)``, trailing white space) is reported with no fix.  Reported at the mark, at the
last character, or at the start of trailing white space.

Options: ``periodMark`` (""), ``periodMarks`` ([".", "。", "．"]).

    OK:  ## 準備するもの
    NG:  ## 準備するもの。
"""

from postlint.rules._textlint_ja import report_at_index
from postlint.rules.ja_no_mixed_period import ending

ID = "period-in-header"
NODES = ("Header",)
OPTIONS = {"periodMark": str, "periodMarks": [str]}
DEFAULTS = {"periodMark": "", "periodMarks": [".", "。", "．"]}
FIXABLE = True


def check(node, opts, ctx):
    text = ctx.text[node.start:node.end]
    if not text:
        return
    prefer = opts["periodMark"]
    marks = [mark for mark in opts["periodMarks"] if mark]  # ("" ends every text: JS's find skips it)
    _valid, mark, index = ending(text, marks, False)
    at = node.end - len(mark)  # (a mark of the list is the text's end)
    if mark not in marks:
        if prefer:
            yield report_at_index(ctx, node.start, index, f"見出しの末尾に「{prefer}」がありません。「{prefer}」で終えてください。",
                                  end=node.end)
    elif not prefer:
        yield report_at_index(ctx, node.start, index, f"見出しの末尾の「{mark}」は要りません。削除してください。",
                              end=node.end, fix=ctx.fix(at, node.end, ""))
    elif mark != prefer:
        yield report_at_index(ctx, node.start, index, f"見出しの末尾は「{mark}」でなく「{prefer}」にしてください。",
                              end=node.end, fix=ctx.fix(at, node.end, prefer))
