"""use-si-units: units after a number are SI units (textlint-rule-use-si-units 1.0.2 compatible).

Every line and column below was checked against textlint 15.8.0 with
textlint-rule-use-si-units 1.0.2 (through textlint-rule-preset-ja-engineering-paper 1.0.4).
"""

import pytest
from conftest import run_rule

from postlint.config import ConfigError, resolve

RULE = "use-si-units"

VALID = [
    "棚の幅は 90 cm、奥行きは 45 cm にした。",
    "走行距離は 12 km、所要時間は 40 min だった。",
    "出力は 3 kW、電力量は 12 kWh、圧力は 101 kPa です。",
    "加速度は 9 m/s^2、密度は 7 g/cm^3 とする。",
    # prefixes and units read from the left: p + p + m, G + B (bel), A + M
    "濃度は 5 ppm、容量は 2 GB、開始は 10 AM です。",
    # no space between number and unit, or a unit in Japanese: not read
    "長さは 10inch、重さは 3 ポンドです。",
    # one joining mark alone is no unit
    "値は 4 / 2 です。",
    # links, images, block quotes and emphasis are not read
    "[長さは 10 inch の板](https://example.com) と *10 inch* を並べる。",
    "> 長さは 10 inch の板。",
    {"text": "画面は 27 inch です。", "options": {"allowedUnits": ["inch"]}},
]

INVALID = [
    {"text": "画面は 27 inch です。",
     "errors": [{"line": 1, "column": 8, "message": "「inch」は SI 単位として読めない"}]},
    {"text": "重さは 3 lb、回線は 100 Mbps です。",
     "errors": [{"column": 7, "message": "「lb」"}, {"column": 18, "message": "「Mbps」"}]},
    # bold text is read (only *emphasis* is left out, as in the original)
    {"text": "板は **10 inch** です。", "errors": [{"column": 9}]},
    # after a bare URL (ft itself passes: f + t, femto-tonnes, as in the original)
    {"text": "https://example.com/a を見る。幅は 10 inch です。", "errors": [{"column": 33, "message": "「inch」"}]},
    {"text": "所要時間は 40 min です。", "options": {"restrictNonSIUnits": True},
     "errors": [{"column": 10, "message": "「min」"}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)


def test_an_allowed_unit_that_is_no_pattern_is_a_config_error():
    with pytest.raises(ConfigError, match="allowedUnits: '\\(inch' is not a regular expression"):
        resolve({"rules": {RULE: {"allowedUnits": ["(inch"]}}})


def test_a_table_cell_and_a_heading_are_read():
    problems = run_rule(RULE, "# 画面は 27 inch\n\n| 幅 |\n|---|\n| 10 yard |\n")
    assert [(p.line, p.column + 1) for p in problems] == [(1, 10), (5, 6)]
