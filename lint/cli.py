"""The ``postlint`` command.

    postlint seeds/                      lint a folder (.md, .markdown, .txt)
    postlint "content/**/*.md"           lint what a glob names (textlint's minimatch globs)
    postlint --format json post.md       textlint's JSON
    cat post.md | postlint --stdin --stdin-filename _posts/post.md
    postlint --fix _posts/               repair what can be repaired

Exit codes: 0 no error-severity problem (warnings allowed), 1 errors found,
2 usage, configuration or fatal error (e.g. a missing path).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from postlint import __version__, timing
from postlint.config import COMMENT_WORDS, MARKDOWN_SUFFIXES, TEXT_SUFFIXES, Config, ConfigError
from postlint.formatters import FIX_FORMATS, FORMATS, FileResult
from postlint.rule import Severity

# what a folder search picks up without a config's plugins saying more: the endings textlint's
# Markdown and text plugins read
SUFFIXES = MARKDOWN_SUFFIXES + TEXT_SUFFIXES
SKIP_DIRS = {".git", "node_modules", ".venv", "venv", "__pycache__", ".postlintcache", ".hg", ".svn"}


class UsageError(Exception):
    pass


def _help_formatter(prog: str) -> argparse.HelpFormatter:
    """argparse's help formatter at shutil's terminal width (``$COLUMNS``, else the
    terminal's, else 80; minus 2), found without importing shutil: argparse builds a
    formatter for every ``add_argument``, and shutil (with bz2 and lzma) is milliseconds
    of every run."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns
        except (AttributeError, ValueError, OSError):
            columns = 0
    return argparse.HelpFormatter(prog, width=(columns or 80) - 2)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="postlint",
        formatter_class=_help_formatter,
        description="Lint Japanese blog posts (Markdown + YAML front matter): textlint-compatible "
                    "style rules and editorial checks.",
    )
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help="files, folders (their .md .markdown .txt files, textlint's other endings, and those the "
                        "config's plugins add with extensions) or globs such as 'posts/**/*.md'")
    p.add_argument("-f", "--format", default="stylish", choices=FORMATS + FIX_FORMATS, metavar="NAME",
                   help=f"output format: {', '.join(FORMATS)} (default: stylish); with --fix also "
                        f"textlint's {', '.join(FIX_FORMATS)}, and json is then textlint's fixer JSON")
    p.add_argument("-o", "--output-file", metavar="FILE", help="write the report to FILE")
    p.add_argument("-c", "--config", metavar="FILE", help="config file (default: nearest .postlintrc.yml / .textlintrc*)")
    p.add_argument("--rule", action="append", default=[], metavar="ID", help="also enable rule ID (repeatable); with --fix, fix only these")
    p.add_argument("--preset", action="append", default=[], metavar="NAME", help="also enable a preset, e.g. ja-technical-writing")
    p.add_argument("--rulesdir", action="append", default=[], metavar="DIR",
                   help="also enable the rules of DIR: each *.py file a rule module named after its id (repeatable)")
    p.add_argument("--no-textlintrc", action="store_true",
                   help="read no config file: only the --rule and --preset rules run (with neither, the recommended set)")
    p.add_argument("--no-js-config", action="store_true",
                   help="never run a JavaScript config (.textlintrc.js, .textlintrc.cjs): finding one is an "
                        "error; for folders you do not trust (env POSTLINT_JS_CONFIG=off does the same)")
    p.add_argument("--plugin", action="append", default=[], metavar="NAME",
                   help="also enable a textlint plugin: mdx reads .mdx files as textlint-plugin-mdx does "
                        "(Markdown and plain text need none; others are warned about)")
    p.add_argument("--ignore-path", metavar="FILE",
                   help="file of glob patterns of paths not to lint (default: .postlintignore, "
                        "else .textlintignore, in the current folder)")
    p.add_argument("--stdin", action="store_true", help="lint text from standard input")
    p.add_argument("--stdin-filename", metavar="PATH", help="name (and config lookup place) for --stdin text")
    p.add_argument("-q", "--quiet", action="store_true", help="report errors only")
    p.add_argument("--fix", action="store_true", help="repair fixable problems in place")
    p.add_argument("--dry-run", action="store_true", help="with --fix: write nothing, print a diff")
    p.add_argument("--unsafe-fixes", action="store_true", help="with --fix: also apply suggestions")
    p.add_argument("--print-config", action="store_true", help="print the effective rules and options")
    p.add_argument("--list-rules", action="store_true", help="list every rule with its defaults")
    p.add_argument("--init", action="store_true", help="write a starter .postlintrc.yml in the current folder, fitted to the site's generator (Zenn, Hugo, Jekyll, ...)")
    p.add_argument("-j", "--jobs", type=int, default=None, metavar="N", help="worker processes (default: number of CPUs)")
    p.add_argument("--cache", action="store_true", help="reuse results of unchanged files")
    p.add_argument("--cache-location", default=".postlintcache", metavar="DIR", help="cache folder (default: .postlintcache)")
    p.add_argument("--no-color", action="store_true", help="never colour the output")
    p.add_argument("--debug", action="store_true", help="print the config and rules each file gets, and the files, on stderr")
    p.add_argument("--mcp", action="store_true",
                   help="start the Model Context Protocol server on stdio, textlint's tools for AI agents "
                        "(needs pip install 'postlint[mcp]')")
    p.add_argument("--rules-base-directory", metavar="DIR", help=argparse.SUPPRESS)  # textlint's: npm modules
    p.add_argument("--experimental", action="store_true", help=argparse.SUPPRESS)  # textlint's: nothing here
    p.add_argument("-v", "--version", action="version", version=f"postlint {__version__}")
    p.epilog = ("Subcommand: `postlint lsp` starts the language server on stdio (see docs/editors.md).  "
                "Environment: TIMING=1 prints the ten slowest rules when the run ends (TIMING=all: every rule).")
    return p


def discover(paths: list[str], ignore=None, suffixes_for=None) -> list[str]:
    """Files to lint: given files as they are, folders recursed for known suffixes, globs
    expanded (to files with known suffixes); then those ``ignore`` (a
    :class:`postlint.globs.Ignore`) names are left out.  ``suffixes_for(folder)``: the
    endings to pick up in a folder (its config's plugins may add some, ``.mdx``), else
    :data:`SUFFIXES`.

    Folders and globs yield regular files only (a named pipe or socket that happens to end
    in ``.md`` would block the run).  A path that does not exist stays in the list (reading it reports it, and the run goes
    on with the others) and a glob that matches no file is warned about, unless no given
    path exists or matches: then it is a usage error."""
    from postlint.globs import expand, is_glob

    def endings(folder: str) -> tuple[str, ...]:
        return suffixes_for(folder) if suffixes_for else SUFFIXES

    def lintable(file: str, suffixes: tuple[str, ...]) -> bool:
        return file.lower().endswith(suffixes) and os.path.isfile(file)

    files: list[str] = []
    missing, unmatched = [], []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for root, dirs, names in os.walk(path):
                dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not d.startswith("."))
                suffixes = endings(root)
                files.extend(f for f in (os.path.join(root, n) for n in sorted(names)) if lintable(f, suffixes))
        elif not path.exists() and is_glob(raw):
            found = [f for f in expand(raw) if lintable(f, endings(os.path.dirname(f) or "."))]
            files.extend(found)
            if not found:
                unmatched.append(raw)
        else:
            files.append(raw)
            if not path.exists():
                missing.append(raw)
    if paths and len(missing) + len(unmatched) == len(paths):
        raise UsageError("; ".join([*(["no such file or folder: " + ", ".join(missing)] if missing else []),
                                    *(["no file matches: " + ", ".join(unmatched)] if unmatched else [])]))
    for raw in unmatched:
        _warn(f"no file matches {raw}")
    if ignore is not None:
        files = [f for f in files if not ignore.ignored(f)]
    return files


def load_ignore(ignore_path: str | None):
    """The ignore file's patterns (:class:`postlint.globs.Ignore`): ``--ignore-path``, else
    the current folder's .postlintignore or .textlintignore; without one, only textlint's
    own (.git/ and node_modules/)."""
    from postlint.globs import Ignore, find_ignore_file

    path = ignore_path or find_ignore_file()
    if path is None:
        return Ignore()
    try:
        return Ignore.read(path)
    except FileNotFoundError:
        _warn(f"ignore file not found: {path}")
        return Ignore()
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"cannot read ignore file {path}: {getattr(exc, 'strerror', None) or exc}") from None


class ConfigCache:
    """One resolved config per config file (or per folder when none is given)."""

    def __init__(self, args):
        from postlint import config as config_mod
        from postlint.engine import rulesdir_rules

        self.args = args
        self.mod = config_mod
        self.by_path: dict[str | None, Config] = {}
        self.found_in: dict[str, Path | None] = {}  # folder -> its nearest config file
        self.extra_rules = [*args.rule, *rulesdir_rules()]  # --rule, and every rule of --rulesdir
        if args.no_textlintrc:
            self.explicit = self._from_command_line()
        else:
            self.explicit = self._build(args.config) if args.config else None

    def _build(self, path) -> Config:
        if path is not None and not Path(path).is_file():
            raise ConfigError(f"config file not found: {path}")
        config = self.mod.load(path)
        if self.extra_rules or self.args.preset:
            config = self.mod.with_rules(config, self.extra_rules, self.args.preset)
        return config

    def _from_command_line(self) -> Config:
        """--no-textlintrc: the rules the command line names, as textlint runs them (no
        filters), else the recommended set."""
        if not (self.extra_rules or self.args.preset):
            return self.mod.recommended()
        return self.mod.with_rules(self.mod.resolve({"rules": {}}), self.extra_rules, self.args.preset)

    def suffixes_for(self, folder: str) -> tuple[str, ...]:
        """The endings a folder search picks up in ``folder``: textlint's, and those its
        config's Markdown and text plugins add (``extensions``)."""
        config = self.for_file(os.path.join(folder, "_"))
        mdx = config.mdx_suffixes
        return config.markdown_suffixes + config.text_suffixes + mdx if "plugins" in config.raw or mdx else SUFFIXES

    def for_file(self, file: str) -> Config:
        if self.explicit is not None:
            return self.explicit
        # looked up once per folder: a site's files share a few folders, and each lookup
        # tests every config name in every folder up to the root
        real = os.path.realpath(file)
        folder = real if os.path.isdir(real) else os.path.dirname(real)
        if folder not in self.found_in:
            self.found_in[folder] = self.mod.find_config(folder)
        found = self.found_in[folder]
        key = str(found) if found else None
        if key not in self.by_path:
            self.by_path[key] = self._build(found)
        return self.by_path[key]


def lint_one(path: str, data: bytes, config: Config, quiet: bool) -> FileResult:
    from postlint.engine import lint_bytes
    from postlint.source import Source, SourceError

    problems = lint_bytes(data, config, path)
    try:
        source = Source.from_bytes(data, path)
    except SourceError:
        source = None
    if quiet:
        problems = [p for p in problems if p.severity == Severity.ERROR]
    return FileResult(path, problems, source)


def _print_config(config: Config) -> str:
    import json

    comments = config.comments_filter
    if comments and config.comment_words != COMMENT_WORDS:
        comments = dict(zip(("enablingComment", "disablingComment"), config.comment_words))
    out = {"config": config.path or "(none found: recommended preset)",
           "filters": {"comments": comments, **_filters_shown(config.filters)},
           "rules": {r.display_id: {**r.options, "severity": r.severity.label} for r in config.rules}}
    return json.dumps(out, ensure_ascii=False, indent=2) + "\n"


def _filters_shown(filters) -> dict:
    """The allowlist's entries (those of its files included) and node-types' pairs, as in effect."""
    shown: dict = {}
    if filters and filters.allow:
        shown["allowlist"] = {"allow": list(filters.allow)}
    if filters and filters.node_types:
        shown["node-types"] = {"nodeTypes": [t if r == "*" else {"ruleId": r, "types": [t]} for t, r in filters.node_types]}
    return shown


def _init() -> int:
    """Write a starter ./.postlintrc.yml fitted to the site here (:mod:`postlint.starter`),
    never over an existing config."""
    from postlint import starter
    from postlint.config import CONFIG_NAMES

    present = [name for name in CONFIG_NAMES if os.path.exists(name)]
    if present:
        raise UsageError(f"{present[0]} already exists here; edit it (or remove it) instead")
    site = starter.detect(".")
    try:
        with open(".postlintrc.yml", "x", encoding="utf-8") as handle:
            handle.write(starter.starter_config(site))
    except OSError as exc:
        raise UsageError(f"cannot write .postlintrc.yml: {exc.strerror or exc}") from None
    folders = " ".join(site.posts) if site and site.posts else "<folder of posts>"
    made_for = f" for a {site.name} site ({site.evidence})" if site else ""
    print(f"wrote .postlintrc.yml{made_for}; run `postlint {folders}` to lint with it")
    return 0


def _list_rules() -> str:
    from postlint.engine import load_rule, rule_ids

    lines = []
    for rule_id in rule_ids():
        rule = load_rule(rule_id)
        doc = (rule.__doc__ or "").strip().splitlines()
        summary = doc[0] if doc else ""
        fix = "fixable" if getattr(rule, "FIXABLE", False) else "-"
        defaults = ", ".join(f"{k}={v!r}" for k, v in getattr(rule, "DEFAULTS", {}).items()) or "no options"
        lines.append(f"{rule_id}\t{fix}\t{summary}\n    defaults: {defaults}")
    return "\n".join(lines) + "\n"


def _emit(text: str, args) -> None:
    _emit_chunks([text], args)


def _emit_chunks(pieces, args) -> None:
    if args.output_file:
        try:
            with open(args.output_file, "w", encoding="utf-8") as out:
                out.writelines(pieces)
        except OSError as exc:
            raise UsageError(f"cannot write {args.output_file}: {exc.strerror or exc}") from None
    else:
        sys.stdout.writelines(pieces)


def _check_output_file(path: str) -> None:
    """Fail before linting, not after, when the report cannot be written there."""
    folder = os.path.dirname(os.path.abspath(path))
    if os.path.isdir(path) or not os.path.isdir(folder):
        reason = "it is a folder" if os.path.isdir(path) else f"no such folder: {folder}"
        raise UsageError(f"cannot write the report to {path}: {reason}")


def _textlint_only_options(args) -> None:
    """textlint's options that differ here: --rulesdir takes Python rule files (see
    :func:`postlint.engine.rulesdir_rules`); --plugin, --rules-base-directory and
    --experimental change nothing and are warned about when they would."""
    from postlint.config import plugin_warnings, use_command_line_plugins
    from postlint.engine import use_rulesdir

    if args.rulesdir:
        try:
            for warning in use_rulesdir(args.rulesdir):
                _warn(warning)
        except ValueError as exc:
            raise UsageError(str(exc)) from None
    for warning in plugin_warnings(args.plugin):
        _warn(warning)
    use_command_line_plugins(args.plugin)
    if args.rules_base_directory:
        _warn("--rules-base-directory ignored: postlint's rules are built in (add your own with --rulesdir)")
    if args.experimental:
        _warn("--experimental ignored: postlint has no experimental features")


def _debug(files: list[str], configs: ConfigCache) -> None:
    """--debug: which config each file gets, its rules and filters, and the files, on stderr."""
    import platform

    from postlint.engine import rulesdir_rules

    lines = [f"postlint {__version__}, Python {platform.python_version()}, {len(files)} file(s) to lint"]
    if rulesdir_rules():
        lines.append("--rulesdir rules: " + ", ".join(f"{i} ({p})" for i, p in rulesdir_rules().items()))
    groups: dict[int, list] = {}
    for path in files:
        config = configs.for_file(path)
        groups.setdefault(id(config), [config, []])[1].append(path)
    for config, paths in groups.values():
        source = config.path or ("none (--no-textlintrc)" if configs.args.no_textlintrc else "none found")
        lines.append(f"config {source}, for {len(paths)} file(s): {', '.join(paths[:3])}{' ...' if len(paths) > 3 else ''}")
        lines.append(f"  rules ({len(config.rules)}): {', '.join(r.display_id for r in config.rules) or 'none'}")
        lines.append(f"  filters: {', '.join(_filter_names(config)) or 'none'}")
    for line in lines:
        print(f"postlint: debug: {line}", file=sys.stderr)


def _filter_names(config: Config) -> list[str]:
    names = ["comments"] if config.comments_filter else []
    if config.filters and config.filters.allow:
        names.append("allowlist")
    if config.filters and config.filters.node_types:
        names.append("node-types")
    return names


def _warn(message: str) -> None:
    print(f"postlint: warning: {message}", file=sys.stderr)


def _javascript_configs(forbidden: bool) -> None:
    """--no-js-config, for this run only (a run after it in the same process may run them)."""
    if forbidden or "postlint.jsconfig" in sys.modules:  # no import for the usual run
        from postlint import jsconfig

        jsconfig.set_allowed(False if forbidden else None)


def run(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.output_file:
        _check_output_file(args.output_file)
    if (args.dry_run or args.unsafe_fixes) and not args.fix:
        raise UsageError(f"{'--dry-run' if args.dry_run else '--unsafe-fixes'} goes with --fix")
    if args.no_textlintrc and args.config:
        raise UsageError("--no-textlintrc reads no config file: leave out --config")
    _textlint_only_options(args)
    _javascript_configs(args.no_js_config)
    if args.format in FIX_FORMATS and not args.fix:
        raise UsageError(f"--format {args.format} shows what --fix changes: it goes with --fix "
                         f"(lint formats: {', '.join(FORMATS)})")
    if args.stdin and args.paths:
        raise UsageError("--stdin lints standard input, not paths (name it with --stdin-filename)")
    if args.list_rules:
        _emit(_list_rules(), args)
        return 0
    if args.init:
        return _init()
    if args.mcp:
        if args.paths or args.stdin or args.fix:
            raise UsageError("--mcp serves its tools on stdio: give no paths, --stdin or --fix with it")
        from postlint.mcp_server import serve

        return serve(args)
    configs = ConfigCache(args)
    if args.print_config:
        target = args.stdin_filename or (args.paths[0] if args.paths else ".")
        config = configs.for_file(target)
        for warning in config.warnings:  # what the config says that is not applied as written
            _warn(f"{config.path or 'config'}: {warning}")
        _emit(_print_config(config), args)
        return 0
    if args.stdin:
        name = args.stdin_filename or "<stdin>.md"
        if args.debug:
            _debug([name], configs)
        from postlint.source import read_bounded

        data = read_bounded(sys.stdin.buffer)
        if args.fix:
            from postlint.fixer import fix_stdin

            return fix_stdin(data, name, configs.for_file(name), args)
        results = [lint_one(name, data, configs.for_file(name), args.quiet)]
    else:
        if not args.paths:
            raise UsageError("give files or folders to lint (or --stdin); try `postlint --help`")
        files = discover(args.paths, load_ignore(args.ignore_path), configs.suffixes_for)
        if args.debug:
            _debug(files, configs)
        if args.fix:
            from postlint.fixer import fix_files

            results = fix_files(files, configs.for_file, args)
        else:
            results = _lint_stream(files, configs, args)
    for config in {id(c): c for c in [configs.explicit, *configs.by_path.values()] if c}.values():
        for warning in config.warnings:
            _warn(f"{config.path or 'config'}: {warning}")
    from postlint.formatters import is_fix_report, render_chunks, render_fix

    color = args.format == "stylish" and not args.no_color and not args.output_file and sys.stdout.isatty()
    errors = _ErrorSeen(results)
    if args.fix and is_fix_report(args.format):
        _emit(render_fix(args.format, list(errors)), args)
    else:
        _emit_chunks(render_chunks(args.format, errors, color=color), args)
    if timing.enabled():
        sys.stderr.write(timing.report())
    return 1 if errors.seen else 0


def _lint_stream(files: list[str], configs, args):
    """The files' results, in order, linted while the output is written (a list when a
    run-level rule must see every file first)."""
    from postlint.runlevel import run_level, run_level_rules
    from postlint.runner import iter_results, only_errors

    cache = None
    if args.cache:
        from postlint.cache import Cache

        cache = Cache(args.cache_location)
    if args.jobs is not None and args.jobs < 1:
        raise UsageError("--jobs must be at least 1")
    results = iter_results(files, configs.for_file, jobs=args.jobs, cache=cache, progress=True)
    if any(run_level_rules(config) for config in {id(c): c for c in map(configs.for_file, files)}.values()):
        results = list(results)
        run_level(results, configs.for_file, jobs=args.jobs)
    if args.quiet:
        results = only_errors(results)
    return results


class _ErrorSeen:
    """Passes results through, noting whether any has an error (the exit code)."""

    def __init__(self, results):
        self.results, self.seen = results, False

    def __iter__(self):
        for result in self.results:
            if not self.seen and any(p.severity == Severity.ERROR for p in result.problems):
                self.seen = True
            yield result


def _unreadable(path: str, exc: OSError) -> FileResult:
    from postlint.engine import PARSE_RULE
    from postlint.rule import Problem

    return FileResult(path, [Problem.about_file(PARSE_RULE, f"cannot read file: {exc.strerror or exc}")])


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["lsp"]:
        from postlint.lsp import serve

        return serve(argv[1:])
    try:
        code = run(argv)
    except (UsageError, ConfigError) as exc:
        print(f"postlint: error: {exc}", file=sys.stderr)
        code = 2
    except KeyboardInterrupt:
        code = 130
    except BrokenPipeError:
        code = 0
    return code
