"""JUnit XML, for CI systems that show test reports (GitLab, Jenkins, Azure, CircleCI).

One ``<testsuite>`` per file.  A clean file is one passing test case; a file
with problems has one failing test case per problem, named ``line:column
rule-id`` (1-based line, 1-based UTF-16 column), whose ``<failure>`` carries
the message and the severity as its ``type``.  Errors and warnings both fail
the test case, as in ESLint's junit format; info problems are ``<skipped>``
(shown, never failing).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from postlint.formatters import FileResult
from postlint.formatters._common import span, xml_safe
from postlint.rule import Severity


def _case(suite, classname: str, name: str) -> ET.Element:
    return ET.SubElement(suite, "testcase", classname=classname, name=name, time="0")


def render(results: list[FileResult], color: bool = False) -> str:
    root = ET.Element("testsuites", name="postlint")
    total = failed = 0
    for result in results:
        path = xml_safe(result.path)
        suite = ET.SubElement(root, "testsuite", name=path)
        failures = skipped = 0
        if not result.problems:
            _case(suite, path, path)
        for p in result.problems:
            line, column, _, _ = span(result, p)
            case = _case(suite, path, xml_safe(f"{line}:{column} {p.rule_id}"))
            text = xml_safe(f"{result.path}:{line}:{column}: {p.message} [{p.severity.label}/{p.rule_id}]")
            if p.severity == Severity.INFO:
                ET.SubElement(case, "skipped", message=xml_safe(p.message)).text = text
                skipped += 1
            else:
                ET.SubElement(case, "failure", message=xml_safe(p.message), type=p.severity.label).text = text
                failures += 1
        count = max(1, len(result.problems))
        suite.attrib.update(tests=str(count), failures=str(failures), errors="0", skipped=str(skipped), time="0")
        total += count
        failed += failures
    root.attrib.update(tests=str(total), failures=str(failed), errors="0", time="0")
    ET.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
