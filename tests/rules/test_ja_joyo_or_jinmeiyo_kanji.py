from postlint.rules import ja_joyo_or_jinmeiyo_kanji as rule
from postlint.rules import data_yaml

RULE = "ja-joyo-or-jinmeiyo-kanji"

VALID = [
    "憂鬱な雨の日に、蜜柑を食べた。",
    "凛とした翔太と莉子が、蓮の咲く池を眺める。",  # 人名用漢字
    "亞と惡と櫻は人名用漢字の旧字体。",
    "叱る",  # the form the 常用漢字表 allows for 𠮟 (the package lets it pass)
    "`蛙と鰐`",
    "![蛙の写真](kaeru.png)",
    "```\n鰐\n```",
    "𠮷野家",  # beyond U+FFFF: not looked at
]

INVALID = [
    {"text": "池で蛙が鳴いた。", "errors": [{"line": 1, "column": 3, "message": "「蛙」"}]},
    {"text": "鰐と蛙と鰐", "errors": [{"column": 1, "message": "鰐"}, {"column": 3, "message": "蛙"},
                                    {"column": 5, "message": "鰐"}]},
    # the allowed forms of 剝, 塡 and 頰 are not in the package's list
    {"text": "剥がす、填める、頬", "errors": [{"column": 1}, {"column": 5}, {"column": 9}]},
    # Extension A and a compatibility ideograph
    {"text": "丂と﨑", "errors": [{"column": 1}, {"column": 3}]},
    {"text": "## 蛙の話", "errors": [{"column": 4}]},
    {"text": "[蛙](https://example.com/鰐) の *鰐*", "errors": [{"column": 2}, {"column": 31}]},
    {"text": "😀🐈蛙", "errors": [{"column": 3}]},  # textlint: column 5 (UTF-16)
    {"text": "| 鰐 |\n|---|\n| 蛙 |", "errors": [{"line": 1, "column": 3}, {"line": 3, "column": 3}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)


def test_the_lists_hold_the_official_counts():
    data = data_yaml("dict", f"{RULE}.yml")
    def chars(key):
        return [c for c in data[key] if not c.isspace()]
    assert len(set(chars("joyo"))) == len(chars("joyo")) == 2136
    assert len(set(chars("jinmeiyo") + chars("jinmeiyo_old_forms"))) == 651 + 212 == 863
    assert chars("joyo_allowed_forms") == ["叱"]
    assert not set(chars("joyo")) & set(chars("jinmeiyo") + chars("jinmeiyo_old_forms"))


def test_every_listed_kanji_passes_and_others_of_the_blocks_do_not():
    assert rule.TRIGGER.search("一亜𠮟叱凛亞祐\ufa4f") is None  # 祐 and its compatibility form
    assert [m.group() for m in rule.TRIGGER.finditer("蛙\u3400\u9fff\uf900\ufaff")] == list("蛙\u3400\u9fff\uf900\ufaff")
