RULE = "aws-service-name"

VALID = [
    "Amazon EC2 のログを Amazon CloudWatch に送る。",
    "AWS Security Hub と AWS Lambda と Amazon S3 を使う。",
    "[Cloud Front の設定](https://example.com/)はリンクの文字なので見ない。",
    "> AWS EC2 は引用の中なので見ない。",
    "*Cloud Front* は強調なので見ない。",
    "`AWS EC2` はコードなので見ない。",
    "```\nAWS EC2 と Cloud Front\n```",
    "ＥＣ２ は全角なので単語の境目にならない。",  # \b is ASCII's, as in JavaScript
    # entries of the package's second list whose expected the first list has: prh's merge
    # drops them, so textlint never reports these
    "Stepfunctions と Keyspace と System Manager は報告されない。",
]

INVALID = [
    {"text": "AWS EC2 のログを Amazon Cloud Watch に送る。",
     "errors": [{"line": 1, "column": 1, "message": "「AWS EC2」は「Amazon EC2」と書きます。"},
                {"line": 1, "column": 21, "message": "「Cloud Watch」は「CloudWatch」"}],
     "output": "Amazon EC2 のログを Amazon CloudWatch に送る。"},
    {"text": "## Amazon Security Hub を有効にする", "errors": [{"column": 4}],
     "output": "## AWS Security Hub を有効にする"},
    {"text": "- Cloud Front の前に ec2 を置く", "errors": [{"column": 3}, {"column": 19}],
     "output": "- CloudFront の前に EC2 を置く"},
    {"text": "| 名前 |\n| --- |\n| Cloud Front |", "errors": [{"line": 3, "column": 3}],
     "output": "| 名前 |\n| --- |\n| CloudFront |"},
    {"text": "**Step functions** で流れを組む。", "errors": [{"column": 3}],
     "output": "**Step Functions** で流れを組む。"},
    {"text": "[Cloud Front の設定](https://example.com/)から AWS EC2 を開く。", "errors": [{"column": 43}],
     "output": "[Cloud Front の設定](https://example.com/)から Amazon EC2 を開く。"},
    {"text": "Amazon Redshit と Fault Injection Simulator。", "errors": [{"column": 8}, {"column": 18}],
     "output": "Amazon Redshift と Fault Injection Service。"},
    {"text": "本文の段落。\n\n次の段落で AppStream2.0 を使う。", "errors": [{"line": 3, "column": 7}],
     "output": "本文の段落。\n\n次の段落で AppStream 2.0 を使う。"},
    # one run of --fix, as textlint: the output of one entry is not matched by another
    {"text": "Cloud Watch logs を読む。", "errors": [{"column": 1}], "output": "CloudWatch logs を読む。"},
    {"text": "CloudWatch logs を読む。", "errors": [{"column": 1, "message": "「CloudWatch Logs」"}],
     "output": "CloudWatch Logs を読む。"},
    # allows: declared by the package, read by nothing
    {"text": "AWS EC2 を使う。", "options": {"allows": ["AWS EC2"]}, "errors": [{"column": 1}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)


def test_the_screen_keeps_every_entry_that_matches():
    # the entries the prh engine tries on a text are those whose words it holds (one search
    # for all): an entry that changes its own pattern, or its expected written another way,
    # is never left out
    from postlint.rules.aws_service_name import _engine

    tested = 0
    for rule in _engine().rules:
        raw = rule.raw.get("patterns") or [rule.raw.get("pattern") or rule.expected]
        for sample in [p for p in raw if not p.startswith("/")] + [rule.expected.upper(), rule.expected.lower()]:
            text = f"本文の {sample} を見る。"
            if rule.diffs(text):
                tested += 1
                assert rule in _engine().candidates(text), (rule.expected, sample)
    assert tested > 1000
