"""略語を先に書いて元の語を括弧に入れる書き方（ABC(Alpha Beta Charlie)）を報告する（textlint-rule-abbr-within-parentheses 1.0.2 互換）。

An abbreviation is introduced by writing the words first and the abbreviation in
parentheses: ``World Health Organization (WHO)``, not ``WHO (World Health Organization)``.
In each text node (``Str``; bare URLs are links of their own) that holds exactly one
``CAPITALS(…)`` or ``CAPITALS（…）`` (the capitals right before the opening parenthesis,
the text up to the first closing one on the same line), it is reported at the capitals
when they are the acronym of the text in parentheses: the first character of each word
when the text splits on a white space followed by ``-``, else the first character and
every capital letter followed by a non-capital (``XMLHttpRequest`` -> ``XHR``,
``World Health Organization`` -> ``WHO``).  A node with two or more such patterns is
not looked at, as in textlint.

``--fix`` swaps them: ``Alpha Beta Charlie(ABC)``.  No options.

    OK:  World Health Organization（WHO）の発表を読む。
    NG:  WHO（World Health Organization）の発表を読む。
"""

from postlint.jsregex import compile_js
from postlint.rules._acronym import capital_acronym
from postlint.rules._textlint import capture_groups, joined_str_pieces

ID = "abbr-within-parentheses"
NODES = ("Str",)
OPTIONS: dict = {}
DEFAULTS: dict = {}
FIXABLE = True
TRIGGER = compile_js("[A-Z][（(]")  # a file without it has nothing to report

# the original's pattern (capitals, opening, text, closing) and its word separator, as JavaScript reads them
_PATTERN = compile_js("([A-Z]+)([（(])(.*?)([）)])")
_WORDS = compile_js("\\s-")


def acronym(words: str) -> str:
    """The acronym the rule expects for the text in parentheses.

    >>> acronym("XMLHttpRequest"), acronym("World Health Organization"), acronym("Alpha -Beta")
    ('XHR', 'WHO', 'AB')
    """
    parts = _WORDS.split(words)
    if len(parts) > 1:
        return "".join(part[:1] for part in parts)
    return capital_acronym(words)


def check(node, opts, ctx):
    text = ctx.text
    if not TRIGGER.search(text, node.start, node.end):
        return
    for start, end, is_url in joined_str_pieces(node, ctx):
        if is_url:
            continue
        groups = capture_groups(text[start:end], _PATTERN)
        if len(groups) != 4:  # none, or more than one: textlint looks no further
            continue
        (abbr, at), (opening, _), (words, _), (closing, closing_at) = groups
        if abbr != acronym(words):
            continue
        fix = ctx.fix(start + at, start + closing_at + len(closing), f"{words}{opening}{abbr}{closing}")
        yield ctx.report(start + at, start + at + len(abbr),
                         f"略語「{abbr}」を先に書いています。元の語を先に書き、略語を括弧に入れて"
                         f"「{words}{opening}{abbr}{closing}」としてください。", fix=fix)
