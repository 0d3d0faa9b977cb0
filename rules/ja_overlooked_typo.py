"""見た目がそっくりで見落としやすい打ち間違いを見つける（textlint-rule-ja-overlooked-typo 0.0.1 互換）。

An IME or a hurried hand puts a character in the wrong script where the eye reads the right
one: the kanji 二 in 「二ュース」 (for the katakana ニ), the hiragana ぺ in 「タぺストリー」,
the katakana ヘ in 「たいヘん」.  Three checks, in each ``Str`` as textlint's tree has it:

- a kanji among katakana that has a katakana twin (工力夕千卜二八匕三口 -> エカタチトニハヒミロ),
  between two katakana, or at the text's start or end next to one;
- a hiragana べ ぺ before two katakana, べ ぺ り after two, or り between two (へ between two
  too, with ``strictMode``; the long-vowel mark ー is not counted as katakana here);
- a katakana ヘ ベ ペ リ among hiragana: between two, or next to two on one side and not
  katakana on the other.

Each is reported at the character and fixed to its twin.  ``allow`` lists what is not a typo
(RegExp-like strings, as @textlint/regexp-string-matcher 2.x reads them); ``$num$`` in an
entry stands for 二, 三 and 八 (「$num$メートル」 allows 二メートル…).  Without ``allow`` a
built-in list (units: メートル, キロ, パーセント…) is used; with it, only the entries given,
and the built-in ones too when it holds ``"recommend"``.  A match touching an allowed stretch
(its start inside it, or right at its end) is not reported.

    OK:  二メートルのケーブルとクリーンルーム。
    NG:  二ュースを読む。   -> ニュース
"""

from __future__ import annotations

import re

from postlint.jsregex import match_patterns
from postlint.rules._textlint import joined_str_pieces

ID = "ja-overlooked-typo"
NODES = ("Str",)
OPTIONS = {"allow": ([str], type(None)), "strictMode": bool}
DEFAULTS: dict = {"allow": None, "strictMode": False}
FIXABLE = True

_KATAKANA = "\u30a1-\u30ff"  # ァ..ヿ, ・ and ー included
_KATAKANA_NO_LONG = "\u30a1-\u30fb\u30fd-\u30ff"  # the same without ー
_HIRAGANA = "\u3041-\u309f"  # ぁ..ゟ
_LOOKALIKE_KANJI = "工力夕千卜二八匕三口"
_KANJI_TO_KATAKANA = dict(zip(_LOOKALIKE_KANJI, "エカタチトニハヒミロ"))

_KANJI_AMONG_KATAKANA = re.compile(
    rf"\A[{_LOOKALIKE_KANJI}](?=[{_KATAKANA}])"
    rf"|(?<=[{_KATAKANA}])[{_LOOKALIKE_KANJI}](?=[{_KATAKANA}])"
    rf"|(?<=[{_KATAKANA}])[{_LOOKALIKE_KANJI}]\Z")
_HIRAGANA_AMONG_KATAKANA = re.compile(
    rf"[べぺ](?=[{_KATAKANA_NO_LONG}]{{2}})"
    rf"|(?<=[{_KATAKANA_NO_LONG}]{{2}})[べぺり]"
    rf"|(?<=[{_KATAKANA_NO_LONG}])り(?=[{_KATAKANA_NO_LONG}])")
_HE_AMONG_KATAKANA = re.compile(rf"(?<=[{_KATAKANA_NO_LONG}])へ(?=[{_KATAKANA_NO_LONG}])")  # strictMode
_KATAKANA_AMONG_HIRAGANA = re.compile(
    rf"(?<=[^{_KATAKANA}])[ヘベペリ](?=[{_HIRAGANA}]{{2}})"
    rf"|(?<=[{_HIRAGANA}]{{2}})[ヘベペリ](?=[^{_KATAKANA}])"
    rf"|(?<=[{_HIRAGANA}])[ヘベペリ](?=[{_HIRAGANA}])")
TRIGGER = re.compile(f"[{_LOOKALIKE_KANJI}べぺりへヘベペリ]")  # a file with none of them is skipped

# Stretches that are not typos by default: units after a kanji numeral, and a few words.
_UNITS = ("アール アト アンペア インチ ウォン エーカー エクサ オーム オクターブ オクテット オングストローム オンス "
          "ガウス カラット カロリー ガロン カンデラ ギガ キュビット キロ クーロン クエクト クエタ グラム クローネ "
          "クロム酸 ケルビン シーベルト ジュール スタディオン ステラジアン ゼタ ゼプト センチ セント デカ デシ テラ "
          "ドゥカート ドット ドル トン ナット ナノ ニュートン ノット パーセク パーセント バーツ バイト パスカル "
          "ピース ビット ピクセル ピコ フィート フェムト フローリン フラン ページ ヘクタール ヘクト ベクレル ペソ "
          "ペタ ベルスタ ヘルツ ポイント ボルト ポンド マイル マイクロ ミリ メートル メガ モル ヤード ユーロ ヨクト "
          "ヨタ ライン ラジアン リットル リラ ルーメン ルクス ルピー ロナ ロント ワード ワット").split()
BUILT_IN_ALLOW = (*(f"$num${unit}" for unit in _UNITS), "マッハ$num$", "ハマり")
_NUMERALS = "二三八"  # what $num$ stands for: the kanji numerals that look like katakana


def allowed_patterns(allow: list[str] | None) -> list[str]:
    """The allow list as the rule reads its option, with ``$num$`` written out.

    >>> allowed_patterns(["$num$ペニー", "ハマり"])
    ['二ペニー', '三ペニー', '八ペニー', 'ハマり']
    >>> len(allowed_patterns(None)) == len(allowed_patterns(["recommend"])) - 1
    True
    """
    entries = list(BUILT_IN_ALLOW) if allow is None else [*(BUILT_IN_ALLOW if "recommend" in allow else ()), *allow]
    return [written for entry in entries
            for written in ([entry.replace("$num$", n) for n in _NUMERALS] if "$num$" in entry else [entry])]


def check(node, opts, ctx):
    problems = []
    allow = None
    for start, end, _is_url in joined_str_pieces(node, ctx):
        text = ctx.text[start:end]
        if not TRIGGER.search(text):
            continue
        found = [(m, "カタカナの中の漢字", _KANJI_TO_KATAKANA[m.group()], "カタカナ")
                 for m in _KANJI_AMONG_KATAKANA.finditer(text)]
        found += [(m, "カタカナの中のひらがな", chr(ord(m.group()) + 0x60), "カタカナ")
                  for m in _HIRAGANA_AMONG_KATAKANA.finditer(text)]
        if opts["strictMode"]:
            found += [(m, "カタカナの中のひらがな", "ヘ", "カタカナ") for m in _HE_AMONG_KATAKANA.finditer(text)]
        found += [(m, "ひらがなの中のカタカナ", chr(ord(m.group()) - 0x60), "ひらがな")
                  for m in _KATAKANA_AMONG_HIRAGANA.finditer(text)]
        if not found:
            continue  # (the usual case: the allow list's many patterns need not be run)
        if allow is None:
            allow = allowed_patterns(opts["allow"])
        allowed = [(m.start, m.end) for m in match_patterns(text, allow, matcher=2)]
        for m, where, twin, script in found:
            if any(lo <= m.start() <= hi for lo, hi in allowed):
                continue
            at = start + m.start()
            problems.append(ctx.report(at, at + 1, f"{where}「{m.group()}」は、{script}の「{twin}」の打ち間違いかもしれません。",
                                       fix=ctx.fix(at, at + 1, twin)))
    return problems
