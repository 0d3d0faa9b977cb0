"""技術文書の書き方（冗長・受け身・あいまい・不統一・羅列）を見直す候補を挙げる（@textlint-ja/textlint-rule-preset-ai-writing 1.7.0 の ai-tech-writing-guideline 互換）。

Hints after the usual technical-writing guidelines, in five groups (the patterns are data,
rules/dict/ai-tech-writing-guideline.yml):

- 簡潔性 (redundancy): 「まず最初に」「することができます」「する必要があります」…
- 明確性 (voice): 「が行われる」「の変更を行う」「によって実行される」…
- 具体性 (clarity): 「適切な」「効率的な」「必要に応じて」「大幅に向上」…
- 一貫性 (consistency): 「ユーザー」と「顧客」、「です。」と「である。」が一つの段落に…
- 構造化 (structure): 「また、」が二度、「まず…次に…最後に」と文で並べた手順; and a
  paragraph right under the document whose text ends with a connective and a full stop
  (「例えば。」「以下。」) followed by a list, reported at the paragraph's start.

The patterns are searched in each paragraph's plain text, inline code left out (a paragraph
in a list or a quote too; headings and table cells are not paragraphs).  A match may span
sentences but not lines.  When anything was found, one more problem at the document's start
gives the count per group (``enableDocumentAnalysis``).  The preset runs this rule with
severity info.

Options:
    allows: RegExp-like strings; a paragraph whose plain text one matches is not checked
    disableRedundancyGuidance, disableVoiceGuidance, disableClarityGuidance,
    disableConsistencyGuidance, disableStructureGuidance: switch a group off
    enableDocumentAnalysis (true): the summary problem at the document's start

    OK:  設定ファイルを変更できます。
    NG:  設定ファイルを変更することができます。
"""

import functools

from postlint.jsregex import JS_SPACE, compile_js
from postlint.rules import _ai_writing_phrases as phrases
from postlint.rules._ai_writing import allowed_text, check_allows
from postlint.rules._textlint import ParagraphSource
from postlint.source import utf16_len

ID = "ai-tech-writing-guideline"
NODES = ("Document",)
OPTIONS = {"allows": [str], "disableRedundancyGuidance": bool, "disableVoiceGuidance": bool,
           "disableConsistencyGuidance": bool, "disableClarityGuidance": bool,
           "disableStructureGuidance": bool, "enableDocumentAnalysis": bool}
DEFAULTS = {"allows": [], "disableRedundancyGuidance": False, "disableVoiceGuidance": False,
            "disableConsistencyGuidance": False, "disableClarityGuidance": False,
            "disableStructureGuidance": False, "enableDocumentAnalysis": True}
FIXABLE = False
TRIGGER = phrases.LazyTrigger(ID, markup_joins=True)  # a file in which no pattern matches has nothing to report
check_options = check_allows

# the groups in textlint's order (of the patterns and of the summary), each with the option
# that switches it off
_GROUPS = (("redundancy", "disableRedundancyGuidance"), ("voice", "disableVoiceGuidance"),
           ("clarity", "disableClarityGuidance"), ("consistency", "disableConsistencyGuidance"),
           ("structure", "disableStructureGuidance"))


@functools.lru_cache(maxsize=None)
def _list_intro():
    """The end of a paragraph's trimmed plain text that makes it a mechanical list intro."""
    return compile_js(f"(?:{phrases.data(ID)['listIntro']['pattern']})$")


def check(node, opts, ctx):
    data = phrases.data(ID)
    groups = phrases.phrase_groups(ID)
    used = [(name, p) for name, option in _GROUPS if not opts[option] for p in groups[name]]
    allows = opts["allows"]
    counts = {name: 0 for name, _option in _GROUPS}
    out = []
    sources = {}  # paragraph -> its ParagraphSource (plain text without inline code)

    def source_of(para):
        if para not in sources:
            sources[para] = ParagraphSource(para, ctx.text, code=False)
        return sources[para]

    if not opts["disableStructureGuidance"]:  # a connective and a full stop, then a list
        children = node.children
        for para, after in zip(children, children[1:]):
            if para.type != "Paragraph" or after.type != "List":
                continue
            text = source_of(para).text
            if _list_intro().search(text.strip(JS_SPACE)) and not allowed_text(text, allows):  # (JS trim())
                counts["structure"] += 1
                out.append(ctx.report(para.start, para.end, f"【{data['structure']['label']}】{data['listIntro']['message']}"))

    for para in node.walk():
        if para.type != "Paragraph" or not used or TRIGGER.search(ctx.text, para.start, para.end) is None:
            continue  # (most paragraphs: none of the patterns can match in them)
        source = source_of(para)
        text = source.text
        if not text or (allows and allowed_text(text, allows)):
            continue
        for name, phrase in used:
            for m in phrase.regex.finditer(text):
                # JavaScript's indices count UTF-16 units
                start16 = source.to_utf16(utf16_len(text[:m.start()]), ctx.source.utf16)
                end16 = source.to_utf16(utf16_len(text[:m.end()]), ctx.source.utf16)
                if start16 is None or end16 is None:
                    continue  # textlint drops what StringSource cannot map back
                counts[name] += 1
                out.append(ctx.report_utf16(start16, end16, f"【{data[name]['label']}】{phrase.message}"))

    total = sum(counts.values())
    if total and opts["enableDocumentAnalysis"]:
        details = "、".join(f"{data[name]['label']} {counts[name]} 件" for name in counts if counts[name])
        out.append(ctx.report(node.start, node.end,
                              f"この文書には書き方を見直す候補が {total} 件あります（{details}）。"
                              "簡潔に、はっきりと、具体的に、同じ言葉で書けているかを読み直しましょう。"))
    return out

