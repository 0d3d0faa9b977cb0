"""ja-space-between-half-and-full-width: spaces between Japanese and half-width letters/digits."""

RULE = "ja-space-between-half-and-full-width"

VALID = [
    "これはUnicodeです。",
    "値は100件です。",
    "中身は、UTF8。",                                      # 、。 are ignored by default
    "# 見出し Header は対象外\n",                          # only plain paragraph text
    "**強調 Bold** の中は見ない。",
    {"text": "これは Unicode です。", "options": {"space": "always"}},
    {"text": "これは、Unicode。", "options": {"space": "always"}},
    {"text": "Eコマースは例外。", "options": {"space": "always", "allows": ["Eコマース"]}},
    {"text": "これは、 Unicode 。", "options": {"space": []}},
    "手順は https://example.org/guide を参照。",            # a bare URL is a link: its spaces are not checked
    {"text": "案内は https://example.org/a です。", "options": {"space": "always"}},
]

INVALID = [
    {"text": "これは Unicode です。", "errors": [{"line": 1, "column": 4}, {"line": 1, "column": 12}],
     "output": "これはUnicodeです。"},
    {"text": "全部で 100 件", "errors": [{"column": 4}, {"column": 8}], "output": "全部で100件"},
    {"text": "全角スペース　ABC　も見る", "errors": [{"column": 7}, {"column": 11}], "output": "全角スペースABCも見る"},
    {"text": "これはUnicodeです。", "options": {"space": "always"},
     "errors": [{"column": 3}, {"column": 10}], "output": "これは Unicode です。"},
    {"text": "全部で100件とABC", "options": {"space": ["alphabets"]}, "errors": [{"column": 8}],
     "output": "全部で100件と ABC"},
    # a mapping is postlint's spelling of ["alphabets"] (textlint would ignore it)
    {"text": "全部でABC件", "options": {"space": {"alphabets": True}},
     "errors": [{"column": 3}, {"column": 6}], "output": "全部で ABC 件"},
    {"text": "中身は、 UTF8 。", "options": {"space": "never", "exceptPunctuation": False},
     "errors": [{"column": 5}, {"column": 10}], "output": "中身は、UTF8。"},
    {"text": "# 見出し Header\n", "options": {"lintStyledNode": True},
     "errors": [{"column": 6}], "output": "# 見出しHeader\n"},
    # beside a bare URL only the text's own spaces count
    {"text": "資料 v2 は https://example.org/a にある。", "errors": [{"column": 3}, {"column": 6}],
     "output": "資料v2は https://example.org/a にある。"},
    # a bare URL runs on through text with no space after it; lintStyledNode checks that link
    # text as it checks any link's (textlint: the link's own Str)
    {"text": "詳細はhttps://example.org/a料金はAPIで確認する。", "options": {"space": "always", "lintStyledNode": True},
     "errors": [{"column": 24}, {"column": 27}, {"column": 30}],
     "output": "詳細はhttps://example.org/a 料金は API で確認する。"},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)


def test_report_at_space(rule_tester):
    """Version 2.4.2 (preset-smarthr's) reports at the space itself (textlint prints column 3, in
    UTF-16 units, for 𠮷 a; here column 2, in characters); 3.0.3 one UTF-16 unit after the
    Japanese character, inside 𠮷."""
    rule_tester(RULE, ["𠮷a"], [
        {"text": "𠮷 a", "options": {"reportAtSpace": True}, "errors": [{"column": 2}], "output": "𠮷a"},
        {"text": "漢字 a です", "options": {"reportAtSpace": True}, "errors": [{"column": 3}, {"column": 5}],
         "output": "漢字aです"},
    ])
