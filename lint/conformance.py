"""Run textlint's own rule test cases (``shared/conformance/*.json``) through postlint.

Each case holds a text, the rule's options and what the real textlint
reported (``observed``, ranges in UTF-16) and, for fixable rules, the fixed
text (``observed_output``) of one ``textlint --fix`` run, i.e. one fix pass.  A case *agrees* when postlint reports the same
multiset of ``range[0]``; its *positions agree* when the whole ranges, lines and
columns (as the json format prints them) are the same too; a fix case agrees when
the fixed texts are equal.

    python bench/conformance_report.py [RULE ...]     # a table per rule
"""

from __future__ import annotations

import json
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ENV = "POSTLINT_CONFORMANCE"
SUPPORTED_EXT = (".md", ".markdown", ".txt")


def default_dir() -> Path:
    if os.environ.get(ENV):
        return Path(os.environ[ENV])
    return Path(__file__).resolve().parents[2] / "shared" / "conformance"


@dataclass
class RuleResult:
    rule: str
    cases: int = 0
    agree: int = 0
    skipped: int = 0
    fix_cases: int = 0
    fix_agree: int = 0
    positions_agree: int = 0  # cases whose whole positions agree too: range, line, column
    failures: list[dict] = field(default_factory=list)
    position_failures: list[str] = field(default_factory=list)  # ids of the cases where they do not

    @property
    def rate(self) -> float:
        return self.agree / self.cases if self.cases else 1.0


def rule_files(directory: Path) -> list[Path]:
    """The rule files: one per rule at the top, and the JTF preset's in preset-jtf-style/."""
    top = sorted(p for p in directory.glob("*.json") if p.name != "index.json")
    return top + sorted(directory.glob("preset-jtf-style/*.json"), key=lambda p: [int(n) for n in p.stem.split(".")])


def rule_of(path: Path) -> str:
    """postlint's id of the rule a case file is about: its name for a top-level file; for a
    preset's file, the rule the preset lists under the file's key (``4.2.7.コロン(：)`` ->
    ``jtf-4-2-7``); the key itself when no preset lists it."""
    if path.parent.name.startswith("preset-"):
        from postlint.config import presets

        data = json.loads(path.read_text("utf-8"))
        key = data.get("preset_key") or data["rule"].split("/", 1)[-1]
        for preset in presets().values():
            for rule_id, name in (preset.get("keys") or {}).items():
                if name == key:
                    return rule_id
        return key
    return path.stem


def _observed(case: dict) -> list[int]:
    return sorted(o["range"][0] for o in case.get("observed") or [] if o.get("range"))


def _observed_positions(case: dict) -> list[tuple]:
    return sorted((*o["range"], o["line"], o["column"]) for o in case.get("observed") or [] if o.get("range"))


def run_case(rule: str, case: dict):
    """(postlint's range[0] list in UTF-16, fixed text or None, (range[0], range[1], line,
    column) of each problem as the json format prints them) for one case."""
    from postlint.config import resolve
    from postlint.engine import lint
    from postlint.fixer import fix_text
    from postlint.formatters import FileResult
    from postlint.source import Source

    config = resolve({"rules": {rule: case.get("options") if case.get("options") is not None else True}})
    ext = case.get("ext") or ".md"
    source = Source.from_text(case["text"], f"case{ext}")
    problems = lint(source, config)
    result = FileResult(source.path, problems, source)
    starts = sorted(result.utf16_range(p)[0] for p in problems)
    positions = sorted((*result.utf16_range(p), *result.loc(p)[:2]) for p in problems)
    fixed = None
    if case.get("observed_output") is not None:
        fixed = fix_text(source.text, source.path, config, max_passes=1)[0]  # one `textlint --fix`
        if source.bom:
            fixed = "\ufeff" + fixed
    return starts, fixed, positions


def evaluate(path: Path) -> RuleResult:
    data = json.loads(path.read_text("utf-8"))
    rule = rule_of(path)
    result = RuleResult(rule)
    for case in data["cases"]:
        if case.get("plugins") or (case.get("ext") or ".md") not in SUPPORTED_EXT:
            result.skipped += 1
            continue
        result.cases += 1
        try:
            starts, fixed, positions = run_case(rule, case)
        except Exception as exc:  # noqa: BLE001 - a report, not a crash
            result.failures.append({"id": case["id"], "error": repr(exc)})
            continue
        want = _observed(case)
        ok = Counter(starts) == Counter(want)
        result.agree += ok
        if positions == _observed_positions(case):
            result.positions_agree += 1
        else:
            result.position_failures.append(case["id"])
        if case.get("observed_output") is not None:
            result.fix_cases += 1
            fix_ok = fixed == case["observed_output"]
            result.fix_agree += fix_ok
            if not fix_ok:
                result.failures.append({"id": case["id"], "fixed": fixed, "want_output": case["observed_output"]})
        if not ok:
            result.failures.append({"id": case["id"], "got": starts, "want": want, "text": case["text"][:120]})
    return result


def known_rule(rule: str) -> bool:
    from postlint.engine import rule_ids

    return rule in rule_ids()
