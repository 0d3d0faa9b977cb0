"""Acronyms as azu's English-writing rules build them (their ``word-utils``), shared by
abbr-within-parentheses and unexpanded-acronym.

>>> capital_acronym("XMLHttpRequest"), capital_acronym("World Health Organization")
('XHR', 'WHO')
>>> word_acronyms(["American", "Broadcast", "Company"])
['C', 'BC', 'ABC', 'A', 'AB', 'ABC']
"""


def capital_acronym(word: str) -> str:
    """The first character of ``word``, then each capital letter (A-Z) that a character other
    than a capital follows (``expandOneWordToAcronym``)."""
    letters = [word[:1]]
    last_capital = None
    for char in word[1:]:
        if "A" <= char <= "Z":
            last_capital = char
        elif last_capital:
            letters.append(last_capital)
            last_capital = None
    return "".join(letters)


def word_acronyms(words: list[str]) -> list[str]:
    """The acronyms unexpanded-acronym reads in a run of capitalized words
    (``expandWordsToAcronym``): for one word its :func:`capital_acronym`, for more the
    initials of every run of words ending at the last one (shortest first), then of every
    run starting at the first one."""
    if len(words) == 1:
        return [capital_acronym(words[0])]
    initials = "".join(word[:1] for word in words)
    return ([initials[i:] for i in range(len(initials) - 1, -1, -1)]
            + [initials[:i] for i in range(1, len(initials) + 1)])
