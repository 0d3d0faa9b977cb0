"""誇張した宣伝文句（「革命的な」「完全に」「パラダイムシフト」など）を見つける（@textlint-ja/textlint-rule-preset-ai-writing 1.7.0 の no-ai-hype-expressions 互換）。

Hype that AI-generated Japanese leans on: claims of being absolute or the best, vague
emotional effects, grand predictions.  The expressions are data,
rules/dict/no-ai-hype-expressions.yml, in three groups.  Every occurrence in the source of a
text node (``Str``: paragraphs, headings, list items, table cells, link text, quotes) is
reported, over its whole length; inline code, code blocks and image alt text are not searched.

Options:
    allows: RegExp-like strings (``"最高の"``, ``"/究極の.+/"``); a text node in which one
            matches is not checked at all
    disableAbsolutenessPatterns: skip 「革命的な」「完全に」「最高の」…
    disableAbstractPatterns: skip 「魔法のように」「驚異的な」…
    disabledPredictivePatterns: skip 「パラダイムシフト」「次世代の」… (textlint's spelling)

    OK:  この変更で起動時間が 3 秒から 1 秒になった。
    NG:  この変更は業界のゲームチェンジャーだ。
"""

from postlint.rules import _ai_writing_phrases as phrases
from postlint.rules._ai_writing import allowed_text, check_allows
from postlint.rules._textlint import str_pieces

ID = "no-ai-hype-expressions"
NODES = ("Str",)
OPTIONS = {"allows": [str], "disableAbsolutenessPatterns": bool, "disableAbstractPatterns": bool,
           "disabledPredictivePatterns": bool}
DEFAULTS = {"allows": [], "disableAbsolutenessPatterns": False, "disableAbstractPatterns": False,
            "disabledPredictivePatterns": False}
FIXABLE = False
TRIGGER = phrases.LazyTrigger(ID)  # a file with none of the expressions has nothing to report
check_options = check_allows

_SWITCHES = (("absoluteness", "disableAbsolutenessPatterns"), ("abstract", "disableAbstractPatterns"),
             ("predictive", "disabledPredictivePatterns"))


def check(node, opts, ctx):
    groups = phrases.phrase_groups(ID)
    used = [p for name, option in _SWITCHES if not opts[option] for p in groups[name]]
    text = ctx.text
    # a bare URL is a Link of its own in textlint's tree, its text a Str node of its own
    for start, end, _url in str_pieces(node, ctx):
        if opts["allows"] and allowed_text(text[start:end], opts["allows"]):
            continue
        for phrase in used:
            for m in phrase.regex.finditer(text, start, end):
                yield ctx.report(m.start(), m.end(), phrase.message)
