"""Shared bits of the two 敬体/常体 rules (no-mix-dearu-desumasu, no-mix-keitai-jotai)."""

from __future__ import annotations

DESU_MASU = "desumasu"  # 敬体
DEARU = "dearu"  # 常体


def parse_preference(value: str, choices: dict, option: str):
    """Map an option value to a style (or None for "the majority decides").

    >>> parse_preference("である", {"": None, "である": DEARU}, "preferInBody")
    'dearu'
    >>> parse_preference("x", {"": None, "である": DEARU}, "preferInBody")
    Traceback (most recent call last):
    ...
    ValueError: option preferInBody must be one of "", "である" (got "x")
    """
    try:
        return choices[value]
    except KeyError:
        names = ", ".join(f'"{k}"' for k in choices)
        raise ValueError(f'option {option} must be one of {names} (got "{value}")') from None


SECTIONS = ("preferInBody", "preferInHeader", "preferInList")


def check_preferences(opts: dict, choices: dict) -> None:
    """Refuse a ``preferIn…`` value that names no style (called when the config loads).

    >>> check_preferences({"preferInBody": "", "preferInHeader": "である", "preferInList": "x"}, {"": None, "である": DEARU})
    Traceback (most recent call last):
    ...
    ValueError: option preferInList must be one of "", "である" (got "x")
    """
    for option in SECTIONS:
        parse_preference(opts[option], choices, option)
