RULE = "spellcheck-tech-word"

VALID = [
    "JavaScript で書いた Web アプリ。",
    "jQuery と Node.js を使う。",
    "> Javascript と書いた引用は調べない",
    "*Javascript* と書いた強調も調べない",
    "[Javascript のリンク](https://example.com)",
    "`Javascript` のコードも調べない",
    "```\nJavascript\n```",
]

INVALID = [
    {"text": "Javascript で書いた Web アプリ。",
     "errors": [{"line": 1, "column": 1, "message": "JavaScript"}],
     "output": "JavaScript で書いた Web アプリ。"},
    {"text": "このコードは javascript です。", "errors": [{"column": 8}],
     "output": "このコードは JavaScript です。"},
    # a pattern with groups: the replacement keeps what they took
    {"text": "WEBサーバを立てる。", "errors": [{"column": 1, "message": "Webサ"}], "output": "Webサーバを立てる。"},
    {"text": "2015年1月2日 発売。", "errors": [{"column": 1}], "output": "2015年1月2日発売。"},
    {"text": "jquery と Node.JS を使う。", "errors": [{"column": 1}, {"column": 10}],
     "output": "jQuery と Node.js を使う。"},
    {"text": "# Javascript の見出し", "errors": [{"column": 3}], "output": "# JavaScript の見出し"},
    {"text": "- **Javascript** の項目", "errors": [{"column": 5}], "output": "- **JavaScript** の項目"},
    {"text": "| iphone |\n| --- |\n| x |", "errors": [{"column": 3}], "output": "| iPhone |\n| --- |\n| x |"},
    # one report per entry and Str, at its first match, as textlint (the command's --fix,
    # which lints again until nothing changes, fixes the second one too; textlint does not)
    {"text": "クッキーとクッキー。", "errors": [{"column": 1}], "output": "Cookieとクッキー。"},
    {"text": "🐈 Javascript と猫。", "errors": [{"column": 3}], "output": "🐈 JavaScript と猫。"},
    # the list's entry loses the character after Slave (textlint writes スレーブ次の…): kept here
    {"text": "Slave。次の文。", "errors": [{"column": 1}], "output": "スレーブ。次の文。"},
    {"text": "容量は100メガバイトです。", "errors": [{"column": 6}], "output": "容量は100MBです。"},  # textlint: 10MB
    # the list's /.js([.0-9]+)/ takes any character before js: reported as textlint does, but
    # its fix (textlint: commo.js 2) is only a suggestion, which --fix leaves alone
    {"text": "webpack の commonjs2 を使う。", "errors": [{"column": 16}], "output": "webpack の commonjs2 を使う。"},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)


def test_one_search_finds_every_word_a_substring_test_finds():
    """The trie-shaped search must find each entry word that ``in`` finds, overlapping and
    nested words included (``javascript`` holds ``java``; ``node.js`` and ``js`` overlap)."""
    from postlint.rules import spellcheck_tech_word as rule
    from postlint.rules._word_screen import fold

    screen = rule._screen()
    words = {w for e in rule._entries() for w in e.words or ()}
    texts = ["", "雨の日", "JavaScript と GitHub (x)", "Node.JS の jsp と ＪＳ", "ecmascriptjavascript",
             "WEBサーバとウェブ", "iphoneipadiPod、クッキー", "１．２．(3)"]
    for text in texts:
        folded = fold(text)
        assert screen.words_in(folded) == {w for w in words if w in folded}, text
