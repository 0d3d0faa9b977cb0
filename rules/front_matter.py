"""Front matter schema: required keys, value types, empty values, real dates.

A blog generator (Jekyll, Hugo, Hexo, ...) builds the page from the front
matter, so a missing title, a date that does not exist or a tag list written
as a number breaks the site quietly.  Reported:

* no front matter at all (line 1) or a required key that is missing (at the
  opening ``---``): a key is found in any case (``Title``: Hatena Blog's blogsync,
  Hugo), and ``date`` also as other generators name it (``pubDate``, ``pubDatetime``,
  ``publishDate``, ``publishedAt``, ``published_at``, a ``published`` date, Qiita CLI's
  ``updated_at``, ``createdAt``, ``created_at``, ``created``) or in a file name that starts
  with one (Jekyll's ``_posts/2025-11-10-title.md``);
* a required key whose value is empty (null, ``""``, ``[]``, ``{}``) unless
  ``allowEmpty`` (an empty optional key, like Hexo's bare ``tags:``, is fine);
* a value of the wrong type (``types``; see below);
* a date that is not a real calendar date or time (``2025-02-30``), quoted
  or not; ``"2025-11-10"``, ``"2025-11-10 04:41:42 +0000"`` and Hexo's
  ``2025/11/10 04:41:42`` are dates;
* a date that differs from the date in a ``YYYY-MM-DD-*.md`` file name
  (``dateMatchesFileName``);
* YAML/TOML/JSON syntax errors, a block that is never closed, and front matter
  that is not a mapping (a list or a bare scalar);
* a key given twice (YAML keeps the last value; stricter parsers refuse the file).

Options:

* ``required`` (list, default ``["title"]``);
* ``types`` (key -> kind or list of kinds; kinds: ``string``, ``list``,
  ``mapping``, ``date``, ``integer``, ``boolean``, ``duration`` (a number of minutes as a
  string: ``"5 min"``, ``"5分"``, ``"約5分"``)).  Merged over the built-in
  types: title/excerpt/layout string, author string, mapping or list, date date, tags/categories list
  or string, reading_time integer or duration;
* ``values`` (key -> the values it may take: Zenn's ``type: [tech, idea]``; for a list,
  each item);
* ``maxItems`` (key -> how many items its list may hold: Zenn's ``topics: 5``);
* ``fileNames`` (folder name -> a regular expression the names of the files in it must match:
  Zenn's slugs ``articles: "^[a-z0-9_-]{12,50}\\.md$"``, Jekyll's dated posts
  ``_posts: "^\\d{4}-\\d{2}-\\d{2}-"``; reported on line 1, as a file the generator skips or refuses);
* ``allowEmpty`` (default false);
* ``dateMatchesFileName`` (default true).

Examples::

    OK:  ---\\ntitle: 題\\ndate: 2025-11-10\\n---
    NG:  ---\\ntitle: ""\\ndate: 2025-02-30\\n---
"""

from __future__ import annotations

import datetime as _dt
import os
import re

import yaml

from postlint.rules._editorial import front_key

ID = "front-matter"
NODES = ("Document",)
OPTIONS = {"required": list, "types": dict, "values": dict, "maxItems": dict, "fileNames": dict, "allowEmpty": bool,
           "dateMatchesFileName": bool}
DEFAULTS = {"required": ["title"], "types": {}, "values": {}, "maxItems": {}, "fileNames": {}, "allowEmpty": False,
            "dateMatchesFileName": True}
FIXABLE = False

BUILTIN_TYPES = {
    "title": "string",
    # {name: …, twitter: …}: jekyll-seo-tag's, WordPress exports; ["A", "B"]: Hugo themes (PaperMod)
    "author": ["string", "mapping", "list"],
    "excerpt": "string",
    "layout": "string",
    "date": "date",
    "tags": ["list", "string"],
    "categories": ["list", "string"],
    "reading_time": ["integer", "duration"],
}
KINDS = ("string", "list", "mapping", "date", "integer", "boolean", "duration")
_ALIASES = {"str": "string", "text": "string", "array": "list", "sequence": "list", "int": "integer",
            "number": "integer", "bool": "boolean", "datetime": "date", "timestamp": "date"}
_KIND_WORDS = {"string": "a string", "list": "a list", "mapping": "a mapping (key: value lines)",
               "date": "a date (YYYY-MM-DD)",
               "integer": "a whole number", "boolean": "true or false",
               "duration": 'a number of minutes ("5 min", "5分")'}

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_DATE_START = re.compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})")
_DATE = re.compile(
    r"\s*(\d{4})-(\d{1,2})-(\d{1,2})"
    r"(?:(?:[Tt]|[ \t]+)(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.\d+)?)?"
    r"(?:[ \t]*(?:Z|z|[A-Z]{3,4}|[+-](\d{1,2})(?::?(\d{2}))?))?)?\s*\Z"
)
# Hexo (moment, then JavaScript's Date) and Jekyll (Ruby's Time.parse) also read 2017/03/21
_SLASHED_DATE = re.compile(r"^(\s*\d{4})/(\d{1,2})/(\d{1,2})(?![\d/])")
_FILE_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})-")
_DURATION = re.compile(r"\s*(?:約|およそ|about\s+|~\s*)?\d+(?:\.\d+)?\s*(?:分|min|mins|minutes?|m)?\s*(?:で読めます)?\s*\Z",
                       re.I)


def check(node, opts, ctx):
    path = ctx.path or ctx.source.path
    if opts["fileNames"]:
        problem = _file_name_problem(path, opts["fileNames"])
        if problem:
            yield ctx.report(0, _line_end(ctx.text, 0), problem)
    yaml_node = ctx.yaml_node
    required = [str(k) for k in opts["required"]]
    if yaml_node is None:
        if required:
            yield ctx.report(0, _line_end(ctx.text, 0),
                             "front matter is missing: start the file with a '---' block holding "
                             + ", ".join(required) + _undelimited(ctx.text))
        return
    data = yaml_node.data
    if data.get("error"):
        message, offset = data["error"]
        offset = _error_offset(ctx.text, data, offset)
        yield ctx.report(offset, offset, message)
        return
    value = data.get("value")
    opener = (yaml_node.start, min(yaml_node.start + 3, _line_end(ctx.text, yaml_node.start)))  # ---, +++, ;;; or {
    if value is None:
        value = {}
    if not isinstance(value, dict):
        start = data.get("content_start", 0)
        yield ctx.report(start, _line_end(ctx.text, start),
                         f"front matter must be a mapping of 'key: value' lines, not {_describe(value)}")
        return

    types, bad = _merged_types(opts["types"])
    for key, kind in bad:
        yield ctx.report(*opener, f"front-matter option types.{key}: unknown kind {kind!r} "
                                  f"(use {', '.join(KINDS)})")
    max_items, values = {}, {}  # the settings that can be applied; the others are reported, not applied
    for key, most in opts["maxItems"].items():
        if not isinstance(most, int) or isinstance(most, bool) or most < 0:
            yield ctx.report(*opener, f"front-matter option maxItems.{key}: {most!r} is not a number of items")
        else:
            max_items[key] = most
    for key, allowed in opts["values"].items():
        if not isinstance(allowed, list):
            yield ctx.report(*opener, f"front-matter option values.{key}: give a list of values, not {allowed!r}")
        else:
            values[key] = allowed
    for key, (start, end) in data.get("duplicates", ()):
        first = ctx.source.position(data["keys"][key][0])[0]
        yield ctx.report(start, end, f"front matter gives '{key}' again (first on line {first}): "
                                     f"{data.get('format', 'yaml').upper()} keeps this last value and stricter "
                                     "parsers refuse the file; keep one")
    present = {str(k): v for k, v in value.items()}
    gives = _keys_giving(required, present)
    for key in required:
        if key in gives.values():
            continue
        if key.lower() == "date":
            if _file_name_date(path) is None:
                yield ctx.report(*opener, f"front matter lacks the required key '{key}' (a date under another "
                                          f"generator's name, such as pubDate or publishDate, or a file name "
                                          f"that starts with YYYY-MM-DD- would do too)")
            continue
        yield ctx.report(*opener, f"front matter lacks the required key '{key}'")

    spans = _value_spans(ctx.text, data)
    keys = data.get("keys", {})
    for key, val in present.items():
        as_key = gives.get(key, key)  # the required key it stands for (Title for title)
        checked = as_key in types or as_key in required or as_key in values or as_key in max_items
        if not checked:
            continue
        where = spans.get(key) or keys.get(key) or opener
        raw = where[2] if len(where) > 2 else None
        start, end = where[0], where[1]
        if _is_empty(val):
            if as_key in required and not opts["allowEmpty"]:
                yield ctx.report(start, end, f"front matter key '{key}' is empty: give it a value or remove it")
            continue
        problem = _value_problem(key, val, values.get(as_key), max_items.get(as_key))
        if problem:
            yield ctx.report(start, end, problem)
            continue
        kinds = types.get(as_key)
        if not kinds:
            continue
        problem = _type_problem(key, val, raw, kinds)
        if problem:
            yield ctx.report(start, end, problem)
            continue
        if "date" in kinds and opts["dateMatchesFileName"]:
            mismatch = _file_date_problem(key, val, raw, path)
            if mismatch:
                yield ctx.report(start, end, mismatch)


# the first line of front matter written without its opening line: title=…, title: …
_TOML_LINE = re.compile(r"\A\ufeff?[A-Za-z_][\w-]*[ \t]*=[ \t]*\S")
_YAML_LINE = re.compile(r"\A\ufeff?[A-Za-z_][\w-]*:[ \t]+\S")


def _undelimited(text: str) -> str:
    """What to add to "front matter is missing" when the file starts with a line of front matter
    whose opening line is missing: the generator shows such lines as text.

    >>> _undelimited("title=最初の記事\\nslug=first\\n本文")
    " (the first line, 'title=最初の記事', looks like TOML front matter without its '+++' lines)"
    >>> _undelimited("本文です。\\n")
    ''
    """
    line = text[:_line_end(text, 0)].lstrip("\ufeff")
    kind = "TOML" if _TOML_LINE.match(line) else "YAML" if _YAML_LINE.match(line) else None
    if kind is None:
        return ""
    shown = line if len(line) <= 40 else line[:39] + "…"
    fence = "+++" if kind == "TOML" else "---"
    return f" (the first line, {shown!r}, looks like {kind} front matter without its '{fence}' lines)"


# -- which key gives a required one ---------------------------------------------------

# what other generators call the date (Astro's blog template and AstroPaper, Hugo, Nuxt Content
# and others, Eleventy's and Gatsby's starters, Qiita CLI's one date, Next.js blogs' createdAt):
# it gives a required "date" when its value is a date
_DATE_NAMES = ("pubDate", "pubDatetime", "publishDate", "publishedAt", "published_at", "published", "updated_at",
               "createdAt", "created_at", "created")


def _keys_giving(required: list[str], present: dict) -> dict[str, str]:
    """key of the front matter -> the required key it gives: that key, or the key written in
    another case (Hugo reads keys so; Hatena Blog's blogsync writes ``Title`` and ``Date``),
    and for ``date`` the names other generators give the date, when it holds one
    (``published: false`` is Jekyll's switch, not a date).

    >>> _keys_giving(["title", "date"], {"Title": "題", "pubDate": "2024-05-01", "tags": []})
    {'Title': 'title', 'pubDate': 'date'}
    >>> _keys_giving(["date"], {"published": False})
    {}
    """
    out = {}
    for key in required:
        found = front_key(present, key)
        if found is None and key.lower() == "date":
            named = (front_key(present, name) for name in _DATE_NAMES)
            found = next((name for name in named if name is not None and _holds_date(present[name])), None)
        if found is not None:
            out[found] = key
    return out


def _holds_date(val) -> bool:
    return isinstance(val, (_dt.date, _dt.datetime)) or (isinstance(val, str) and bool(_DATE_START.match(_dashed(val))))


def _file_name_problem(path: str | None, patterns: dict) -> str | None:
    """What is wrong with the name of a file in a folder that ``patterns`` (folder name ->
    regular expression the file names there must match) names, or None.

    >>> _file_name_problem("articles/intro.md", {"articles": "^[a-z0-9_-]{12,50}[.]md$"})
    "file name 'intro.md' does not fit articles/ (^[a-z0-9_-]{12,50}[.]md$, fileNames): the site's generator may skip or refuse it"
    >>> _file_name_problem("_posts/2025-01-15-intro.md", {"_posts": r"^\\d{4}-\\d{2}-\\d{2}-"}) is None
    True
    """
    if not path:
        return None
    parts = path.replace("\\", "/").split("/")
    name, folders = parts[-1], parts[:-1]
    for folder, pattern in patterns.items():
        if str(folder).strip("/") not in folders:
            continue
        try:
            fits = re.search(str(pattern), name) is not None
        except re.error as error:
            return f"front-matter option fileNames.{folder}: {pattern!r} is no regular expression ({error})"
        if not fits:
            return (f"file name '{name}' does not fit {str(folder).strip('/')}/ ({pattern}, fileNames): "
                    "the site's generator may skip or refuse it")
    return None


def _file_name_date(path: str | None) -> tuple[int, int, int] | None:
    """The real date a post's file name starts with (Jekyll's ``_posts/2025-11-10-title.md``,
    Hexo's and Docusaurus's too; for ``index.md``, its folder's name), which generators take
    as the post's date, or None.

    >>> _file_name_date("_posts/2025-11-10-korea.md"), _file_name_date("blog/2024-02-30-x/index.md")
    ((2025, 11, 10), None)
    """
    name = os.path.basename(path or "")
    if name.lower() in ("index.md", "index.mdx", "index.markdown", "readme.md"):
        name = os.path.basename(os.path.dirname(path))
    m = _FILE_DATE.match(name)
    if not m:
        return None
    date = tuple(int(g) for g in m.groups())
    try:
        _dt.date(*date)
    except ValueError:
        return None
    return date


# -- types -----------------------------------------------------------------------

def _merged_types(user: dict):
    merged = dict(BUILTIN_TYPES)
    merged.update({str(k): v for k, v in (user or {}).items()})
    out, bad = {}, []
    for key, kinds in merged.items():
        if kinds is None:
            continue
        kinds = kinds if isinstance(kinds, list) else [kinds]
        names = []
        for kind in kinds:
            name = _ALIASES.get(str(kind).lower(), str(kind).lower())
            if name in KINDS:
                names.append(name)
            elif name != "any":
                bad.append((key, kind))
        if names and "any" not in [str(k).lower() for k in kinds]:
            out[key] = names
    return out, bad


def _value_problem(key: str, val, allowed, most) -> str | None:
    """What is wrong with ``val`` against the values ``allowed`` (each item of a list) and
    the number of items ``most`` (None: no limit), or None.

    >>> _value_problem("type", "blog", ["tech", "idea"], None)
    "front matter key 'type' is 'blog': use one of 'tech', 'idea'"
    >>> _value_problem("topics", ["a", "b", "c"], None, 2)
    "front matter key 'topics' has 3 items: at most 2"
    >>> _value_problem("type", "tech", ["tech", "idea"], None) is None
    True
    """
    if most is not None and isinstance(val, list) and len(val) > most:
        return f"front matter key '{key}' has {len(val)} items: at most {most}"
    if allowed:
        for item in val if isinstance(val, list) else [val]:
            if not any(item == a or str(item) == str(a) for a in allowed):
                return (f"front matter key '{key}' {'holds' if isinstance(val, list) else 'is'} {item!r}: "
                        f"use one of {', '.join(repr(a) for a in allowed)}")
    return None


def _type_problem(key: str, val, raw: str | None, kinds: list[str]) -> str | None:
    date_error = None
    for kind in kinds:
        ok, error = _fits(kind, val, raw)
        if ok:
            return None
        date_error = date_error or error
    if date_error:
        return f"front matter key '{key}' {date_error}"
    wanted = " or ".join(_KIND_WORDS[k] for k in kinds)
    return f"front matter key '{key}' should be {wanted}, not {_describe(val)}"


def _fits(kind: str, val, raw: str | None):
    if kind == "string":
        return isinstance(val, str), None
    if kind == "list":
        return isinstance(val, list), None
    if kind == "mapping":
        return isinstance(val, dict), None
    if kind == "integer":
        return isinstance(val, int) and not isinstance(val, bool), None
    if kind == "boolean":
        return isinstance(val, bool), None
    if kind == "duration":
        return isinstance(val, str) and bool(_DURATION.match(val)), None
    if kind == "date":
        if isinstance(val, (_dt.date, _dt.datetime)) and raw is None:
            return True, None
        text = raw if raw is not None else val
        if not isinstance(text, str):
            return False, None
        if not _DATE_START.match(_dashed(text)):
            return False, None
        error = _date_error(text)
        return error is None, error
    return False, None


def _dashed(text: str) -> str:
    """``text`` with a date written with slashes written with dashes.

    >>> _dashed("2017/03/21 12:00:00"), _dashed("2017/03/21/04")
    ('2017-03-21 12:00:00', '2017/03/21/04')
    """
    return _SLASHED_DATE.sub(r"\1-\2-\3", text, count=1) if "/" in text else text


def _date_error(text: str) -> str | None:
    """None for a real date/time, else why not (for text starting YYYY-M-D or YYYY/M/D)."""
    m = _DATE.match(_dashed(text))
    if not m:
        return f"is not a date this generator can read: {text.strip()!r} (write YYYY-MM-DD or YYYY-MM-DD HH:MM:SS +0900)"
    y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    try:
        _dt.date(y, mo, d)
    except ValueError:
        return f"is not a real calendar date: {text.strip()} (no day {d} in month {mo} of {y})" \
            if 1 <= mo <= 12 else f"is not a real calendar date: {text.strip()} (no month {mo})"
    if m.group(4) is not None:
        h, mi, s = int(m.group(4)), int(m.group(5)), int(m.group(6) or 0)
        if h > 23 or mi > 59 or s > 60:
            return f"has an impossible time of day: {text.strip()}"
    if m.group(7) is not None and (int(m.group(7)) > 14 or int(m.group(8) or 0) > 59):
        return f"has an impossible time zone offset: {text.strip()}"
    return None


def _date_parts(val, raw):
    text = raw if raw is not None else val
    if isinstance(text, str):
        m = _DATE_START.match(_dashed(text))
        return tuple(int(g) for g in m.groups()) if m else None
    if isinstance(val, (_dt.date, _dt.datetime)):
        return val.year, val.month, val.day
    return None


def _file_date_problem(key: str, val, raw, path: str) -> str | None:
    file_date = _file_name_date(path)
    if file_date is None:
        return None
    got = _date_parts(val, raw)
    if got is None or got == file_date:
        return None
    shown = "%04d-%02d-%02d"
    return (f"front matter key '{key}' says {shown % got} but the file name says {shown % file_date}: "
            "make them agree (the generator may use either)")


def _is_empty(val) -> bool:
    if val is None:
        return True
    if isinstance(val, str):
        return not val.strip()
    if isinstance(val, (list, dict)):
        return not val
    return False


def _describe(val) -> str:
    if val is None:
        return "empty"
    if isinstance(val, bool):
        return f"a boolean ({str(val).lower()})"
    if isinstance(val, int):
        return f"a number ({val})"
    if isinstance(val, float):
        return f"a decimal number ({val})"
    if isinstance(val, str):
        shown = val if len(val) <= 30 else val[:29] + "…"
        return f"a string ({shown!r})"
    if isinstance(val, list):
        return "a list"
    if isinstance(val, dict):
        return "a mapping"
    if isinstance(val, (_dt.date, _dt.datetime)):
        return f"a date ({val.isoformat()})"
    return f"a {type(val).__name__}"


# -- where values are ------------------------------------------------------------

def _error_offset(text: str, data: dict, offset: int) -> int:
    """Where to show a syntax error: YAML puts "unexpected end" errors on the
    closing ``---``; show them at the end of the last line of YAML instead."""
    offset = max(0, min(offset, len(text)))
    start, end = data.get("content_start", 0), data.get("content_end", 0)
    if data.get("closed") and start < end <= offset:
        return start + len(text[start:end].rstrip())
    return offset


def _line_end(text: str, offset: int) -> int:
    m = re.compile(r"\r\n|\r|\n").search(text, offset)
    return m.start() if m else len(text)


def _value_spans(text: str, data: dict) -> dict:
    """key -> (start, end, raw scalar text or None) of each top-level value."""
    start, end = data.get("content_start", 0), data.get("content_end", 0)
    keys = data.get("keys", {})
    spans: dict = {}
    if data.get("format") == "json":
        return {key: (v0, v1, None) for key, (v0, v1) in data.get("value_spans", {}).items()}
    if data.get("format") == "toml":
        for key, (k0, k1) in keys.items():
            m = re.compile(r"\s*=\s*").match(text, k1)
            if m:
                spans[key] = (m.end(), _line_end(text, m.end()), None)
        return spans
    try:
        root = yaml.compose(text[start:end], Loader=_Loader)
    except Exception:  # the engine already parsed it; be safe anyway
        return spans
    if not isinstance(root, yaml.MappingNode):
        return spans
    for key_node, value_node in root.value:
        if not isinstance(key_node, yaml.ScalarNode) or key_node.value in spans:
            continue
        k0, k1 = keys.get(key_node.value, (start + key_node.start_mark.index, start + key_node.end_mark.index))
        v0, v1 = start + value_node.start_mark.index, start + value_node.end_mark.index
        v1 = v0 + len(text[v0:v1].rstrip())
        if v0 < k1 or v1 <= v0:  # an alias (points at its anchor) or nothing written
            v0, v1 = k0, k1
        raw = value_node.value if isinstance(value_node, yaml.ScalarNode) and \
            value_node.tag.endswith((":str", ":timestamp")) else None
        spans[key_node.value] = (v0, v1, raw)
    return spans
