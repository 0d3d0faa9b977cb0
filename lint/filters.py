"""textlint's filter rules besides disable comments: ``allowlist`` and ``node-types``.

A filter silences a problem whose whole range lies inside a range the filter names, as
textlint's kernel does (``start <= problem.start`` and ``problem.end <= end``):

- ``allowlist`` (textlint-filter-rule-allowlist; ``whitelist``, its old name, too): the
  places in the file's text where ``allow`` matches, each entry a string or a RegExp-like
  string (``"/\\d+件/"``, flags allowed), and the entries of the JSON or YAML lists that
  ``allowlistConfigPaths`` names (relative to the config file);
- ``node-types`` (textlint-filter-rule-node-types): every node of the types in
  ``nodeTypes``, each a type name (``"BlockQuote"``: any rule) or
  ``{"ruleId": "preset-ja-technical-writing/max-ten", "types": ["ListItem"]}`` (that rule
  only; a rule of a preset is named with its preset, as textlint names it).

>>> from postlint.markdown import parse
>>> from postlint.rule import Problem
>>> from postlint.source import Source
>>> text = "ＡＢＣ社の話。\\n\\n> 引用、です。\\n"
>>> filters = Filters.parse({"allowlist": {"allow": ["ＡＢＣ社"]}, "node-types": {"nodeTypes": ["BlockQuote"]}})
>>> found = [Problem("ja-unnatural-alphabet", "", 1, 2),   # inside ＡＢＣ社: silenced
...          Problem("max-ten", "", 14, 15),              # in the quote: silenced
...          Problem("max-ten", "", 3, 6)]                # only partly inside ＡＢＣ社: kept
>>> [(p.rule_id, p.start) for p in filters.apply(found, parse(Source.from_text(text)), text)]
[('max-ten', 3)]
"""

from __future__ import annotations

import json
import os

from postlint.record import Record
from postlint.rule import known_options

NAMES = {"allowlist": "allowlist", "whitelist": "allowlist", "node-types": "node-types", "comments": "comments"}
_OPTIONS = {"allowlist": ("allow", "allowlistConfigPaths", "whitelistConfigPaths"), "node-types": ("nodeTypes",)}


class FilterError(ValueError):
    """A filter's options are not what it reads (the config names the filter)."""


def filter_name(key: str) -> str | None:
    """'textlint-filter-rule-allowlist', '@x/textlint-filter-rule-allowlist' -> 'allowlist';
    None for a filter postlint does not have."""
    bare = key.split("/", 1)[1] if key.startswith("@") and "/" in key else key
    if bare.startswith("textlint-filter-rule-"):
        bare = bare[len("textlint-filter-rule-"):]
    return NAMES.get(bare)


class Filters(Record):
    """``allow``: allowlist entries; ``node_types``: (node type, rule id or "*") pairs."""

    _fields = ("allow", "node_types")

    def __init__(self, allow: tuple[str, ...] = (), node_types: tuple[tuple[str, str], ...] = ()) -> None:
        self.allow = allow
        self.node_types = node_types

    def __bool__(self) -> bool:
        return bool(self.allow or self.node_types)

    @classmethod
    def parse(cls, settings: dict, folder: str | None = None, warnings: list[str] | None = None) -> Filters:
        """From ``{name: options}`` (names as :func:`filter_name` gives them; ``False`` or a
        missing entry: off).  ``FilterError`` names what is wrong; an option the filter
        does not have is one too, or, given a ``warnings`` list, a warning added to it (textlint
        ignores such an option)."""
        allow: list[str] = []
        node_types: list[tuple[str, str]] = []
        for name, options in settings.items():
            if options is False or options is None or name == "comments":
                continue
            options = {} if options is True else options
            if not isinstance(options, dict):
                raise FilterError(f"filter {name}: options must be a mapping, got {options!r}")
            unknown = sorted(set(options) - {*_OPTIONS[name], "severity"})
            if unknown:
                if warnings is None:
                    raise FilterError(f"filter {name}: unknown option {unknown[0]!r} "
                                      f"({known_options(unknown[0], _OPTIONS[name])})")
                warnings.extend(f"filter {name}: unknown option {key!r} ignored, as textlint ignores it "
                                f"({known_options(key, _OPTIONS[name])})" for key in unknown)
            if name == "allowlist":
                # (as the filter reads them: an empty setting, `allow:` alone in YAML, is none)
                allow.extend(_strings(name, "allow", options.get("allow") or []))
                for key in ("allowlistConfigPaths", "whitelistConfigPaths"):
                    for path in _strings(name, key, options.get(key) or []):
                        allow.extend(_allow_file(os.path.join(folder or ".", path)))
            else:
                node_types.extend(_node_types(options.get("nodeTypes")))
        if allow:  # an entry that cannot compile matches nothing, as in textlint: said, or (no warnings list) an error
            from postlint.jsregex import unusable_patterns

            said = [f"filter allowlist: {message}" for message in unusable_patterns(allow, matcher=1, what="allow")]
            if said:
                if warnings is None:
                    raise FilterError(said[0])
                warnings.extend(said)
        return cls(tuple(allow), tuple(node_types))

    def apply(self, problems: list, doc, text: str) -> list:
        """``problems`` without those inside an allowed match or a listed node."""
        ranges = self._ranges(doc, text)
        if not ranges:
            return problems
        return [p for p in problems if not any(
            start <= p.start and p.end <= end and (rule == "*" or _same_rule(p.rule_id, rule))
            for start, end, rule in ranges)]

    def _ranges(self, doc, text: str) -> list[tuple[int, int, str]]:
        ranges = []
        if self.allow:
            from postlint.jsregex import match_patterns

            ranges.extend((m.start, m.end, "*") for m in match_patterns(text, self.allow, matcher=1))
        if self.node_types:
            wanted: dict[str, list[str]] = {}
            for node_type, rule in self.node_types:
                wanted.setdefault(node_type, []).append(rule)
            from postlint.rules._textlint import textlint_type  # ([text][1] is a LinkReference)

            for node in doc.walk():
                for rule in wanted.get(textlint_type(node, text), ()):
                    ranges.append((node.start, node.end, rule))
        return ranges


def _same_rule(shown: str, wanted: str) -> bool:
    """A problem's rule id as reported (``ja-technical-writing/max-ten``) is the one a filter
    names, once its package prefixes are dropped as textlint drops them: a rule of a preset is
    named with the preset (``preset-ja-technical-writing/max-ten`` works, ``max-ten`` does not).

    >>> _same_rule("ja-technical-writing/max-ten", "textlint-rule-preset-ja-technical-writing/max-ten")
    True
    >>> _same_rule("ja-technical-writing/max-ten", "max-ten"), _same_rule("max-ten", "textlint-rule-max-ten")
    (False, True)
    """
    preset, _, rule = wanted.rpartition("/")
    rule = rule.removeprefix("textlint-rule-")
    if preset:
        scope, _, name = preset.rpartition("/")
        for prefix in ("textlint-rule-preset-", "preset-"):
            if name.startswith(prefix):
                name = name[len(prefix):]
                break
        preset = f"{scope}/{name}" if scope else name
    return shown == (f"{preset}/{rule}" if preset else rule)


def _strings(name: str, key: str, value) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise FilterError(f"filter {name}: {key} must be a list of strings, got {value!r}")
    return value


def _allow_file(path: str) -> list[str]:
    """The entries of an allowlist file: a JSON or YAML list of strings."""
    if not path.endswith((".json", ".yml", ".yaml")):
        raise FilterError(f"filter allowlist: {path}: the file must be .json, .yml or .yaml")
    try:
        with open(path, encoding="utf-8-sig") as handle:
            text = handle.read()
    except OSError as exc:
        raise FilterError(f"filter allowlist: cannot read {path}: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise FilterError(f"filter allowlist: {path} is not UTF-8") from None
    if path.endswith(".json"):
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise FilterError(f"filter allowlist: {path}:{exc.lineno}:{exc.colno}: not a valid list: {exc.msg}") from None
    else:
        import yaml

        from postlint import jsyaml

        try:
            data = jsyaml.load(text)
        except yaml.YAMLError as exc:
            place, why = jsyaml.where_and_why(exc)
            raise FilterError(f"filter allowlist: {path}{place}: not a valid list: {why}") from None
    return _strings("allowlist", path, data)


def _node_types(entries) -> list[tuple[str, str]]:
    usage = 'nodeTypes must be a list of node types or {"ruleId": ..., "types": [...]}'
    if not isinstance(entries, list) or not entries:
        raise FilterError(f"filter node-types: {usage}")
    found = []
    for entry in entries:
        if isinstance(entry, str):
            found.append((entry, "*"))
        elif (isinstance(entry, dict) and isinstance(entry.get("ruleId"), str) and isinstance(entry.get("types"), list)
              and entry["types"] and all(isinstance(t, str) for t in entry["types"])):
            found.extend((node_type, entry["ruleId"]) for node_type in entry["types"])
        else:
            raise FilterError(f"filter node-types: {usage}, got {entry!r}")
    return found
