"""Checkstyle XML, read by reviewdog, Jenkins (Warnings NG), GitLab and many CI tools.

    <checkstyle version="4.3"><file name="posts/a.md">
      <error line="3" column="5" severity="error" message="..." source="postlint.max-ten"/>
    </file></checkstyle>

Columns are 1-based UTF-16 code units (Java's, like textlint's); severity is
error, warning or info.  Every file linted is listed, clean ones empty.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from postlint.formatters import FileResult
from postlint.formatters._common import span, xml_safe

SEVERITIES = {1: "warning", 2: "error", 3: "info"}


def render(results: list[FileResult], color: bool = False) -> str:
    root = ET.Element("checkstyle", version="4.3")
    for result in results:
        node = ET.SubElement(root, "file", name=xml_safe(result.path))
        for p in result.problems:
            line, column, _, _ = span(result, p)
            ET.SubElement(node, "error", line=str(line), column=str(column),
                          severity=SEVERITIES[int(p.severity)], message=xml_safe(p.message),
                          source=xml_safe(f"postlint.{p.rule_id}"))
    ET.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
