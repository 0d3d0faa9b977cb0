"""GitLab's Code Quality report: a JSON array of issues for the merge request widget.

    # .gitlab-ci.yml
    postlint:
      script: postlint --format gitlab --output-file gl-code-quality.json _posts/
      artifacts:
        reports:
          codequality: gl-code-quality.json

Each problem is an issue with its message (``description``), the rule id (``check_name``),
a severity (error -> ``major``, warning -> ``minor``, info -> ``info``), the file's path and
the line it starts on (counted by line feeds, as git counts them).  GitLab tells a problem
new in a merge request from one already on the target branch by ``fingerprint``, so the
fingerprint leaves the line out (a paragraph added above must not make every problem below
it "new"): it hashes the path, the rule, the message, the text the problem is about and how
many alike came before it in the file.
"""

from __future__ import annotations

import hashlib
import json

from postlint.formatters import FileResult
from postlint.formatters._common import relative_path
from postlint.formatters.rdjson import Positions, source_of
from postlint.rule import Severity

SEVERITY = {Severity.ERROR: "major", Severity.WARNING: "minor", Severity.INFO: "info"}


def issues(results):
    """Every problem as a Code Quality issue, file by file."""
    for result in results:
        path = relative_path(result.path)
        source = source_of(result) if result.problems else None
        position = Positions(source)
        seen: dict[str, int] = {}
        for problem in result.problems:
            about = source.text[problem.start:problem.end] if source is not None else ""
            identity = "\0".join((path, problem.rule_id, problem.message, about))
            seen[identity] = seen.get(identity, -1) + 1
            begin = position(problem.start)["line"]
            end = max(begin, position(problem.end)["line"])
            yield {
                "description": problem.message,
                "check_name": problem.rule_id,
                "fingerprint": hashlib.sha256(f"{identity}\0{seen[identity]}".encode("utf-8", "surrogatepass")).hexdigest(),
                "severity": SEVERITY[problem.severity],
                "location": {"path": path, "lines": {"begin": begin, "end": end}},
            }


def render(results: list[FileResult], color: bool = False) -> str:
    return json.dumps(list(issues(results)), ensure_ascii=False, indent=2) + "\n"
