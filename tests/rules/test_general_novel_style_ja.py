"""general-novel-style-ja: the ten checks of textlint-rule-general-novel-style-ja 1.3.0, each option.

Expected lines and columns (in characters) and fixed texts are textlint's.
"""

from postlint.rules.general_novel_style_ja import kansuji

RULE = "general-novel-style-ja"

VALID = [
    "　字下げした段落です。",
    "「会話で始まる段落」",
    "> 引用の中の段落は調べない！x",
    "```\nコードブロック！x 2016\n```",
    "| 表の 2016 |\n| --- |\n| セル！x |",
    {"text": "　長音はーーだめ", "options": {"appropriate_use_of_choonpu": False}},
    {"text": "　一体―いつから", "options": {"even_number_dashes": False}},
    {"text": "　なん…だと", "options": {"even_number_ellipsises": False}},
    {"text": "　ちゃんと・・使う", "options": {"appropriate_use_of_interpunct": False}},
    {"text": "　今日は晴れた。"},
    {"text": "「晴れたね」"},
    {"text": "> 引用の中は調べない！x"},
    {"text": "今日は晴れた。", "options": {"chars_leading_paragraph": False}},
    {"text": "＊今日は晴れた。", "options": {"chars_leading_paragraph": "＊"}},
    {"text": "今日は晴れた。", "options": {"chars_leading_paragraph": ""}},
    {"text": "　本当？嘘", "options": {"space_after_marks": False}},
    {"text": "　最後が疑問？"},
    {"text": "　記号−ダッシュ", "options": {"appropriate_use_of_minus_sign": False}},
    {"text": "　2016年", "options": {"max_arabic_numeral_digits": False}},
    {"text": "　はい、、そう", "options": {"appropriate_use_of_punctuation": False}},
    {"text": "　「雨が降った。」", "options": {"no_punctuation_at_closing_quote": False}},
]

INVALID = [
    {"text": "　長音はーーーーだめ、ーー", "errors": [{"column": 5}, {"column": 12}], "output": "　長音は――――だめ、――"},
    {"text": "　一体―――いつから――", "errors": [{"column": 4}], "output": "　一体――――いつから――"},
    {"text": "　………なん…だと……", "errors": [{"column": 2}, {"column": 7}], "output": "　…………なん……だと……"},
    {"text": "　😀😀 絵文字のあとで！だめ…", "errors": [{"column": 12}, {"column": 15}], "output": "　😀😀 絵文字のあとで！　だめ……"},
    {"text": "　ちゃんと・・・・使う。単語の・区切り", "errors": [{"column": 6}], "output": "　ちゃんと…………使う。単語の・区切り"},
    {"text": "今日は晴れた。", "errors": [{"column": 1}], "output": "　今日は晴れた。"},
    {"text": "- 項目です。\n- 　字下げ項目。", "errors": [{"column": 3}], "output": "- 　項目です。\n- 　字下げ項目。"},
    {"text": "今日は晴れた。", "options": {"chars_leading_paragraph": "＊"}, "errors": [{"column": 1}], "output": "＊今日は晴れた。"},
    {"text": "　本当？嘘！ええ！？　そう！」", "errors": [{"column": 4}, {"column": 6}], "output": "　本当？　嘘！　ええ！？　そう！」"},
    {"text": "　行末の疑問？\n　次の行", "errors": [{"column": 7}], "output": "　行末の疑問？　\n　次の行"},
    {"text": "　これは**強調！**だ", "errors": [{"column": 9}], "output": "　これは**強調！　**だ"},
    {"text": "　記号−−ダッシュ、３−２、−五", "errors": [{"column": 4}, {"column": 5}], "output": "　記号ーーダッシュ、３−２、−五"},
    {"text": "　２０１６年と2016年と12.345と1.5と99", "errors": [{"column": 2}, {"column": 8}, {"column": 14}], "output": "　二千十六年と二千十六年と十二・三四五と1.5と99"},
    {"text": "　１２３４５６７と100000と10000と3.140と0.001と007", "errors": [{"column": 2}, {"column": 10}, {"column": 17}, {"column": 23}, {"column": 29}, {"column": 35}], "output": "　百二十三万四千五百六十七と十と一万と三・一四と〇・〇〇一と七"},
    {"text": "　2016年と12345年", "options": {"max_arabic_numeral_digits": 4}, "errors": [{"column": 8}], "output": "　2016年と一万二千三百四十五年"},
    {"text": "　5と12", "options": {"max_arabic_numeral_digits": 1}, "errors": [{"column": 4}], "output": "　5と十二"},
    {"text": "　5と12", "options": {"max_arabic_numeral_digits": 0}, "errors": [{"column": 2}, {"column": 4}], "output": "　五と十二"},
    {"text": "　はい、、、そう。。そう。", "errors": [{"column": 4}, {"column": 9}], "output": "　はい……そう……そう。"},
    {"text": "　「雨が降った。」と言った、」", "errors": [{"column": 8}, {"column": 14}], "output": "　「雨が降った」と言った」"},
    {"text": "　（注意、。）", "errors": [{"column": 6}], "output": "　（注意）"},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)


def test_kansuji_as_the_package_writes_it():
    assert kansuji("2016") == "二千十六"
    assert kansuji("１１１１１") == "一万千百十一"
    assert kansuji("100000") == "十"  # the package's quirk: a group of zeros loses its unit
    assert kansuji("12.50") == "十二・五"
    assert kansuji("0.0") == "〇"


def test_true_is_no_list_of_characters():
    import pytest

    from postlint.config import ConfigError, resolve

    with pytest.raises(ConfigError, match="chars_leading_paragraph"):
        resolve({"rules": {RULE: {"chars_leading_paragraph": True}}})


def test_messages_name_the_allowed_characters():
    from conftest import run_rule

    assert "字下げ" in run_rule(RULE, "晴れた。")[0].message
    assert "「＊」" in run_rule(RULE, "晴れた。", {"chars_leading_paragraph": "＊"})[0].message
