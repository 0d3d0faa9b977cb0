"""Configuration: find the file, read it (JSON with comments or YAML), resolve rules.

textlint's shape is the format, so a ``.textlintrc`` works as it is::

    rules:
      preset-ja-technical-writing: {max-ten: {max: 4}, no-exclamation-question-mark: false}
      front-matter: {required: [title, date], severity: warning}
      no-mix-keitai-jotai: true
    filters: {comments: true}

Looked up from the linted file's folder upward: ``.postlintrc.yml``,
``.postlintrc.yaml``, ``.textlintrc``, ``.textlintrc.json``, ``.textlintrc.yml``,
``.textlintrc.yaml``, ``.textlintrc.js``, ``.textlintrc.cjs`` (these two run with Node.js,
as textlint runs them: :mod:`postlint.jsconfig`), then a ``package.json``'s ``"textlint"``
field.  With none, the ``recommended`` preset runs.

>>> cfg = resolve({"rules": {"preset-ja-technical-writing": {"max-ten": {"max": 5}}}})
>>> [r.display_id for r in cfg.rules if r.id == "max-ten"], cfg.setting("max-ten").options["max"]
(['ja-technical-writing/max-ten'], 5)
"""

from __future__ import annotations

import functools
import json
import os
import re
from pathlib import Path

import yaml

from postlint import jsyaml
from postlint.record import Record
from postlint.rule import OptionError, Severity

TYPE_CHECKING = False  # typing costs milliseconds to import, and is needed for annotations only
if TYPE_CHECKING:
    from typing import Any

CONFIG_NAMES = (
    ".postlintrc.yml",
    ".postlintrc.yaml",
    ".textlintrc",
    ".textlintrc.json",
    ".textlintrc.yml",
    ".textlintrc.yaml",
    ".textlintrc.js",
    ".textlintrc.cjs",
)
UNSUPPORTED_NAMES = (".textlintrc.mjs", ".textlintrc.ts", ".textlintrc.jsonc")  # textlint does not read them either
PACKAGE_JSON = "package.json"  # its "textlint" field is a config, after a folder's config files
RECOMMENDED = "recommended"


class ConfigError(Exception):
    """A configuration that cannot be used; the CLI exits 2 with this message."""


class RuleSetting(Record):
    """A rule as configured: ``id``, the rule's own (e.g. "max-ten"); ``display_id``, as
    reported (e.g. "ja-technical-writing/max-ten"); ``aliases``, the display ids of the same
    rule enabled elsewhere with the same settings, which this run stands for."""

    _fields = ("id", "display_id", "options", "severity", "aliases")

    def __init__(self, id: str, display_id: str, options: dict[str, Any] | None = None,
                 severity: Severity = Severity.ERROR, aliases: tuple[str, ...] = ()) -> None:
        self.id = id
        self.display_id = display_id
        self.options = {} if options is None else options
        self.severity = severity
        self.aliases = aliases


# textlint-filter-rule-comments' words that enable and disable rules (its enablingComment and
# disablingComment options, which a config may change)
COMMENT_WORDS = ("textlint-enable", "textlint-disable")


class Config(Record):
    """The rules to run, with their settings, and where they came from."""

    _fields = ("rules", "comments_filter", "path", "warnings", "raw", "filters", "comment_words")

    def __init__(self, rules: list[RuleSetting] | None = None, comments_filter: bool = False,
                 path: str | None = None, warnings: list[str] | None = None, raw: dict | None = None,
                 filters=None, comment_words: tuple[str, str] = COMMENT_WORDS) -> None:
        self.rules = [] if rules is None else rules
        self.comments_filter = comments_filter
        self.path = path
        self.warnings = [] if warnings is None else warnings
        self.raw = {} if raw is None else raw
        self.filters = filters  # postlint.filters.Filters (allowlist, node-types), or None
        self.comment_words = comment_words  # the comments filter's enabling and disabling words

    @property
    def markdown_suffixes(self) -> tuple[str, ...]:
        """The file name endings read as Markdown: textlint's Markdown plugin's, and those its
        ``extensions`` option adds (``plugins: {"@textlint/markdown": {"extensions": [".mdx"]}}``)."""
        return MARKDOWN_SUFFIXES + plugin_extensions(self.raw, _MARKDOWN_PLUGINS)

    @property
    def mdx_suffixes(self) -> tuple[str, ...]:
        """The file name endings read as MDX: none unless textlint-plugin-mdx is enabled
        (``plugins: {"mdx": true}``), then ``.mdx`` and those its ``extensions`` add."""
        if not plugin_enabled(self.raw, _MDX_PLUGINS):
            return ()
        return MDX_SUFFIXES + plugin_extensions(self.raw, _MDX_PLUGINS)

    @property
    def text_suffixes(self) -> tuple[str, ...]:
        """The file name endings read as plain text: textlint's text plugin's and its ``extensions``."""
        return TEXT_SUFFIXES + plugin_extensions(self.raw, _TEXT_PLUGINS)

    def with_rules(self, rules: list[RuleSetting]) -> "Config":
        """This config with ``rules`` instead of its own."""
        return Config(rules, self.comments_filter, self.path, self.warnings, self.raw, self.filters,
                      self.comment_words)

    def setting(self, rule_id: str) -> RuleSetting | None:
        for r in self.rules:
            if r.id == rule_id or r.display_id == rule_id:
                return r
        return None

    @property
    def folder(self) -> str | None:
        """The config file's folder: where relative paths in options (rulePaths, dictionaries) start."""
        return os.path.dirname(os.path.abspath(self.path)) if self.path else None

    def settings(self) -> dict[str, Any]:
        """What rules may read from ``ctx.settings``."""
        return {"config_dir": self.folder}

    def fingerprint(self) -> str:
        """A stable text naming everything that changes results (for caches), including the
        size and mtime of data files that options name (prh rulePaths, dictionaries) and of
        the module files of --rulesdir."""
        items = [(r.display_id, sorted(r.options.items(), key=str), int(r.severity), r.aliases) for r in self.rules]
        filters = [list(self.filters.allow), list(self.filters.node_types)] if self.filters else None
        comments = [self.comments_filter, *([self.comment_words] if self.comment_words != COMMENT_WORDS else [])]
        # the plugins decide how a file is read (Markdown, MDX or plain text)
        plugins = [self.raw["plugins"]] if "plugins" in self.raw else []
        if _command_line_plugins:
            plugins.append(sorted(_command_line_plugins))
        return json.dumps([items, *comments, self._data_files(), filters, *plugins], default=str, sort_keys=True,
                          ensure_ascii=False)

    @staticmethod
    def _stat(path: Path) -> tuple:
        try:
            stat = path.stat()
            return str(path), stat.st_size, stat.st_mtime_ns
        except OSError:
            return str(path), None, None

    def _data_files(self) -> list:
        from postlint.engine import rulesdir_modules, rulesdir_rules

        local = rulesdir_rules()
        found = [self._stat(Path(path)) for path in rulesdir_modules()] \
            if any(r.id in local for r in self.rules) else []  # the rules and the helpers they import
        for r in self.rules:
            for value in r.options.values():
                for item in value if isinstance(value, list) else [value]:
                    if isinstance(item, str) and item.endswith((".yml", ".yaml", ".json", ".jsonc")):
                        found.append(self._stat(Path(self.folder or ".", item)))
        return found


# -- presets -------------------------------------------------------------------

@functools.lru_cache(maxsize=1)
def presets() -> dict[str, dict]:
    """rules/presets.yml: preset name -> {prefix, description, rules: {id: options}}."""
    from postlint.rules import data_yaml

    return data_yaml("presets.yml")


# The npm scopes whose rules and presets postlint carries under their own names: textlint's
# (@textlint-rule/textlint-rule-no-unmatched-pair), textlint-ja's (@textlint-ja/no-synonyms)
# and proofdict's (@proofdict/proofdict).
# A rule of any other scope is someone else's, whatever it is called (@hiratake/textlint-rule-
# front-matter is not postlint's front-matter).
KNOWN_SCOPES = ("@textlint-rule/", "@textlint-ja/", "@proofdict/")


def _unscoped(key: str) -> str | None:
    """``key`` without its npm scope, or None for a scope postlint carries no rule of.

    >>> _unscoped("@textlint-ja/no-synonyms"), _unscoped("max-ten"), _unscoped("@someone/textlint-rule-max-ten")
    ('no-synonyms', 'max-ten', None)
    """
    if not key.startswith("@"):
        return key
    return key.split("/", 1)[1] if key.startswith(KNOWN_SCOPES) else None


def preset_name(key: str) -> str | None:
    """'preset-ja-technical-writing' / 'textlint-rule-preset-…' / '@textlint-ja/textlint-rule-preset-…' -> name."""
    bare = _unscoped(key)
    for prefix in ("textlint-rule-preset-", "preset-"):
        if bare is not None and bare.startswith(prefix):
            name = bare[len(prefix):]
            return name if name in presets() else None
    return None


def is_preset_key(key: str) -> bool:
    """Whether a rules key names a preset (known or not): 'preset-x', '@scope/textlint-rule-preset-x'."""
    return key.split("/")[-1].startswith(("preset-", "textlint-rule-preset-"))


def normalise_rule_id(key: str) -> str:
    """'textlint-rule-max-ten' -> 'max-ten'; '@textlint-rule/textlint-rule-no-x' -> 'no-x'; a rule
    of another scope keeps its whole name ('@someone/textlint-rule-max-ten'): no rule of postlint's."""
    bare = _unscoped(key)
    if bare is None:
        return key
    for prefix in ("textlint-rule-", "postlint-rule-"):
        if bare.startswith(prefix):
            return bare[len(prefix):]
    return bare


# -- reading files -------------------------------------------------------------

_JSON_COMMENT = re.compile(r'"(?:\\.|[^"\\])*"|\'(?:\\.|[^\'\\])*\'|//[^\n]*|/\*.*?\*/', re.S)


def strip_json_comments(text: str) -> str:
    """JSON5's comments removed (strings, in either quote, kept as they are).

    >>> print(strip_json_comments("{'url': 'https://x',// a comment\\n/* another */\\"n\\": 1}"))
    {'url': 'https://x',
    "n": 1}
    """
    return _JSON_COMMENT.sub(lambda m: m.group() if m.group()[0] in "\"'" else "", text)


def load_file(path: str | os.PathLike) -> dict:
    """Read a config file: JSON (comments allowed) or YAML; of a package.json, its
    ``"textlint"`` field; a ``.js``/``.cjs`` file (or a ``.textlintrc`` holding JavaScript)
    is run with Node.js."""
    path = Path(path)
    if path.name == PACKAGE_JSON:
        data = _textlint_field(path, _read_config_text(path))
        if not isinstance(data, dict):
            raise ConfigError(f"{path}: no \"textlint\" config in it (a mapping with a 'rules' key)")
        return data
    if path.name in UNSUPPORTED_NAMES or path.suffix in (".mjs", ".ts"):
        raise ConfigError(_unsupported(path))
    if path.suffix in (".js", ".cjs"):
        return _checked_mapping(path, _run_javascript(path))
    text = _read_config_text(path)
    if not text.strip():
        return {}
    data = json5_error = None
    if path.suffix not in (".yml", ".yaml"):  # JSON5, as textlint reads JSON; then YAML, as it does
        data, json5_error = _json5(text)
    if data is None:
        try:
            data = jsyaml.load(text)
        except yaml.YAMLError as exc:
            if _javascript_inside(text):
                return _checked_mapping(path, _run_javascript(path))
            if json5_error is not None and text.lstrip().startswith(("{", "//", "/*")):
                raise ConfigError(f"{path}{json5_error}") from None
            where, why = jsyaml.where_and_why(exc)
            raise ConfigError(f"{path}{where}: config is neither valid JSON nor YAML: {why}") from exc
        if data is not None and not isinstance(data, dict) and _javascript_inside(text):
            data = _run_javascript(path)  # "module.exports = {}" is a YAML string
    return _checked_mapping(path, data)


_JSON5_PLACE = re.compile(r"^<string>:(\d+) (.*) at column (\d+)$")


def _json5(text: str) -> tuple:
    """``(data, None)`` when ``text`` is JSON5 (comments, trailing commas, single quotes, bare
    keys: what textlint's config loader reads with the json5 package), else ``(None, where
    and why)``, such as ``":3:1: config is not valid JSON5: Unexpected "}"``.

    >>> _json5("// the site's rules\\n{rules: {'max-ten': {max: 3,},},}")
    ({'rules': {'max-ten': {'max': 3}}}, None)
    >>> _json5('{"rules": {"max-ten": true}')  # doctest: +ELLIPSIS
    (None, ':1:...: config is not valid JSON5: Unexpected end of input')
    """
    try:
        return json.loads(text), None  # most configs: plain JSON, read at C speed
    except json.JSONDecodeError:
        pass
    import json5  # (5 ms to import: only configs that need it pay)

    try:
        return json5.loads(text), None
    except ValueError as exc:
        place = _JSON5_PLACE.match(str(exc))
        where = f":{place[1]}:{place[3]}" if place else ""
        return None, f"{where}: config is not valid JSON5: {place[2] if place else exc}"


def _javascript_inside(text: str) -> bool:
    """A .textlintrc that is JavaScript: textlint's last try, after JSON and YAML."""
    from postlint.jsconfig import looks_like_javascript

    return looks_like_javascript(text)


def _unsupported(path: Path) -> str:
    if path.suffix == ".jsonc":
        return (f"{path}: textlint does not read a .textlintrc.jsonc (nor does postlint, so that both lint "
                "alike); rename it .textlintrc.json, where comments are allowed too")
    return (f"{path}: ES module and TypeScript configs cannot be read (textlint does not read them "
            "either); write it as .textlintrc.js, .textlintrc.json or .postlintrc.yml")


def _checked_mapping(path: Path, data) -> dict:
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: config must be a mapping with a 'rules' key")
    return data


def _run_javascript(path: Path):
    from postlint.jsconfig import JavaScriptConfigError, evaluate

    try:
        return evaluate(path)
    except JavaScriptConfigError as exc:
        raise ConfigError(str(exc)) from None


def _read_config_text(path: Path) -> str:
    try:
        return path.read_text("utf-8-sig")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config: {exc.strerror}") from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: config is not UTF-8") from exc


def _textlint_field(path: Path, text: str):
    """A package.json's ``"textlint"`` field (None when it has none)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ConfigError(f"{path}:{exc.lineno}:{exc.colno}: not valid JSON: {exc.msg}") from None
    return data.get("textlint") if isinstance(data, dict) else None


def find_config(start: str | os.PathLike) -> Path | None:
    """The nearest config file from ``start`` (a folder or a file) upward."""
    here = Path(start).resolve()
    if not here.is_dir():
        here = here.parent
    for folder in (here, *here.parents):
        for name in CONFIG_NAMES:
            candidate = folder / name
            if candidate.is_file():
                return candidate
        for name in UNSUPPORTED_NAMES:
            if (folder / name).is_file():
                raise ConfigError(_unsupported(folder / name))
        package = folder / PACKAGE_JSON
        if package.is_file() and _has_textlint_field(package):
            return package
    return None


def _has_textlint_field(package: Path) -> bool:
    """Whether a package.json holds a config (textlint reads it when no config file is beside
    it); one that cannot be read or parsed holds none, as for textlint's search."""
    try:
        text = package.read_text("utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return False
    if '"textlint"' not in text:
        return False  # most package.json files: no parse needed
    try:
        return bool(_textlint_field(package, text))
    except ConfigError:
        return False


# -- resolving -------------------------------------------------------------------

# textlint rules that real configs name and postlint does not have, and why (a config naming
# one is read without it, with this said)
_NOT_PORTED = {
    "common-misspellings": " (its word list is GPL-3.0, which postlint, MIT, does not ship)",
    "en-capitalization": " (it needs an English part-of-speech tagger; not in postlint)",
    "spelling": " (a hunspell spell checker for English; not in postlint)",
    "rousseau": " (an English proofreader; not in postlint)",
    "alex": " (English wording checks; not in postlint)",
    "eslint": " (it runs ESLint on code blocks; not in postlint)",
    "web-plus-db": " (it runs prh 0.9, whose matching postlint's prh, 5.4, does not reproduce; not in postlint)",
}


def _js_falsy(value: Any) -> bool:
    """Whether JavaScript takes a config value for false: false, null, 0, NaN and ''.

    >>> [_js_falsy(v) for v in (False, None, 0, "", True, 2, "yes", [], {})]
    [True, True, True, True, False, False, False, False, False]
    """
    if value is None or value is False:
        return True
    return isinstance(value, (int, float, str)) and not isinstance(value, bool) and (not value or value != value)


def _js_keys(mapping: dict) -> dict:
    """``mapping`` with each key as a JavaScript object holds it: a string (YAML reads ``1:``,
    ``true:`` and ``null:`` as other types; textlint's js-yaml gives keys "1", "true", "null").

    >>> _js_keys({1: True, None: 3, "max-ten": 4}), _js_keys({False: 0})
    ({'1': True, 'null': 3, 'max-ten': 4}, {'false': 0})
    """
    if all(isinstance(key, str) for key in mapping):
        return mapping
    from postlint.jsyaml import js_key

    return {str(js_key(key)): value for key, value in mapping.items()}


def _split_setting(rule_id: str, value: Any, warnings: list[str], in_preset: bool = False
                   ) -> tuple[bool, dict, Severity | None]:
    """Whether a rule's setting turns it on, its options and its severity, as textlint reads
    the setting: a rule on its own is off when its setting is false, null, 0 or ''; a
    preset's rule only when it is false.  A setting that is neither true nor a mapping of
    options (``max-ten: 2``) runs the rule with its own defaults, with a warning.

    >>> _split_setting("max-ten", None, []), _split_setting("max-ten", {"max": 2, "severity": "warning"}, [])
    ((False, {}, None), (True, {'max': 2}, <Severity.WARNING: 1>))
    >>> warned = []
    >>> _split_setting("max-ten", 2, warned), warned  # doctest: +ELLIPSIS
    ((True, {}, None), ['rule max-ten: setting 2 is not a mapping of options ... with its defaults, as in textlint'])
    """
    if value is True:
        return True, {}, None
    if value is False or (_js_falsy(value) and not in_preset):
        return False, {}, None
    if isinstance(value, dict):
        options = dict(value)
        severity = options.pop("severity", None)
        try:
            severity = Severity.parse(severity) if severity is not None else None
        except ValueError as exc:
            raise ConfigError(f"rule {rule_id}: {exc}") from None
        return True, options, severity
    hint = " (a string is not false to textlint: write false to turn it off)" if isinstance(value, str) else ""
    warnings.append(f"rule {rule_id}: setting {value!r} is not a mapping of options (such as {{max: 3}}); "
                    f"the rule runs with its defaults, as in textlint{hint}")
    return True, {}, None


_COMMENT_OPTIONS = ("enablingComment", "disablingComment")


def _comments_filter(config: Config, value) -> None:
    """``comments: true``, or its options (textlint-filter-rule-comments'), the words that
    enable and disable rules in place of ``textlint-enable`` and ``textlint-disable``."""
    config.comments_filter = bool(value)
    if not isinstance(value, dict):
        return
    for key in value:
        if key not in _COMMENT_OPTIONS:
            config.warnings.append(f"comments filter: unknown option {key!r} ignored "
                                   f"(it has {' and '.join(_COMMENT_OPTIONS)})")
    words = []
    for key, default in zip(_COMMENT_OPTIONS, COMMENT_WORDS):
        word = value.get(key) or default  # as textlint: an empty one is the default
        if not isinstance(word, str) or not word.strip() or ">" in word:
            raise ConfigError(f"comments filter: {key} must be a word such as {default!r}, got {word!r}")
        words.append(word.strip())
    if words[0] == words[1]:
        raise ConfigError(f"comments filter: enablingComment and disablingComment are both {words[0]!r}")
    config.comment_words = (words[0], words[1])


def _resolve_filters(config: Config, filters) -> None:
    """``filters:`` of a config: comments (postlint.directives), allowlist and node-types
    (postlint.filters); an unknown filter is a warning, as an unknown rule is."""
    if not isinstance(filters, dict):
        raise ConfigError("'filters' must be a mapping")
    filters = _js_keys(filters)
    if filters.keys() <= {"comments"}:  # the usual case: no need for postlint.filters
        _comments_filter(config, filters.get("comments"))
        return
    from postlint.filters import FilterError, Filters, filter_name

    others = {}
    for key, value in filters.items():
        name = filter_name(key)
        if name is None:
            config.warnings.append(f"unknown filter {key!r} ignored")
        elif name == "comments":
            _comments_filter(config, value)
        else:
            others[name] = value
    if others:
        try:
            config.filters = Filters.parse(others, config.folder, config.warnings) or None
        except FilterError as exc:
            raise ConfigError(str(exc)) from None


# textlint's own plugins for the formats postlint reads (its Markdown and plain-text parsers),
# and the file name endings each reads (availableExtensions) before its "extensions" option
_MARKDOWN_PLUGINS = frozenset(("markdown", "@textlint/markdown", "@textlint/textlint-plugin-markdown",
                               "textlint-plugin-markdown"))
_TEXT_PLUGINS = frozenset(("text", "@textlint/text", "@textlint/textlint-plugin-text", "textlint-plugin-text"))
_MDX_PLUGINS = frozenset(("mdx", "textlint-plugin-mdx"))  # read as textlint-plugin-mdx does (postlint.mdx)
_BUILT_IN_PLUGINS = _MARKDOWN_PLUGINS | _TEXT_PLUGINS | _MDX_PLUGINS
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkdn", ".mkd", ".mdwn", ".mkdown", ".ron")
TEXT_SUFFIXES = (".txt", ".text")
MDX_SUFFIXES = (".mdx",)
_command_line_plugins: frozenset = frozenset()  # --plugin NAME


def use_command_line_plugins(names) -> None:
    """The plugins ``--plugin`` names, enabled for every file as if each config named them."""
    global _command_line_plugins
    _command_line_plugins = frozenset(n.removeprefix("textlint-plugin-") for n in names) \
        | frozenset(n for n in names)


def plugin_enabled(raw: dict, plugins: frozenset) -> bool:
    """Whether a config (or ``--plugin``) enables one of ``plugins``: named in a list, or with
    any value but false in a mapping.

    >>> plugin_enabled({"plugins": {"mdx": True}}, _MDX_PLUGINS), plugin_enabled({"plugins": ["mdx"]}, _MDX_PLUGINS)
    (True, True)
    >>> plugin_enabled({"plugins": {"mdx": False}}, _MDX_PLUGINS), plugin_enabled({}, _MDX_PLUGINS)
    (False, False)
    """
    if _command_line_plugins & plugins:
        return True
    configured = raw.get("plugins")
    if isinstance(configured, dict):
        return any(configured.get(name) not in (None, False) for name in plugins)
    return isinstance(configured, list) and any(name in plugins for name in configured if isinstance(name, str))


def plugin_extensions(raw: dict, plugins: frozenset) -> tuple[str, ...]:
    """The endings a config's ``extensions`` option gives one of ``plugins`` (lower case,
    with the dot: ``"mdx"`` is ``".mdx"``).

    >>> plugin_extensions({"plugins": {"@textlint/markdown": {"extensions": [".MDX", "mdoc"]}}}, _MARKDOWN_PLUGINS)
    ('.mdx', '.mdoc')
    >>> plugin_extensions({"plugins": ["markdown"]}, _MARKDOWN_PLUGINS)
    ()
    """
    configured = raw.get("plugins")
    if not isinstance(configured, dict):
        return ()
    out: list[str] = []
    for name, options in configured.items():
        if name in plugins and isinstance(options, dict) and isinstance(options.get("extensions"), list):
            out += [e.lower() if e.startswith(".") else "." + e.lower()
                    for e in options["extensions"] if isinstance(e, str) and e.strip(".")]
    return tuple(out)


def _check_other_keys(config: Config, raw: dict) -> None:
    """Warnings for what a config holds besides rules and filters: a plugin for another
    format (postlint reads Markdown, MDX and plain text only), or a key no config has."""
    for key in raw:
        if key == "default" and isinstance(raw[key], dict) and "rules" in raw[key]:
            # an ES module's `export default {…}`, which Node hands over as {__esModule, default}
            config.warnings.append("the config is an ES module's `export default`, from which textlint reads no "
                                   "rules either: write `module.exports = {…}`")
        elif key not in ("rules", "filters", "plugins", "$schema", "__esModule"):
            config.warnings.append(f"unknown key {key!r} ignored (a config has rules, filters and plugins)")
    plugins = raw.get("plugins") or []
    config.warnings += plugin_warnings(list(plugins) if isinstance(plugins, (dict, list)) else [plugins])
    if isinstance(plugins, dict):
        for name, options in plugins.items():
            extensions = options.get("extensions") if name in _BUILT_IN_PLUGINS and isinstance(options, dict) else None
            if extensions is not None and not (isinstance(extensions, list) and all(isinstance(e, str) for e in extensions)):
                config.warnings.append(f"plugin {name!r}: extensions must be a list of file name endings such as "
                                       '[".mdx"]; ignored')


def plugin_warnings(names) -> list[str]:
    """A warning for each textlint plugin of ``names`` that reads a format postlint does not.

    >>> plugin_warnings(["markdown", "textlint-plugin-text", "mdx", "html"])
    ["plugin 'html' not supported: postlint lints Markdown, MDX and plain text only"]
    """
    out = []
    for name in names:
        if not isinstance(name, str) or name in _BUILT_IN_PLUGINS:
            continue
        if name.replace("textlint-plugin-", "") not in _BUILT_IN_PLUGINS:
            out.append(f"plugin {name!r} not supported: postlint lints Markdown, MDX and plain text only")
    return out


def resolve(raw: dict, path: str | None = None, *, known_rules=None) -> Config:
    """Turn a config mapping into the ordered list of enabled rules with their options.
    A :class:`ConfigError` names the config file (``path``) first.

    >>> resolve({"rules": ["max-ten"]}, "site/.textlintrc")
    Traceback (most recent call last):
    postlint.config.ConfigError: site/.textlintrc: 'rules' must be a mapping of rule id -> true | false | options
    """
    try:
        return _resolve(raw, path, known_rules)
    except ConfigError as exc:
        if path and not str(exc).startswith(f"{path}: "):
            raise ConfigError(f"{path}: {exc}") from None
        raise


def _resolve(raw: dict, path: str | None, known_rules) -> Config:
    from postlint.engine import is_rule

    # is_rule reads installed packages' metadata (slow) only for ids that are not built in
    known = set(known_rules).__contains__ if known_rules is not None else is_rule
    config = Config(path=path, raw=raw)
    _resolve_filters(config, raw.get("filters") or {})
    _check_other_keys(config, raw)
    rules = raw.get("rules", {})
    if rules is None:
        rules = {}
    if not isinstance(rules, dict):
        raise ConfigError("'rules' must be a mapping of rule id -> true | false | options")
    rules = _js_keys(rules)
    # by the id a rule is reported under: as in textlint, a rule enabled in two places (two
    # presets, or a preset and on its own) runs in both, each with its own options
    chosen: dict[str, RuleSetting] = {}

    def enable(rule_id, display_id, value, base_options=None, pinned=None):
        rule_id = normalise_rule_id(rule_id)
        if not known(rule_id):
            if not _js_falsy(value):  # (a rule switched off is not loaded by textlint either)
                config.warnings.append(f"unknown rule {rule_id!r} ignored{_NOT_PORTED.get(rule_id, '')}")
            return
        on, options, severity = _split_setting(rule_id, value, config.warnings, in_preset=base_options is not None)
        if not on:
            chosen.pop(display_id, None)
            return
        # as in textlint, options written for a preset's rule replace the preset's, not merge with them
        if value is True:
            options = dict(base_options or {})
        chosen[display_id] = RuleSetting(rule_id, display_id, {**options, **(pinned or {})}, severity or Severity.ERROR)

    top_level = _preset_rules_at_top_level(rules, config.warnings)
    for key, value in rules.items():
        if key in top_level.keys:
            continue
        name = preset_name(key)
        if name is not None:
            preset = presets()[name]
            if _js_falsy(value):  # textlint skips a preset set to false, null, 0 or ''
                for shown in [d for d in chosen if d.startswith(f"{preset.get('prefix')}/")]:
                    chosen.pop(shown)
                continue
            overrides = {**(value if isinstance(value, dict) else {}), **top_level.overrides.get(name, {})}
            prefix = preset.get("prefix")
            keys = preset.get("keys") or {}  # rule id -> its name in the preset, where they differ
            # options a preset's rule always runs with, whatever the preset's options say: what the
            # npm preset builds into its rule (a word list, the version of a rule it carries)
            pinned = preset.get("pinned") or {}
            for rule_id, base in preset["rules"].items():
                key = keys.get(rule_id, rule_id)
                shown = f"{prefix}/{key}" if prefix else key
                setting = overrides.get(key, overrides.get(rule_id))
                if setting is None:  # as textlint reads a preset's rule set to null: the preset's setting
                    setting = True
                if base is False and setting is True:
                    # as in textlint: true means the preset's own setting, and this rule's is off
                    if key in overrides or rule_id in overrides:
                        config.warnings.append(f"preset {name}: {key!r}: true keeps the preset's setting, "
                                               "which is off; write {} (or options) to switch it on")
                    setting = False
                enable(rule_id, shown, setting, base if isinstance(base, dict) else {}, pinned.get(rule_id))
            named = {*preset["rules"], *keys.values()}
            for key in overrides:
                if key not in named:
                    config.warnings.append(f"preset {name}: no rule {key!r} in this preset, so the setting is not "
                                           f"applied{_meant(key, named, prefix)}")
            continue
        if is_preset_key(key):
            if not _js_falsy(value):
                config.warnings.append(f"unknown preset {key!r} ignored")
            continue
        # reported under the key as written, as textlint does ("@textlint-rule/no-unmatched-pair",
        # "textlint-rule-max-ten"), and a disable comment names it so
        enable(key, key, value)
    config.rules = list(chosen.values())
    _validate(config)
    config.rules = _once_per_setting(config.rules)
    if not config.rules and path is not None:  # (textlint stops: "No rules found")
        config.warnings.append("no rule is on, so nothing is checked: enable rules or a preset in the config")
    return config


def _meant(key, names, prefix: str | None) -> str:
    """`` (did you mean '…'?)`` when ``key`` is one of a preset's rule ``names`` written another
    way: in other widths (``4.3.2.大かっこ[]`` for ``4.3.2.大かっこ［］``), with its package prefix
    (``textlint-rule-…``) or with the preset's (``ja-technical-writing/…``).

    >>> _meant("4.2.7.コロン(:)", {"4.2.7.コロン(：)"}, "jtf-style"), _meant("max", {"max-ten"}, None)
    (" (did you mean '4.2.7.コロン(：)'?)", '')
    """
    import unicodedata

    if not isinstance(key, str):
        return ""
    bare = key
    for lead in (f"{prefix}/" if prefix else None, "textlint-rule-"):
        if lead and bare.startswith(lead):
            bare = bare[len(lead):]
    folded = unicodedata.normalize("NFKC", bare)
    found = next((n for n in sorted(names) if unicodedata.normalize("NFKC", str(n)) == folded), None)
    return f" (did you mean {found!r}?)" if found is not None and found != key else ""


class _TopLevel:
    """Preset rules set at the top level of ``rules`` (see ``_preset_rules_at_top_level``)."""

    def __init__(self) -> None:
        self.keys: set[str] = set()  # the keys read so
        self.overrides: dict[str, dict] = {}  # preset name -> {rule key in the preset: setting}


def _preset_rules_at_top_level(rules: dict, warnings: list[str]) -> _TopLevel:
    """A preset's rule set beside the preset, under the name it is reported by:
    ``"ja-technical-writing/sentence-length": false`` next to ``"preset-ja-technical-writing":
    true``.  A widely copied template writes its overrides so; textlint 11 read them, textlint
    15 stops at them ("No rules found").  postlint applies each to the preset's rule, as
    written inside the preset (``"preset-ja-technical-writing": {"sentence-length": false}``),
    and says so.  Only for a preset the config enables; otherwise the key is an unknown rule.

    >>> found = _preset_rules_at_top_level({"preset-ja-technical-writing": True,
    ...                                     "ja-technical-writing/max-ten": {"max": 5}}, [])
    >>> found.overrides
    {'ja-technical-writing': {'max-ten': {'max': 5}}}
    """
    found = _TopLevel()
    named: dict[str, str] = {}  # preset name -> the first key that names it
    enabled = set()
    for key, value in rules.items():
        name = preset_name(key)
        if name is not None:
            named.setdefault(name, key)
            if not _js_falsy(value):
                enabled.add(name)
    prefixes = {presets()[name]["prefix"]: name for name in enabled if presets()[name].get("prefix")}
    for key, value in rules.items():
        prefix, _, rule = key.rpartition("/")
        name = prefixes.get(prefix)
        if name is None or not rule:
            continue
        found.keys.add(key)
        found.overrides.setdefault(name, {})[rule] = value
        preset_key = named[name]
        warnings.append(f"{key!r}: applied to the rule of {preset_key} (textlint 15 refuses this key and "
                        f"lints nothing); write it inside the preset: \"{preset_key}\": {{\"{rule}\": ...}}")
    return found


def _once_per_setting(rules: list[RuleSetting]) -> list[RuleSetting]:
    """``rules`` without a rule that runs again later with the same options and severity;
    the later one takes its display id as an alias (a disable comment naming either
    silences it).

    textlint runs such a rule once (two presets) or twice (a preset and on its own, then
    dropping each problem that a later one repeats: same range, severity and message, see
    ``engine._finish``); either way the problems are those of one run.

    >>> a, b = RuleSetting("max-ten", "ja-technical-writing/max-ten", {"max": 3}), RuleSetting("max-ten", "max-ten", {"max": 3})
    >>> [(r.display_id, r.aliases) for r in _once_per_setting([a, b])]
    [('max-ten', ('ja-technical-writing/max-ten',))]
    >>> [r.display_id for r in _once_per_setting([a, RuleSetting("max-ten", "max-ten", {"max": 2})])]
    ['ja-technical-writing/max-ten', 'max-ten']
    """
    kept: list[RuleSetting] = []
    for i, rule in enumerate(rules):
        later = next((r for r in rules[i + 1:]
                      if r.id == rule.id and r.options == rule.options and r.severity == rule.severity), None)
        if later is None:
            kept.append(rule)
        else:
            later.aliases = (*later.aliases, *rule.aliases, rule.display_id)
    return kept


def _validate(config: Config) -> None:
    from postlint.engine import load_rule
    from postlint.rule import RuleError, validate_options

    for setting in config.rules:
        try:
            setting.options = validate_options(load_rule(setting.id), setting.options, config.folder,
                                               config.warnings)
        except (OptionError, RuleError) as exc:
            raise ConfigError(str(exc)) from None  # (resolve puts the config file's name first)


def recommended() -> Config:
    config = resolve({"rules": {f"preset-{RECOMMENDED}": True}, "filters": {"comments": True}})
    return config


def load(path: str | os.PathLike | None = None, *, for_file: str | os.PathLike | None = None) -> Config:
    """The config from ``path``, else the one found above ``for_file``, else recommended."""
    if path is None and for_file is not None:
        path = find_config(for_file)
    if path is None:
        return recommended()
    raw = load_file(path)
    return resolve(raw, str(path))


def with_rules(config: Config, extra_rules: list[str], presets_: list[str] = ()) -> Config:
    """Add ``--rule ID`` / ``--preset NAME`` from the command line to a config."""
    raw = {"rules": dict(config.raw.get("rules") or {}) if config.path else {},
           "filters": config.raw.get("filters") or {"comments": config.comments_filter}}
    if config.raw.get("plugins"):
        raw["plugins"] = config.raw["plugins"]
    if not config.path:
        raw["rules"] = {}
        for r in config.rules:
            raw["rules"][r.id] = {**r.options, "severity": r.severity.label}
    for name in presets_:
        key = name if name.startswith(("preset-", "textlint-rule-preset-")) else f"preset-{name}"
        raw["rules"][key] = True
    for rule_id in extra_rules:
        raw["rules"][rule_id] = raw["rules"].get(rule_id) or True
    return resolve(raw, config.path)
