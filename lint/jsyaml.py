"""YAML as js-yaml reads it: the reader of textlint's configs, prh dictionaries and allowlists.

js-yaml reads YAML 1.2, PyYAML YAML 1.1.  Two differences show in real files:

- the core schema's booleans are ``true`` and ``false`` only: ``yes``, ``no``, ``on`` and
  ``off`` are strings (:class:`Loader` reads them so);
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

__all__ = ["Loader", "load"]


class Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """PyYAML's safe loader with YAML 1.2's booleans, on libyaml's parser where PyYAML has it
    (the pure Python one took most of a one-file run's start-up, reading the shipped
    dictionaries)."""


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
