"""設定で禁止した語が文書のどこかにあれば報告する（textlint-rule-ng-word 1.0.0 互換）。

A site's list of words never to publish (a product's old name, an internal code name).
The whole file is searched as written, front matter, code and markup included, for each
word of ``words``; a word found anywhere is reported once, at the start of the file (line
1, column 1), as textlint reports it on the Document node: the message names the word,
and a search in the editor finds it.  There is no fix.

Options: ``words`` (a list of strings, default none).  An empty string is found in
every file, as in the original.

    words: ["社外秘"]
    OK:  公開できる情報だけを書く。
    NG:  この資料は社外秘です。   (reported at 1:1)
"""

from postlint.rules._textlint import report_node

ID = "ng-word"
NODES = ("Document",)
OPTIONS = {"words": [str]}
DEFAULTS: dict = {"words": []}
FIXABLE = False


def check(node, opts, ctx):
    text = ctx.text[node.start:node.end]
    for word in opts["words"]:
        if word in text:
            yield report_node(ctx, node.start, node.end,
                              f"使わないと決めた語「{word}」が文書の中にあります。書き換えるか、削除してください。")
