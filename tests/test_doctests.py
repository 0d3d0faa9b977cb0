"""The examples in the engine's docstrings are true."""

import doctest
import importlib
import pkgutil

import pytest

import postlint

MODULES = sorted(m.name for m in pkgutil.walk_packages(postlint.__path__, "postlint.")
                 if not m.name.startswith(("postlint.rules", "postlint.lsp", "postlint.__main__")))


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
