RULE = "jtf-2-2-1"

VALID = [
    "設定は以下のとおりです。",
    "したがって、この手順は不要です。",
    "ルールに従って書きます。",
    "設定の変更に加えて再起動します。",
    "[以下の通り](https://example.com/)のリンク",
]

INVALID = [
    {"text": "手順は以下の通りです。", "errors": [{"line": 1, "column": 4, "message": "「以下のとおり」"}],
     "output": "手順は以下のとおりです。"},
    {"text": "従って、次の手順に進みます。", "errors": [{"line": 1, "column": 1}],
     "output": "したがって、次の手順に進みます。"},
    {"text": "説明書にしたがって組み立てる。", "errors": [{"line": 1, "column": 4}],
     "output": "説明書に従って組み立てる。"},
    {"text": "ここに名前を入力して下さい。予め登録が必要です。",
     "errors": [{"line": 1, "column": 11}, {"line": 1, "column": 15}],
     "output": "ここに名前を入力してください。あらかじめ登録が必要です。"},
    {"text": "設定した。更に速くなった。", "errors": [{"line": 1, "column": 5}], "output": "設定した。さらに速くなった。"},
    {"text": "# 子供と出来る工作", "errors": [{"line": 1, "column": 3}, {"line": 1, "column": 6}],
     "output": "# 子どもとできる工作"},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)


def _samples(rule) -> list[str]:
    """Texts the dictionary rule is meant to change: its specs, its plain patterns, a 2.1.6 word."""
    raw = rule.raw
    patterns = raw.get("patterns") or raw.get("pattern") or []
    patterns = [patterns] if isinstance(patterns, str) else patterns
    samples = [spec["from"] for spec in raw.get("specs") or ()]
    samples += [p for p in patterns if not p.startswith("/")]
    if rule.expected.endswith("ー$1"):
        samples.append(rule.expected[:-len("ー$1")] + "。")
    return samples


def test_dictionary_screens_keep_every_rule_that_matches():
    # each file is first screened for the rules that may match in it (a substring test
    # where the pattern has a fixed part): no rule may be screened out where it matches
    from postlint.rules._jtf_dict import dictionary

    for name in ("jtf-2-1-5", "jtf-2-1-6", "jtf-2-2-1", "jtf-2-2-3"):
        tested = 0
        for rule in dictionary(name).engine.rules:
            for sample in _samples(rule):
                if rule.diffs(sample):
                    tested += 1
                    assert rule in dictionary(name).engine.candidates(sample), (name, rule.expected, sample)
        assert tested >= len(dictionary(name).engine.rules) // 2, name
