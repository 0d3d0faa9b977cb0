"""Run-level rules: checks that need every file of the run (no-cross-post-duplicate).

A rule module marks itself ``RUN_LEVEL = True`` and defines, besides the usual ``check()``
(which reports nothing per file):

- ``collect(doc, opts, ctx) -> digest``: what it keeps of one file (picklable, small);
- ``check_run(digests, opts) -> {path: [Problem]}``: called once with every file's digest;
  the problems carry offsets and line/column already;
- optionally ``RUN_MIN_FILES``: fewer files than this (a comparison of posts needs two) are
  neither collected nor checked, so a pre-commit run of one post pays nothing for the rule.

:func:`run_level` is the one call the CLI makes, after the per-file pass (cached or not, in
parallel or not) and before ``--quiet`` filtering::

    results = lint_files(files, configs.for_file, jobs=args.jobs, cache=cache, progress=True)
    run_level(results, configs.for_file, jobs=args.jobs)

It re-reads each file's text from ``FileResult.source`` (so cached files take part), collects
digests (in a process pool when ``jobs > 1``), runs ``check_run`` once per rule and option set,
stamps the rule's display id and severity, drops problems the config's filters silence, and
merges them into the results in order.  Files whose config does not enable the rule are
neither compared nor reported.

>>> from postlint.config import resolve
>>> from postlint.formatters import FileResult
>>> from postlint.source import Source
>>> para = "同じ段落がふたつの記事に出てくると、読者は同じ話を二度読むことになり、検索でも不利になる。"
>>> results = [FileResult(p, [], Source.from_text(t, p)) for p, t in
...            [("a.md", "前置き。\\n\\n" + para + "\\n"), ("b.md", para + "\\n")]]
>>> config = resolve({"rules": {"no-cross-post-duplicate": True}})
>>> run_level(results, lambda path: config)
>>> [(r.path, p.line, p.message.split(":")[0]) for r in results for p in r.problems]
[('a.md', 3, 'the same paragraph appears in another post'), ('b.md', 1, 'the same paragraph appears in another post')]
"""

from __future__ import annotations

import json
from time import perf_counter

from postlint import timing
from postlint.rule import Context

POOL_MIN_FILES = 64  # fewer files are collected in-process (a pool costs more than it saves)


def run_level_rules(config) -> list:
    """(setting, module) of the enabled run-level rules of one config."""
    from postlint.engine import load_rule

    out = []
    for setting in config.rules:
        rule = load_rule(setting.id)
        if getattr(rule, "RUN_LEVEL", False):
            out.append((setting, rule))
    return out


def _collect(job):
    """One file's digest for one rule (runs in a worker process when jobs > 1)."""
    rule_id, options, path, text, syntax = job
    from postlint.engine import load_rule
    from postlint.markdown import parse
    from postlint.source import Source

    source = Source.from_text(text, path)
    try:
        doc = parse(source, syntax=syntax)
    except Exception:  # the per-file pass already reported the parse problem
        return None
    return load_rule(rule_id).collect(doc, options, Context(source, doc, path))


def run_level(results, config_for, *, jobs: int | None = 1) -> None:
    """Run every enabled run-level rule over ``results`` and add its problems to them.

    ``jobs``: worker processes for collecting (None: one per CPU, as the per-file pass).
    """
    if jobs is None:
        from postlint.runner import default_jobs

        jobs = default_jobs()
    from postlint.engine import syntax_of

    groups: dict[tuple, dict] = {}
    for index, result in enumerate(results):
        if result.source is None or not result.source.text.strip():
            continue
        for setting, rule in run_level_rules(config_for(result.path)):
            key = (setting.id, json.dumps(setting.options, sort_keys=True, default=str))
            group = groups.setdefault(key, {"rule": rule, "options": setting.options, "members": []})
            group["members"].append((index, setting))
    for (rule_id, _), group in groups.items():
        members = group["members"]
        if len(members) < getattr(group["rule"], "RUN_MIN_FILES", 1):
            continue
        started = perf_counter()
        jobs_list = [(rule_id, group["options"], results[i].path, results[i].source.text,
                      syntax_of(results[i].path, config_for(results[i].path))) for i, _ in members]
        if jobs > 1 and len(jobs_list) >= POOL_MIN_FILES:
            from postlint.runner import _pool

            with _pool(jobs) as pool:
                digests = list(pool.map(_collect, jobs_list, chunksize=16))
        else:
            digests = [_collect(job) for job in jobs_list]
        kept = [(m, d) for m, d in zip(members, digests) if d is not None]
        found = group["rule"].check_run([d for _, d in kept], group["options"])
        if timing.enabled():  # collecting in a pool counts as the time the run waited for it
            timing.add_rule_time(members[0][1].display_id, perf_counter() - started)
        for (index, setting), digest in kept:
            problems = found.get(digest.path)
            if problems:
                _merge(results[index], problems, setting, config_for(results[index].path))


def _merge(result, problems, setting, config) -> None:
    from postlint.engine import apply_filters, syntax_of
    from postlint.markdown import parse

    for p in problems:
        p.rule_id = setting.display_id
        p.severity = setting.severity
    text = result.source.text
    if (config.comments_filter and ("-disable" in text or config.comment_words[1] in text)) \
            or config.filters:  # else no parse is needed
        problems = apply_filters(problems, parse(result.source, syntax=syntax_of(result.path, config)), text, config)
    result.problems = sorted([*result.problems, *problems], key=lambda p: p.sort_key())
