"""``--fix``: apply fixes one rule at a time until stable, and write atomically.

The loop follows textlint: for each fixable rule, lint with that rule alone,
apply its fixes from the end of the file backwards skipping any that overlap
one already applied, re-parse, and go on; repeat whole passes until nothing
changes (at most ``MAX_PASSES``, or more while each pass shortens the text).  A rule
still changing the text after that, or fixes that bring back a text an earlier pass had (rules undoing each other),
are reported, not looped forever.

Writing never loses a byte: a temporary file in the same folder, fsync,
``os.replace``; the BOM, newline style, final newline and file mode are kept
(fixes edit the text as read, never re-encode line ends), and a file that
changed on disk since it was read is left alone.

>>> apply("aXbXc", [Fix(1, 2, "-"), Fix(3, 4, "+"), Fix(1, 4, "?")])
('a-b+c', 2)
>>> apply("0123456789", [Fix(2, 4, "ab"), Fix(3, 6, "X"), Fix(8, 9, "Z")])
('012X67Z9', 2)
"""

from __future__ import annotations

import difflib
import hashlib
import os
import sys
import tempfile
from pathlib import Path

from postlint.config import Config
from postlint.formatters import FileResult
from postlint.rule import Fix, Problem, Severity
from postlint.source import Source, SourceError, read_bounded

# A fix may make the next problem: jtf-style 4.3.1 widens the parentheses of a nested
# pair only once the pair inside it is wide, one level a pass (13 passes for a bookmarklet
# in the corpus).  A pass costs a lint of the file or two.
MAX_PASSES = 30
# ja-no-space-around-parentheses takes one space of a run before a bracket a pass (as in
# textlint), so an indentation of 45 spaces needs 45 passes; no-synonyms fixes the last place
# of each spelling a pass (FIX_ONE_PLACE_A_PASS).  Past MAX_PASSES the loop goes on while each
# pass makes the text shorter or only such rules changed it, which cannot go on for ever, up to
# this many passes.
SHRINKING_PASSES = 1000
FIX_RULE = "fix"


def apply(text: str, fixes: list[Fix]) -> tuple[str, int]:
    """Apply fixes from the end as textlint does; returns (new text, fixes applied).

    Fixes are taken by end, then start, descending; one ending after the start of a
    fix already applied overlaps it and is skipped.
    """
    out, applied = _apply(text, fixes)
    return out, len(applied)


def _apply(text: str, fixes: list[Fix]) -> tuple[str, list[int]]:
    """:func:`apply`, with the indices (into ``fixes``) of the fixes it applied."""
    applied = []
    limit = len(text)
    out = text
    for i in sorted(range(len(fixes)), key=lambda i: (fixes[i].end, fixes[i].start), reverse=True):
        fix = fixes[i]
        if fix.end > limit:
            continue  # overlaps a fix already applied
        if out[fix.start:fix.end] == fix.text:
            continue
        out = out[:fix.start] + fix.text + out[fix.end:]
        limit = fix.start
        applied.append(i)
    return out, applied


def _single_rule(config: Config, setting) -> Config:
    return config.with_rules([setting])


def _fixable_settings(config: Config, only: list[str]):
    from postlint.engine import load_rule

    for setting in config.rules:
        if not getattr(load_rule(setting.id), "FIXABLE", False):
            continue
        if only and setting.id not in only and setting.display_id not in only:
            continue
        yield setting


def _fixes_once(setting) -> bool:
    """Whether a rule's fixes must leave alone the text its own fixes wrote in this run:
    ``FIX_ONCE`` (dictionary replacements, whose output applied again would chain, e.g.
    prh's 大抵 → たいてい → と方いてい)."""
    from postlint.engine import load_rule

    return getattr(load_rule(setting.id), "FIX_ONCE", False)


def _one_place_a_pass(setting) -> bool:
    """Whether a rule fixes one place a pass, each pass leaving one place fewer
    (``FIX_ONE_PLACE_A_PASS``: no-synonyms, which reports and fixes the last place of each
    spelling, as textlint does): its passes past MAX_PASSES are progress."""
    from postlint.engine import load_rule

    return getattr(load_rule(setting.id), "FIX_ONE_PLACE_A_PASS", False)


def _moved(spans: list[tuple[int, int]], edits: list[tuple[int, int, int]]) -> list[tuple[int, int]]:
    """``spans`` of a text, placed in the text after ``edits`` (each ``(start, end, length
    of its new text)``, none overlapping); a span grows to take in the new text of an edit
    that touches it.

    >>> _moved([(0, 2), (5, 8)], [(3, 4, 3)])   # one character made three, between the spans
    [(0, 2), (7, 10)]
    >>> _moved([(5, 8)], [(6, 7, 0), (8, 8, 1)])  # one deleted inside, one inserted at its end
    [(5, 8)]
    >>> _moved([(5, 8)], [(2, 5, 1)])            # three made one, ending where the span starts
    [(2, 6)]
    """
    from bisect import bisect_left

    edits = sorted(edits)
    starts = [start for start, _, _ in edits]
    ends = [end for _, end, _ in edits]
    before = [0]  # before[i]: how far the edits before the i-th move the text after them
    for start, end, length in edits:
        before.append(before[-1] + length - (end - start))

    def start_of(at: int) -> int:
        i = bisect_left(ends, at)  # the first edit that ends at or after ``at``
        if i < len(edits) and starts[i] <= at:  # it touches or holds the span's start
            return starts[i] + before[i]
        return at + before[i]

    def end_of(at: int) -> int:
        i = bisect_left(starts, at)  # the first edit that starts at or after ``at``
        if i and ends[i - 1] > at:  # the edit before it holds the span's end
            return starts[i - 1] + before[i - 1] + edits[i - 1][2]
        if i < len(edits) and starts[i] == at:  # it starts at the span's end
            return at + before[i] + edits[i][2]
        return at + before[i]

    return [(start_of(start), end_of(end)) for start, end in spans]


def _joined(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` in order, with those that overlap or touch made one.

    >>> _joined([(7, 9), (0, 2), (2, 4), (8, 12)])
    [(0, 4), (7, 12)]
    """
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _changed_part(text: str, fix: Fix) -> tuple[int, int, str]:
    """``(start, end, inserted)``: the part of ``fix`` that changes ``text``, what it keeps of
    the text at either end left out.

    >>> _changed_part("本当?と", Fix(1, 4, "当？と")), _changed_part("本当？と", Fix(2, 4, "？\u3000と"))
    ((2, 3, '？'), (3, 3, '\u3000'))
    """
    start, end, new = fix.start, fix.end, fix.text
    old = text[start:end]
    kept = min(len(old), len(new))
    head = 0
    while head < kept and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < kept - head and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    return start + head, end - tail, new[head:len(new) - tail]


def _rewrites(joined: list[tuple[int, int]], text: str, fix: Fix) -> bool:
    """Whether ``fix`` changes a character of ``joined`` (what a ``FIX_ONCE`` rule's own fixes
    wrote in this run, from :func:`_changed_part`), or puts text between two of them.  What
    the fix keeps of ``text`` at either end does not count: 「？と」→「？　と」 only inserts
    after the 「？」 an earlier fix of the same rule wrote, and is made in the same run, as a
    second --fix would make it; 「たい」→「多い」 inside a written 「たいてい」 is not.

    >>> [_rewrites([(2, 3)], "本当？と", Fix(2, 4, t)) for t in ("？\u3000と", "!と", "？\u3000")]
    [False, True, False]
    >>> [_rewrites([(0, 4)], "たいていの", Fix(s, e, t)) for s, e, t in ((0, 2, "多い"), (2, 2, "x"), (4, 4, "x"))]
    [True, True, False]
    """
    from bisect import bisect_right

    changed_start, changed_end, _ = _changed_part(text, fix)
    i = bisect_right(joined, changed_start, key=_end_of)  # the first span ending after changed_start
    if i == len(joined):
        return False
    if changed_start < changed_end:  # characters replaced or deleted: is one of them written?
        return joined[i][0] < changed_end
    return joined[i][0] < changed_start  # an insertion between two written characters


def _end_of(span: tuple[int, int]) -> int:
    return span[1]


def fix_text(text: str, path: str, config: Config, *, unsafe: bool = False,
             only: list[str] = (), max_passes: int = MAX_PASSES,
             applied: list | None = None) -> tuple[str, int, list[str]]:
    """Fixed text, number of fixes applied, and rules that did not converge.

    Each pass first lints with every fixable rule at once to find the rules that
    have something to fix; only those then run one at a time.  ``max_passes=1``
    is exactly what one ``textlint --fix`` does; the default repeats passes until
    the text is stable, as a second and third ``textlint --fix`` would.

    ``applied``: a list to add, for each rule's fixes applied, a :class:`FileResult`
    of the problems whose fixes were applied and the text they were found in
    (textlint's ``applyingMessages``).
    """
    from postlint.engine import lint

    settings = list(_fixable_settings(config, list(only)))
    if not settings:
        return text, 0, []
    wanted = (lambda p: p.fix is not None and (p.fix.safe or unsafe))
    total = 0
    # what each FIX_ONCE rule's fixes wrote, where it now lies in the text
    written: dict[str, list[tuple[int, int]]] = {s.display_id: [] for s in settings if _fixes_once(s)}
    seen = {text: 0}  # the text each pass started from -> the pass: one coming back is a cycle
    changed_in: list[list[str]] = []  # the rules that changed the text, pass by pass
    by_id = {s.display_id: s for s in settings}
    passes = 0
    while True:
        before = len(text)
        problems = lint(Source(text, path), config.with_rules(settings))
        active = {p.rule_id for p in problems if wanted(p)}
        changed = []  # the rules whose fixes changed the text in this pass
        for setting in settings:
            if setting.display_id not in active:
                continue
            found = [p for p in lint(Source(text, path), _single_rule(config, setting)) if wanted(p)]
            own = written.get(setting.display_id)
            if own:  # leave alone what this rule wrote: applied again, its fixes would chain
                found = [p for p in found if not _rewrites(own, text, p.fix)]
            new_text, done = _apply(text, [p.fix for p in found])
            if new_text != text:
                if applied is not None:
                    applied.append(FileResult(path, [found[i] for i in sorted(done)], Source(text, path)))
                # each fix as the part of it that changes the text: what a dictionary entry's
                # match keeps of its context (「当?と」→「当？と」) is not written by the rule
                edits = [(start, end, len(inserted)) for start, end, inserted
                         in (_changed_part(text, found[i].fix) for i in done)]
                for rule_id, spans in written.items():
                    written[rule_id] = _moved(spans, edits)
                if own is not None:
                    written[setting.display_id] = _joined(written[setting.display_id] +
                                                          _moved([(start, start) for start, _, _ in edits], edits))
                text, total = new_text, total + len(done)
                changed.append(setting.display_id)
        if not changed:
            return text, total, []
        changed_in.append(changed)
        if text in seen:  # the passes since then undid one another's fixes
            return text, total, list(dict.fromkeys(r for rules in changed_in[seen[text]:] for r in rules))
        seen[text] = len(changed_in)
        passes += 1
        progress = len(text) < before or all(_one_place_a_pass(by_id[rule_id]) for rule_id in changed)
        if passes >= max_passes and not (max_passes == MAX_PASSES and progress and passes < SHRINKING_PASSES):
            return text, total, changed if max_passes == MAX_PASSES else []


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def atomic_write(path: str, data: bytes, expected_digest: str) -> None:
    """Replace ``path`` with ``data`` unless it changed since it was read.

    A symbolic link stays a link: the file it points to is replaced.  A read-only file,
    or one with other hard links (which a new file would split off), is left alone:
    OSError says why."""
    target = Path(os.path.realpath(path))
    current = read_bounded(target)
    if _digest(current) != expected_digest:
        raise OSError(f"{path} changed on disk while it was being fixed; not written")
    info = target.stat()
    mode = info.st_mode & 0o7777
    if not mode & 0o200:
        raise OSError(f"{path} is read-only; not written")
    if info.st_nlink > 1:
        raise OSError(f"{path} has {info.st_nlink - 1} other hard link(s), which writing it would split; not written")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".postlint-tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    try:  # make the rename itself durable
        dir_fd = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    except OSError:
        pass


def _encode(source: Source, text: str) -> bytes:
    """``text`` as the file had it: the same encoding, and its BOM if it had one."""
    return (("\ufeff" if source.bom else "") + text).encode(source.encoding)


def _not_converged(rules: list[str]) -> list[Problem]:
    return [Problem.about_file(FIX_RULE, f"fixes of {', '.join(rules)} did not settle: they still changed the file "
                               f"after {MAX_PASSES} passes (up to {SHRINKING_PASSES} while each pass shortened it or fixed one "
                               "more place of a rule that fixes one a pass), or undid an "
                               "earlier pass's; the file has the result "
                               "of the last pass: check it, and fix the rest by hand", Severity.WARNING)]


def fix_one(path: str, data: bytes, config: Config, args) -> FileResult:
    from postlint.cli import lint_one

    try:
        source = Source.from_bytes(data, path)
    except SourceError:
        return lint_one(path, data, config, args.quiet)
    applied: list[FileResult] = []
    fixed, count, stuck = fix_text(source.text, path, config, unsafe=args.unsafe_fixes, only=args.rule,
                                   applied=applied)
    new_data = _encode(source, fixed)
    if new_data != data:
        if not args.dry_run:
            try:
                atomic_write(path, new_data, _digest(data))
            except OSError as exc:
                result = lint_one(path, data, config, args.quiet)
                message = f"fixes not written: {exc.strerror or exc}"
                result.problems.insert(0, Problem.about_file(FIX_RULE, message))
                return result
    result = lint_one(path, new_data, config, args.quiet)
    result.fixed, result.output, result.applied = count, fixed, applied
    if new_data != data and (args.dry_run or args.format == "diff"):
        result.diff = unified_diff(path, source.text, fixed)
    if stuck:
        result.problems = _not_converged(stuck) + result.problems
    return result


def _fix_job(job) -> FileResult:
    path, config, args = job
    from postlint.cli import _unreadable

    try:
        return fix_one(path, read_bounded(path), config, args)
    except OSError as exc:
        return _unreadable(path, exc)


def fix_files(files: list[str], config_for, args) -> list[FileResult]:
    """Fix every file (in a process pool for --jobs > 1); results in the given order.

    With --dry-run the diffs are printed here, in order, after the pool is done.
    """
    from postlint.runner import default_jobs

    jobs = [(path, config_for(path), args) for path in files]
    workers = min(args.jobs or default_jobs(), len(jobs))
    if workers > 1:
        from concurrent.futures import ProcessPoolExecutor
        from functools import partial

        from postlint import timing
        from postlint.runner import _timed

        with ProcessPoolExecutor(max_workers=workers) as pool:
            if timing.enabled():  # the workers send their rules' times with each result
                results = [timing.merged(r) for r in pool.map(partial(_timed, _fix_job), jobs, chunksize=4)]
            else:
                results = list(pool.map(_fix_job, jobs, chunksize=4))
    else:
        results = [_fix_job(job) for job in jobs]
    if diff_before_report(args.format):
        for result in results:
            if result.diff:
                sys.stdout.write(result.diff)
    return results


# Reports that are one document for a program to read: no diff is printed before them.
_DOCUMENT_FORMATS = ("json", "sarif", "junit", "checkstyle", "jslint-xml", "tap")


def diff_before_report(format_name: str) -> bool:
    """Whether ``--fix --dry-run`` prints the diffs before the report of what remains (not
    before a document such as JSON, nor in a --fix format, which shows the fixes itself).

    >>> diff_before_report("stylish"), diff_before_report("json"), diff_before_report("diff")
    (True, False, False)
    """
    from postlint.formatters import FIX_FORMATS

    return format_name not in _DOCUMENT_FORMATS and format_name not in FIX_FORMATS


def fix_stdin(data: bytes, name: str, config: Config, args) -> int:
    """``--stdin --fix`` prints the fixed text (textlint's behaviour), or a report of the
    fixes in one of textlint's fixer formats."""
    from postlint.formatters import is_fix_report, render_fix

    try:
        source = Source.from_bytes(data, name)
    except SourceError as exc:
        print(f"postlint: error: {name}: {exc}", file=sys.stderr)
        return 2
    applied: list[FileResult] = []
    fixed, count, _ = fix_text(source.text, name, config, unsafe=args.unsafe_fixes, only=args.rule,
                               applied=applied)
    if is_fix_report(args.format):
        from postlint.cli import lint_one

        result = lint_one(name, _encode(source, fixed), config, args.quiet)
        result.fixed, result.output, result.applied = count, fixed, applied
        result.diff = unified_diff(name, source.text, fixed) if fixed != source.text else ""
        sys.stdout.write(render_fix(args.format, [result]))
    elif args.dry_run:
        sys.stdout.write(unified_diff(name, source.text, fixed))
    else:
        sys.stdout.buffer.write(_encode(source, fixed))
    return 0


def unified_diff(path: str, before: str, after: str) -> str:
    lines = difflib.unified_diff(before.splitlines(keepends=True), after.splitlines(keepends=True),
                                 fromfile=f"a/{path}", tofile=f"b/{path}")
    return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines)
