import datetime

RULE = "date-weekday-mismatch"

VALID = [
    "2025年1月6日(月)に公開した。",
    "2025年1月6日（月曜日）に公開した。",
    "令和7年1月6日(月)と平成31年4月30日(火)。",
    "2025-01-06(Mon) と 2025/1/6(Monday)。",
    # a date without a year is not checked by default
    "1月7日(月)の予定。",
    # an ISO date is English to chrono: Japanese names are not checked
    "2025-01-06(火)の記録。",
    # not a weekday name, no such day, no parenthesis right after the date
    "2025年1月6日(祝)と2025年2月30日(月)と2025年1月6日に(火)。",
    "`2025年1月6日(火)` はコード。",
]

INVALID = [
    {"text": "2025年1月6日(火)に公開した。",
     "errors": [{"line": 1, "column": 11, "message": "2025年1月6日(月)"}], "output": "2025年1月6日(月)に公開した。"},
    {"text": "公開は２０２５年１月６日（日曜日）です。", "errors": [{"column": 14}],
     "output": "公開は２０２５年１月６日（月曜日）です。"},
    {"text": "令和7年1月6日 (土) と平成元年1月9日(火)", "errors": [{"column": 11}, {"column": 24}]},
    {"text": "2025-01-06(Tue) と 2025/01/06T(Tue) と 2025.1.6(Sunday)", "errors": [{"column": 12}, {"column": 47}],
     "output": "2025-01-06(Mon) と 2025/01/06T(Tue) と 2025.1.6(Monday)"},
    {"text": "- 2025年1月6日(水)\n\n> **2025年1月6日(水)**", "errors": [{"line": 1, "column": 13}, {"line": 3, "column": 15}]},
    # white space inside the parentheses: reported where the original reports (its fix is the same)
    {"text": "2025年1月6日( 火 )", "errors": [{"column": 11}]},
    # after white space, chrono reads a month and day as Chinese: English names are checked then
    {"text": "公開: 1月6日(Tue)", "options": {"useCurrentYearIfMissing": True, "currentYear": 2025},
     "errors": [{"column": 10}]},
    # useCurrentYearIfMissing / currentYear
    {"text": "1月6日(火)の予定。", "options": {"useCurrentYearIfMissing": True, "currentYear": 2025},
     "errors": [{"column": 6}], "output": "1月6日(月)の予定。"},
    # lang: every date in that language
    {"text": "2025-01-06(火)の記録。", "options": {"lang": "ja"}, "errors": [{"column": 12}]},
    # a tag, as the original's README writes it: moment.js takes its language
    {"text": "2025-01-06(火)の記録。", "options": {"lang": "ja-JP"}, "errors": [{"column": 12}]},
    {"text": "2025年1月6日(Tue)", "options": {"lang": "en_US"}, "errors": [{"column": 11}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)


def test_a_language_without_weekday_names_here_is_a_config_error():
    import pytest
    from postlint.config import ConfigError, resolve

    with pytest.raises(ConfigError, match="option lang must be ja or en, or a tag of them"):
        resolve({"rules": {RULE: {"lang": "fr-FR"}}})


def test_this_year_stands_for_kotoshi():
    from conftest import run_rule

    day = datetime.date(datetime.date.today().year, 1, 6)
    names = "日月火水木金土"
    right = names[(day.weekday() + 1) % 7]
    wrong = names[(day.weekday() + 2) % 7]
    assert run_rule(RULE, f"今年1月6日({right})") == []
    assert len(run_rule(RULE, f"今年1月6日({wrong})")) == 1
