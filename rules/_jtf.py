"""What every group of the JTF rules shares: the preset's Japanese characters.

textlint-rule-preset-jtf-style's ``japaneseRegExp`` (util/regexp.js): kanji (extension A,
unified, compatibility ideographs, and U+20000-U+2FFFF, which JavaScript writes as surrogate
pairs), hiragana ぁ-ん, katakana ァ-ヶ, and 々 〇 〻.  Some rules write out the class without
the three marks themselves.  As ranges (for :class:`postlint.charclass.CodeSet`) and as
regular-expression classes:

>>> import re
>>> re.findall(JAPANESE, "日本語とカナ、々。abc"), re.findall(KANJI_KANA, "々日")
(['日', '本', '語', 'と', 'カ', 'ナ', '々'], ['日'])
"""

import re

KANJI_KANA_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x2FFFF),
                     (0x3041, 0x3093), (0x30A1, 0x30F6))
ITERATION_MARKS = "々〇〻"

_RANGES = "".join(f"{chr(low)}-{chr(high)}" for low, high in KANJI_KANA_RANGES)
KANJI_KANA = f"[{_RANGES}]"
JAPANESE = f"[{ITERATION_MARKS}{_RANGES}]"


def beside_japanese(marks: str) -> re.Pattern:
    """A pattern of ``marks`` (a regular expression of one mark each) right before or after
    a kanji or kana: punctuation of Japanese text, as 1.2.1's ``[,.]`` (and the
    engineering-paper preset's unify-kuten-and-touten, which grew from it) find it.

    >>> [m.start() for m in beside_japanese("[,.]").finditer("円周率は3.14,つまり,a,b")]
    [8, 12]
    """
    return re.compile(f"(?:{marks})(?={JAPANESE})|(?<={JAPANESE})(?:{marks})")

