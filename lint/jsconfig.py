"""JavaScript configs (``.textlintrc.js``, ``.textlintrc.cjs``): run with Node.js, as textlint does.

textlint reads such a file by compiling it as a CommonJS module from its own folder (so
``require("@me/configs/textlint")`` finds the project's node_modules and ``process.env`` is the
shell's) and takes what it exports.  postlint asks the ``node`` on the PATH to do the same
and to hand back the exported object as JSON; a RegExp in it becomes its ``/source/flags``
string, which every option that takes a pattern reads.  Without Node.js, or when the file
throws, the caller gets a :class:`JavaScriptConfigError` that says what to do.

Such a config is code.  In a folder you do not trust, turn running it off: the environment
variable ``POSTLINT_JS_CONFIG=off`` (every entry point: the command, ``postlint lsp``,
``--mcp``), the command's ``--no-js-config``, or the language server's ``javascriptConfig:
false`` setting.  A JavaScript config found then is an error naming it, and runs nothing.

>>> looks_like_javascript("module.exports = {rules: {}};")
True
>>> looks_like_javascript('{"rules": {}}')
False
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import tempfile

JAVASCRIPT_SUFFIXES = (".js", ".cjs")
TIMEOUT_SECONDS = 60

# Node's side: compile the file as require-from-string does (CommonJS whatever the package's
# "type", module paths from the file's folder), then write its exports as JSON to argv[2].
_EVALUATE = r"""
const Module = require("module"), path = require("path"), fs = require("fs");
const [file, out] = process.argv.slice(1);
const m = new Module(file, null);
m.filename = file;
m.paths = Module._nodeModulePaths(path.dirname(file));
m._compile(fs.readFileSync(file, "utf8"), file);
const json = JSON.stringify(m.exports, (key, value) => value instanceof RegExp ? String(value) : value);
fs.writeFileSync(out, json === undefined ? "null" : json);
"""

_JAVASCRIPT_MARKS = re.compile(r"\bmodule\.exports\b|\bexports\.\w+\s*=|\brequire\s*\(")


ENV = "POSTLINT_JS_CONFIG"
_OFF_VALUES = ("0", "off", "false", "no", "never")

# set_allowed's value: the --no-js-config flag or the language server's setting, which
# take precedence over the environment (None: the environment decides)
_allowed_here: bool | None = None


class JavaScriptConfigError(Exception):
    """A JavaScript config that could not be run; the message names the file and the fix."""


def set_allowed(value: bool | None) -> None:
    """Allow (True) or forbid (False) running JavaScript configs in this process, over the
    environment; None hands the choice back to ``POSTLINT_JS_CONFIG``."""
    global _allowed_here
    _allowed_here = value


def allowed() -> bool:
    """Whether a JavaScript config may run: yes, as in textlint, unless turned off.

    >>> import os; os.environ.pop(ENV, None) and None; allowed()
    True
    >>> os.environ[ENV] = "off"; allowed()
    False
    >>> set_allowed(True); allowed()
    True
    >>> set_allowed(None); del os.environ[ENV]
    """
    if _allowed_here is not None:
        return _allowed_here
    return os.environ.get(ENV, "").strip().lower() not in _OFF_VALUES


def looks_like_javascript(text: str) -> bool:
    """Whether a config without a telling name (``.textlintrc``) is JavaScript, which
    textlint tries after JSON and YAML."""
    return bool(_JAVASCRIPT_MARKS.search(text))


def evaluate(path: str | os.PathLike):
    """What the JavaScript config at ``path`` exports, as JSON-shaped Python data."""
    path = os.path.abspath(path)
    if not allowed():
        why = "--no-js-config or the editor's javascriptConfig setting" if _allowed_here is False \
            else f"{ENV}={os.environ.get(ENV)}"
        raise JavaScriptConfigError(
            f"{path}: a JavaScript config, not run: running them is turned off ({why}); lint with "
            "--config naming a JSON or YAML config, or with --no-textlintrc")
    node = shutil.which("node")
    if node is None:
        raise JavaScriptConfigError(
            f"{path}: a JavaScript config needs Node.js to be read, as in textlint, and `node` is not "
            "on the PATH; install Node.js, or write the config as .textlintrc.json or .postlintrc.yml")
    handle, out = tempfile.mkstemp(prefix="postlint-config-", suffix=".json")
    os.close(handle)
    try:
        try:
            run = subprocess.run([node, "-e", _EVALUATE, path, out], stdin=subprocess.DEVNULL,
                                 capture_output=True, text=True, timeout=TIMEOUT_SECONDS)
        except subprocess.TimeoutExpired:
            raise JavaScriptConfigError(f"{path}: Node.js did not finish running the config in "
                                        f"{TIMEOUT_SECONDS} s") from None
        if run.returncode != 0:
            raise JavaScriptConfigError(f"{path}: Node.js could not run the config: {_first_error(run.stderr)}")
        with open(out, encoding="utf-8") as written:
            return json.load(written)
    finally:
        os.unlink(out)


def _first_error(stderr: str) -> str:
    """The line of Node's report that says what went wrong (``SyntaxError: …``, ``Error: Cannot
    find module …``), else its last line.

    >>> _first_error("/x/.textlintrc.js:2\\n  rules: {\\n\\nSyntaxError: Unexpected token '}'\\n    at …")
    "SyntaxError: Unexpected token '}'"
    """
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    for line in lines:
        if re.match(r"(\w*Error|Error \[\w+\]):", line):
            return line
    return lines[-1] if lines else "it exited with an error"
