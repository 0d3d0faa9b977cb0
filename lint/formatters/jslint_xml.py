"""JSLint's XML, as textlint's ``jslint-xml`` format writes it (read by older CI plug-ins)::

    <jslint><file name="posts/a.md">
      <issue line="3" char="5" evidence="" reason="message (max-ten)"/>
    </file></jslint>

``char`` is the 1-based column in UTF-16 code units, as textlint's.  Every file linted
is listed, clean ones empty.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from postlint.formatters import FileResult
from postlint.formatters._common import span, xml_safe


def render(results: list[FileResult], color: bool = False) -> str:
    root = ET.Element("jslint")
    for result in results:
        node = ET.SubElement(root, "file", name=xml_safe(result.path))
        for p in result.problems:
            line, column, _, _ = span(result, p)
            ET.SubElement(node, "issue", line=str(line), char=str(column), evidence="",
                          reason=xml_safe(f"{p.message} ({p.rule_id})"))
    ET.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
