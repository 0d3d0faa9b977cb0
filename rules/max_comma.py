"""一文のカンマ（,）の数を制限する（textlint-rule-max-comma 互換）。

A sentence with many commas is a list in disguise or several sentences run
together.  A sentence with more than ``max`` half-width commas is reported;
commas inside inline code do not count.

Position: textlint reports the last comma at its offset *within the
sentence* counted from the start of the *paragraph*; for the second and later
sentences of a paragraph that is before the comma.  postlint reports the same
position so that results can be compared with textlint.

Options: ``max`` (4; 0 means the default).

    OK:  We need A, B, and C.
    NG:  We need A, B, C, D, E, and F.
"""

from postlint.rules._textlint import DecodedSentenceSource
from postlint.rules._textlint_ja import sentence_runs

ID = "max-comma"
NODES = ("Paragraph",)
OPTIONS = {"max": int}
DEFAULTS = {"max": 4}
FIXABLE = False


def _sentences(node, ctx):
    """(start, text with code masked, plain index -> file offset) per sentence, as
    textlint's StringSource maps them (a piece of text maps to where it first occurs)."""
    out = []
    for start, end, items in sentence_runs(node, ctx.text):
        source = DecodedSentenceSource(ctx.text, start, end, items, code_mask="_")
        out.append((start, source.text, source.to_source))
    return out


def check(node, opts, ctx):
    limit = opts["max"] or DEFAULTS["max"]
    source = ctx.source
    if "," not in ctx.text[node.start:node.end]:
        return
    for start, text, to_source in _sentences(node, ctx):
        count = text.count(",")
        if count <= limit:
            continue
        last = to_source(text.rindex(","))
        if last is None:
            last = start
        # textlint: paragraph start + the comma's offset inside its sentence (UTF-16)
        target = source.utf16(node.start) + source.utf16(last) - source.utf16(start)
        pos = source.from_utf16(target)
        yield ctx.report(pos, pos + 1,
                         f"一文にカンマが {count} 個あります（上限 {limit} 個）。文を分けるか箇条書きにしてください。")
