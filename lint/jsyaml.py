"""YAML as js-yaml reads it: the reader of textlint's configs, prh dictionaries and allowlists.

js-yaml reads YAML 1.2, PyYAML YAML 1.1.  Two differences show in real files:

- the core schema's booleans are ``true`` and ``false`` only: ``yes``, ``no``, ``on`` and
  ``off`` are strings (:class:`Loader` reads them so);
- a key written twice in one mapping is an error ("duplicated mapping key"), where PyYAML
  keeps the last value silently (:meth:`Loader.construct_mapping`): a config with two
  ``rules:`` blocks would lose the first;
- in a flow collection a plain scalar may hold ``?``: ``[mac ?os, macOS]``, a regular
  expression and its replacement in a terminology list, which PyYAML's scanner refuses.  A text
  PyYAML cannot read is read again by ruamel.yaml in YAML 1.2 mode (pure Python, imported only
  then); when that fails too, PyYAML's error stands, which names the line.

>>> load("a: yes\\nb: [colou?r, color]\\n")
{'a': 'yes', 'b': ['colou?r', 'color']}
"""

from __future__ import annotations

import re

import yaml

__all__ = ["Loader", "load", "where_and_why"]


class Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """PyYAML's safe loader with YAML 1.2's booleans, on libyaml's parser where PyYAML has it
    (the pure Python one took most of a one-file run's start-up, reading the shipped
    dictionaries)."""

    def construct_mapping(self, node, deep=False):
        """A mapping, refused when a key stands in it twice, as js-yaml refuses it; a key
        merged in with ``<<`` may be written again (it is overridden, as there).

        >>> load("a: 1\\nb: 2\\na: 3\\n")
        Traceback (most recent call last):
          ...
        yaml.constructor.ConstructorError: while constructing a mapping
        ...
        duplicated mapping key 'a' (first on line 1)
          in "<unicode string>", line 3, column 1
        """
        if isinstance(node, yaml.MappingNode):
            first_line = {}
            for key_node, _value in node.value:
                if key_node.tag == "tag:yaml.org,2002:merge":
                    continue
                key = self.construct_object(key_node, deep=True)
                name = js_key(key)
                try:
                    line = first_line.get(name)
                except TypeError:  # an unhashable key: construct_mapping's own error
                    break
                if line is not None:
                    raise yaml.constructor.ConstructorError(
                        "while constructing a mapping", node.start_mark,
                        f"duplicated mapping key {key!r} (first on line {line + 1})",
                        key_node.start_mark)
                first_line[name] = key_node.start_mark.line
        return super().construct_mapping(node, deep=deep)


def js_key(key):
    """A mapping key as a JavaScript object holds it, a string: js-yaml's ``1:`` and ``"1":``
    are one key, ``1:`` and ``true:`` two (an unhashable key comes back as it is).

    >>> [js_key(k) for k in (1, 1.0, 1.5, True, None, "a")]
    ['1', '1', '1.5', 'true', 'null', 'a']
    """
    if isinstance(key, str):
        return key
    if key is None or isinstance(key, bool):
        return "null" if key is None else "true" if key else "false"
    if isinstance(key, float) and key.is_integer():
        return str(int(key))
    if isinstance(key, (int, float)):
        return str(key)
    return key


Loader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))


def load(text: str):
    """The data of a YAML text, as js-yaml reads it.  Raises ``yaml.YAMLError`` (PyYAML's,
    with its ``problem_mark``) when neither reader can read it."""
    try:
        return yaml.load(text, Loader=Loader)
    except yaml.YAMLError as first:
        from ruamel.yaml import YAML
        from ruamel.yaml.error import YAMLError as RuamelError

        try:
            return YAML(typ="safe", pure=True).load(text)
        except RuamelError:
            raise first from None


def where_and_why(exc: yaml.YAMLError) -> tuple[str, str]:
    """``(":line:column", problem)`` of a YAML error, for a message that names the file
    first (``("", message)`` when the error has no place).

    >>> try:
    ...     load("a: 1\\na: 2\\n")
    ... except yaml.YAMLError as exc:
    ...     where_and_why(exc)
    (':2:1', "duplicated mapping key 'a' (first on line 1)")
    """
    mark = getattr(exc, "problem_mark", None)
    if mark is None:
        return "", str(exc)
    return f":{mark.line + 1}:{mark.column + 1}", getattr(exc, "problem", None) or str(exc)
