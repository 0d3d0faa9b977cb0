"""「〜します:」のように述語とコロンで終えた段落のすぐ後にコードやリストを続ける形を見つける（@textlint-ja/textlint-rule-preset-ai-writing 1.7.0 互換）。

「次のコマンドを実行します:」と書いてコードブロックを続けるのは英語の "Run the following:"
の直訳で、日本語なら「次のコマンドを実行します。」と文で終えるのが自然です。「使い方:」のように
名詞で終わる見出し代わりの段落は自然なので報告しません。

A paragraph right in the document (not in a list or a quote) is reported when:

- its source and its plain text both end with ``:`` or ``：``;
- the text before the colon is not English (only ASCII letters, digits, white space and
  ``-_.``), is longer than two characters, and its last IPADIC token is not a 名詞 (a
  trailing space counts as a token of its own, as kuromoji makes it);
- the next block is a code block, a list, a block quote or a table (each can be turned off).

The report is at the last such colon of the paragraph's source.  Options: ``allows``
(RegExp-like strings; a paragraph whose source one matches is not checked),
``disableCodeBlock``, ``disableList``, ``disableQuote``, ``disableTable`` (false by default).

    OK:  次のコマンドを実行します。
    OK:  使い方:
    NG:  次のコマンドを実行します:
"""

import re

from postlint.jsregex import JS_SPACE, compile_js
from postlint.rules._ai_writing import allowed, check_allows
from postlint.source import utf16_len

ID = "no-ai-colon-continuation"
NODES = ("Document",)
OPTIONS = {"allows": [str], "disableCodeBlock": bool, "disableList": bool, "disableQuote": bool, "disableTable": bool}
DEFAULTS = {"allows": [], "disableCodeBlock": False, "disableList": False, "disableQuote": False, "disableTable": False}
FIXABLE = False

# the paragraph's last line ends with a colon, and a block follows it
TRIGGER = re.compile("[:：][\\s\ufeff]*[\\r\\n]")
_NEXT = {"CodeBlock": "disableCodeBlock", "List": "disableList", "BlockQuote": "disableQuote", "Table": "disableTable"}
_ENGLISH = compile_js("^[a-zA-Z0-9\\s\\-_.]+$")
_LETTER = re.compile("[a-zA-Z]")
_JS_TRIM = JS_SPACE  # what JavaScript's String.prototype.trim removes

check_options = check_allows


def check(node, opts, ctx):
    text = ctx.text
    children = node.children
    for para, after in zip(children, children[1:]):
        if para.type != "Paragraph" or after.type not in _NEXT or opts[_NEXT[after.type]]:
            continue
        if text[para.end:after.start].strip(_JS_TRIM):
            continue  # something textlint's tree has between them (a link reference definition)
        source = text[para.start:para.end].strip(_JS_TRIM)
        if not source.endswith((":", "：")) or allowed(para, text, opts["allows"]):
            continue
        plain = ctx.plain(para).text.strip(_JS_TRIM)
        if not plain.endswith((":", "：")):
            continue
        colon = plain[-1]
        before = plain[:-1]
        if _english(before) or utf16_len(before) <= 2:
            continue
        tokens = ctx.tokens(before, "ipadic")
        if not tokens or tokens[-1].pos == "名詞":
            continue
        at = para.start + text[para.start:para.end].rindex(colon)
        yield ctx.report(at, at + 1, f"「{_tail(before)}{colon}」のように述語とコロンで終えてから{_WHAT[after.type]}を続けると、"
                                     "英語の直訳のように読めます。「次のように〜します。」のように文で終えてください。")


_WHAT = {"CodeBlock": "コードブロック", "List": "リスト", "BlockQuote": "引用", "Table": "表"}


def _english(before: str) -> bool:
    return _ENGLISH.search(before.strip(_JS_TRIM)) is not None and _LETTER.search(before) is not None


def _tail(before: str, size: int = 20) -> str:
    """The end of the text before the colon, on one line."""
    line = before.rsplit("\n", 1)[-1]
    return line if len(line) <= size else "…" + line[-size:]
