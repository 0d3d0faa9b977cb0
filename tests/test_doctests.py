"""The examples in the engine's and the rules' docstrings are true."""

import doctest
import importlib
import pkgutil

import pytest

import postlint
import postlint.rules

MODULES = sorted(m.name for m in pkgutil.walk_packages(postlint.__path__, "postlint.")
                 if not m.name.startswith(("postlint.rules", "postlint.__main__")))
MODULES += sorted(m.name for m in pkgutil.walk_packages(postlint.rules.__path__, "postlint.rules."))


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
