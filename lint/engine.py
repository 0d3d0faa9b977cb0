"""Run rules over a file: parse once, visit the node types each rule asks for,
then filter (directives), dedup, sort.

Rules are found by walking ``postlint.rules`` (module name = id with ``-`` as
``_``) and the ``postlint.rules`` entry-point group for third-party packages
(entry point name = rule id, value = module).

>>> from postlint.config import resolve
>>> problems = lint_text("# 題\\n\\n同じ文です。同じ文です。\\n",
...                      resolve({"rules": {"no-duplicate-sentence": {"minLength": 3}}}))
>>> [(p.rule_id, p.line, p.column) for p in problems]
[('no-duplicate-sentence', 3, 6)]
"""

from __future__ import annotations

import functools
import gc
import importlib
import os
import re
import sys
import types
import weakref

from postlint.config import TEXT_SUFFIXES, Config
from postlint.nodes import BLOCK_TYPES, MAX_NESTING, Node
from postlint.rule import Context, Problem, RuleError, Severity
from postlint.source import Source, SourceError
from postlint.timing import FILTERS, PARSING, STARTUP, stopwatch

ENTRY_POINT_GROUP = "postlint.rules"
PARSE_RULE = "parse"


def _module_name(rule_id: str) -> str:
    return rule_id.replace("-", "_").replace("/", "__")


@functools.lru_cache(maxsize=1)
def _builtin_ids() -> tuple[str, ...]:
    import postlint.rules as pkg

    # the rule modules' files (pkgutil.iter_modules would say the same, but importing it
    # costs more than listing a folder)
    names = [name[:-3] for folder in pkg.__path__ for name in os.listdir(folder)
             if name.endswith(".py") and not name.startswith("_")]
    return tuple(sorted(n.replace("__", "/").replace("_", "-") for n in names))


@functools.lru_cache(maxsize=1)
def _plugin_entry_points() -> dict:
    from importlib.metadata import entry_points  # slow to import: only when plugins are asked for

    return {ep.name: ep for ep in entry_points(group=ENTRY_POINT_GROUP)}


# The folders of rule files that --rulesdir names, os.pathsep between them: an environment
# variable, so that worker processes know them however they start.
RULESDIR_ENV = "POSTLINT_RULESDIR"


def rulesdir_rules() -> dict[str, str]:
    """Rule id -> file, for the rules of the ``--rulesdir`` folders: each ``*.py`` file in
    them is a rule module whose id is the file's name, as in textlint, except ``_*.py``,
    modules the rules may import (``from _common import ...``)."""
    return _rule_files(os.environ.get(RULESDIR_ENV, ""))


def use_rulesdir(folders: list[str]) -> list[str]:
    """Take the rules of ``folders`` (``--rulesdir``) in this process and the workers it
    starts; the warnings to show.  Raises ValueError for a folder that is none, or a rule
    file named after a built-in rule."""
    for folder in folders:
        if not os.path.isdir(folder):
            raise ValueError(f"--rulesdir {folder}: no such folder")
    os.environ[RULESDIR_ENV] = os.pathsep.join(os.path.abspath(f) for f in folders)
    clashes = [path for rule_id, path in rulesdir_rules().items() if rule_id in _builtin_ids()]
    if clashes:
        raise ValueError(f"--rulesdir: {', '.join(clashes)} would replace a built-in rule of that name: rename it")
    return [] if rulesdir_rules() else [f"--rulesdir {', '.join(folders)}: no rule files (*.py) there"]


def rulesdir_modules() -> list[str]:
    """Every module file of the ``--rulesdir`` folders, the rules' helpers (``_*.py``)
    included: what a cached result of their rules depends on."""
    return [os.path.join(folder, name) for folder, name in _modules_in(os.environ.get(RULESDIR_ENV, ""))]


def _modules_in(folders: str) -> list[tuple[str, str]]:
    """(folder, file name) of each ``*.py`` file of ``folders`` (os.pathsep between them)."""
    return [(folder, name) for folder in filter(None, folders.split(os.pathsep))
            for name in sorted(os.listdir(folder)) if name.endswith(".py")]


@functools.lru_cache(maxsize=8)
def _rule_files(folders: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for folder, name in _modules_in(folders):
        if not name.startswith(("_", ".")):
            found.setdefault(name[:-3], os.path.join(folder, name))
    return found


def _load_rule_file(rule_id: str, path: str) -> types.ModuleType:
    import importlib.util

    folder = os.path.dirname(path)
    if folder not in sys.path:
        sys.path.append(folder)  # so that a rule can import the folder's helper modules (_*.py)
    spec = importlib.util.spec_from_file_location(f"postlint_rulesdir.{_module_name(rule_id)}", path)
    module = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(module)
    except Exception as exc:
        raise RuleError(f"cannot load the rule file {path}: {type(exc).__name__}: {exc}") from None
    if getattr(module, "ID", rule_id) != rule_id:
        raise RuleError(f"the rule file {path} says ID = {module.ID!r}: a rule's id is its file's name")
    sys.modules[spec.name] = module
    return module


def rule_ids() -> list[str]:
    """Every rule id postlint knows: built-in, from installed plugins and from --rulesdir."""
    return sorted(set(_builtin_ids()) | set(_plugin_entry_points()) | set(rulesdir_rules()))


def is_rule(rule_id: str) -> bool:
    """Whether ``rule_id`` is a rule (built-in, else from --rulesdir or a plugin):
    ``rule_id in rule_ids()`` without reading the installed packages' metadata when the
    rule is built in."""
    return rule_id in _builtin_ids() or rule_id in rulesdir_rules() or rule_id in _plugin_entry_points()


@functools.lru_cache(maxsize=None)
def load_rule(rule_id: str) -> types.ModuleType:
    if rule_id in _builtin_ids():
        module = importlib.import_module(f"postlint.rules.{_module_name(rule_id)}")
    elif rule_id in rulesdir_rules():
        module = _load_rule_file(rule_id, rulesdir_rules()[rule_id])
    elif rule_id in _plugin_entry_points():
        module = _plugin_entry_points()[rule_id].load()
        if not isinstance(module, types.ModuleType):
            raise RuleError(f"plugin rule {rule_id!r} must point at a module")
    else:
        raise KeyError(rule_id)
    for attr in ("ID", "NODES", "check"):
        if not hasattr(module, attr):
            raise RuleError(f"rule module {module.__name__} lacks {attr}")
    return module


def _index(doc: Node) -> dict[str, list[Node]]:
    by_type: dict[str, list[Node]] = {}
    for node in doc.walk():
        by_type.setdefault(node.type, []).append(node)
    return by_type


def _locate(problem: Problem, source: Source) -> Problem:
    problem.line, problem.column = source.position(problem.start)
    problem.end_line, problem.end_column = source.position(problem.end)
    return problem


def parse_problem(source: Source, error: SourceError) -> Problem:
    """A file that could not be read or parsed, as one problem of rule ``parse``."""
    offset = source.offset(error.line, error.column) if source.text else 0
    problem = Problem(PARSE_RULE, str(error), offset, offset, Severity.ERROR)
    problem.line, problem.column = error.line, error.column
    problem.end_line, problem.end_column = error.line, error.column
    return problem


_NESTING_TYPES = ("ListItem", "BlockQuote", "FootnoteDefinition")
_DEEP_PREFIX = re.compile(r"^[ \t>*+\-.)0-9]{%d}" % MAX_NESTING, re.M)  # a line that prefix could nest so deep


def _too_deep(doc: Node, source: Source) -> Problem | None:
    """The ``parse`` problem of a file nested over :data:`MAX_NESTING` levels deep, else None.
    Only a file with a line of as many prefix characters (``>``, list markers, indentation)
    can be: the tree is walked only then."""
    if not _DEEP_PREFIX.search(source.text):
        return None
    stack = [(doc, 0)]
    while stack:
        node, depth = stack.pop()
        if node.type in _NESTING_TYPES:
            depth += 1
            if depth > MAX_NESTING:
                line, column = source.position(node.start)
                return parse_problem(source, SourceError(
                    f"lists or block quotes nested more than {MAX_NESTING} levels deep; not linted (the "
                    "rules' work grows with the cube of the depth)", line, column))
        stack.extend((child, depth) for child in node.children if child.type in BLOCK_TYPES)
    return None


def syntax_of(path: str, config: Config | None = None) -> str:
    """How ``path`` is read: "mdx" when the config enables textlint-plugin-mdx and the name
    has one of its endings; "text" (textlint's text plugin) for the text endings and those
    the config's text plugin adds with its ``extensions`` option; else "markdown"."""
    lower = path.lower()
    mdx = config.mdx_suffixes if config is not None else ()
    if mdx and lower.endswith(mdx):
        return "mdx"
    if lower.endswith(TEXT_SUFFIXES) or (
            config is not None and "plugins" in config.raw and lower.endswith(config.text_suffixes)):
        return "text"
    return "markdown"


def is_plain_text(path: str, config: Config | None = None) -> bool:
    """Whether ``path`` is read as plain text (textlint's text plugin), not Markdown."""
    return syntax_of(path, config) == "text"


def lint(source: Source, config: Config, *, settings: dict | None = None) -> list[Problem]:
    """All problems of one file, filtered by directives, deduplicated and sorted.

    The cyclic garbage collector is paused while the file is linted: a lint
    allocates hundreds of thousands of small objects (tokens, sentences) that
    reference counting frees; see :func:`_settle_garbage` for what happens after.
    """
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        return _lint(source, config, settings)
    finally:
        if paused:
            _settle_garbage()
            gc.enable()


# A full collection finds only a few hundred cyclic objects per 100 lints (the tree's cycles
# are cut by Node.release) but walks every cached analysis: 0.17 s each, 3% of a corpus run at 100.
_FULL_COLLECTION_EVERY = 1000  # lints
_lints_since_collection = 0
_context_of_lint = None  # a weak reference to the Context of the latest lint
cycle_collections = 0  # lints whose context a reference cycle kept (tests look: it should stay 0)


def _settle_garbage() -> None:
    """After a lint: freeze what survived it (the analyses the caches keep) so that
    the collector never walks it again, and collect fully every 1000 lints.

    The caches' objects are long-lived; the collector walked them again on every
    young-generation collection between files (15% of a corpus run).  Frozen
    objects are still freed by reference counting (the tree's parent links are
    cut after each lint); only cyclic garbage waits for the next full collection.
    """
    global _lints_since_collection, cycle_collections
    _lints_since_collection += 1
    if _context_of_lint is not None and _context_of_lint() is not None:
        # a reference cycle (a rule's closure that calls itself, say) keeps the lint's context,
        # and with it the tree, the tokens and the analyses: collect the objects this lint
        # made now, not after up to 1000 lints (a corpus run with every rule reached 1.8 GB)
        cycle_collections += 1
        gc.collect(0)
    if _lints_since_collection >= _FULL_COLLECTION_EVERY:
        _lints_since_collection = 0
        gc.unfreeze()
        gc.collect()
    gc.freeze()


def _lint(source: Source, config: Config, settings: dict | None) -> list[Problem]:
    from postlint.markdown import parse

    watch = stopwatch()  # None unless TIMING is set
    if watch:
        for setting in config.rules:
            load_rule(setting.id)
        watch.stage(STARTUP)
    syntax = syntax_of(source.path, config)
    try:
        doc = parse(source, syntax=syntax)
    except Exception as exc:  # the parser must never take the run down
        if syntax == "mdx":  # (postlint.mdx is imported for MDX files only)
            from postlint.mdx import MdxError

            if isinstance(exc, MdxError):  # textlint-plugin-mdx: one "plugin-error" at 1:1
                return [parse_problem(source, SourceError(str(exc), *source.position(exc.offset)))]
        return [parse_problem(source, SourceError(f"cannot parse: {exc}"))]
    too_deep = _too_deep(doc, source)
    if too_deep is not None:
        return [too_deep]
    ctx = Context(source, doc, source.path, {**config.settings(), **(settings or {})})
    global _context_of_lint
    _context_of_lint = weakref.ref(ctx)
    index = _index(doc)
    if watch:
        watch.stage(PARSING)
    problems: list[Problem] = []
    for setting in config.rules:
        _run_rule(setting, index, ctx, problems)
        if watch:
            watch.rule(setting.display_id)
    problems = apply_filters(problems, doc, source.text, config)
    doc.release()  # freed by reference counting as soon as the lint returns
    if watch:
        watch.stage(FILTERS)
        watch.done()
    return _finish(problems)


def _run_rule(setting, index: dict, ctx: Context, out: list[Problem]) -> None:
    """Run the rule of ``setting`` over the nodes of ``index`` (type -> nodes) it asks for."""
    rule = load_rule(setting.id)
    trigger = getattr(rule, "TRIGGER", None)
    if trigger is not None and trigger.search(ctx.text) is None:
        return  # nothing in this file the rule could report
    for node_type in rule.NODES:
        nodes = index.get(node_type)
        if nodes:
            _run(rule, nodes, setting, ctx, out)


def apply_filters(problems: list[Problem], doc: Node, text: str, config: Config) -> list[Problem]:
    """``problems`` without those the config's filters silence: disable comments
    (:mod:`postlint.directives`), then allowlist and node-types (:mod:`postlint.filters`)."""
    if config.comments_filter:
        from postlint.directives import filter_problems

        problems = filter_problems(problems, doc, text, {r.display_id: r.aliases for r in config.rules if r.aliases},
                                   config.comment_words)
    if config.filters:
        problems = config.filters.apply(problems, doc, text)
    return problems


def _run(rule, nodes: list[Node], setting, ctx: Context, out: list[Problem]) -> None:
    """Check each of ``nodes`` with ``rule``, adding its problems to ``out``."""
    check, options, source = rule.check, setting.options, ctx.source
    length = len(ctx.text)
    for node in nodes:
        try:
            found = check(node, options, ctx)
            if not found:
                continue
            for problem in found:
                if not (0 <= problem.start <= problem.end <= length):
                    raise RuleError(f"reported range {problem.start}-{problem.end} outside the file (0-{length})")
                fix = problem.fix
                if fix is not None and not (0 <= fix.start <= fix.end <= length):
                    raise RuleError(f"fix range {fix.start}-{fix.end} outside the file")
                problem.rule_id = setting.display_id
                problem.severity = setting.severity
                out.append(_locate(problem, source))
        except Exception as exc:  # a broken rule reports itself and the run goes on
            import traceback

            where = traceback.extract_tb(exc.__traceback__)[-1]
            message = (f"internal error in rule {setting.display_id}: {type(exc).__name__}: {exc} "
                       f"({where.filename.rsplit('/', 1)[-1]}:{where.lineno}); please report it")
            out.append(_locate(Problem(setting.display_id, message, node.start, node.start, Severity.ERROR), source))


def _finish(problems: list[Problem]) -> list[Problem]:
    """``problems`` (in the order the rules ran) sorted, each dropped that a later one
    repeats: the same range, severity and message, as textlint drops them (two rules of one
    implementation, such as jtf-style 2.2.2 and arabic-kanji-numbers, report one problem).
    Where a problem knows the message textlint prints (``Problem.textlint_message``), that
    message decides."""

    def key(p: Problem) -> tuple:
        return p.start, p.end, p.utf16_shift, p.severity, p.textlint_message or p.message

    last = {key(p): i for i, p in enumerate(problems)}
    return sorted((p for i, p in enumerate(problems) if last[key(p)] == i), key=Problem.sort_key)


def lint_text(text: str, config: Config | None = None, path: str = "<text>.md", **kw) -> list[Problem]:
    """Lint a string (the library entry point).  ``config`` defaults to recommended."""
    from postlint.config import recommended

    return lint(Source.from_text(text, path), config or recommended(), **kw)


def lint_bytes(data: bytes, config: Config, path: str, **kw) -> list[Problem]:
    """Lint raw file content; undecodable input becomes one ``parse`` problem."""
    try:
        source = Source.from_bytes(data, path)
    except SourceError as error:
        return [parse_problem(Source("", path), error)]
    if not source.text.strip():
        problem = Problem(PARSE_RULE, "empty file: nothing to lint", 0, 0, Severity.WARNING)
        problem.line, problem.column, problem.end_line, problem.end_column = 1, 0, 1, 0
        return [problem]
    return lint(source, config, **kw)
