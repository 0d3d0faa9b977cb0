"""The machine formats: sarif, github, junit, checkstyle, compact, unix.

tests/data/sarif-schema-2.1.0.json is the SARIF 2.1.0 schema (rtm.5, the one
SchemaStore publishes for 2.1.0) as shipped in the npm package
@microsoft/jest-sarif 1.0.0-beta.0 (MIT), lib/schemas/sarif-2.1.0-rtm.5.json.
"""

from __future__ import annotations

import importlib
import json
import os
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from postlint.formatters import FileResult
from postlint.rule import Fix, Problem, Severity
from postlint.source import Source

SCHEMA = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"
ROOT = Path(__file__).resolve().parents[1]
TEXT = "---\ntitle: x\n---\n\n😀𠮷の文です。\n二行目: 100%, 完了\n"
NASTY = "改行\nを含む 100% の: 文, です\r\n%0A と %25 は字義どおり"


def render(name: str, results) -> str:
    return importlib.import_module(f"postlint.formatters.{name}").render(results)


def problem(source: Source, start: int, end: int, message: str, rule: str, severity=Severity.ERROR, fix=None):
    p = Problem(rule, message, start, end, severity, fix)
    p.line, p.column = source.position(start)
    p.end_line, p.end_column = source.position(end)
    return p


@pytest.fixture()
def results(tmp_path, monkeypatch) -> list[FileResult]:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "記事 a.md").write_text(TEXT, "utf-8")
    source = Source.from_text(TEXT, "記事 a.md")
    at = TEXT.index("の文")
    second = TEXT.index("100%")
    problems = [
        problem(source, at, at + 2, NASTY, "ja-technical-writing/max-ten"),
        problem(source, second, second + 4, "全角にできます", "no-hankaku-kana", Severity.WARNING,
                Fix(second, second + 4, "１００％")),
        problem(source, second, second, "提案: 読点を削る", "max-comma", Severity.INFO, Fix(second, second + 1, "", safe=False)),
    ]
    unreadable = Problem("parse", "cannot read file: Permission denied", 0, 0, Severity.ERROR, line=1)
    return [FileResult("記事 a.md", problems, source), FileResult("clean.md", [], Source.from_text("本文。\n")),
            FileResult("/elsewhere/locked.md", [unreadable])]


def test_sarif_validates_against_the_schema(results):
    jsonschema = pytest.importorskip("jsonschema")
    log = json.loads(render("sarif", results))
    jsonschema.Draft4Validator(json.loads(SCHEMA.read_text("utf-8"))).validate(log)
    run = log["runs"][0]
    assert log["version"] == "2.1.0" and run["columnKind"] == "utf16CodeUnits"
    first = run["results"][0]
    region = first["locations"][0]["physicalLocation"]["region"]
    # 😀 and 𠮷 are two UTF-16 units each: の is at UTF-16 column 5 (1-based)
    assert (region["startLine"], region["startColumn"], region["endColumn"]) == (5, 5, 7)
    assert first["message"]["text"] == NASTY and first["level"] == "error"
    assert first["locations"][0]["physicalLocation"]["artifactLocation"] == {
        "uri": "%E8%A8%98%E4%BA%8B%20a.md", "uriBaseId": "%SRCROOT%"}
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == ["ja-technical-writing/max-ten", "no-hankaku-kana", "max-comma", "parse"]
    assert all(r["shortDescription"]["text"] for r in rules)
    assert [r["level"] for r in run["results"]] == ["error", "warning", "note", "error"]
    fix = run["results"][1]["fixes"][0]["artifactChanges"][0]["replacements"][0]
    assert fix["insertedContent"]["text"] == "１００％"
    assert run["results"][2]["fixes"][0]["description"]["text"].startswith("Suggestion")


def test_sarif_of_the_seed_post_validates(tmp_path):
    """Real rules, real docstrings: every rule postlint has, on the seed post."""
    jsonschema = pytest.importorskip("jsonschema")
    from postlint.config import resolve
    from postlint.engine import lint, rule_ids

    seed = ROOT / "seeds" / "2025-11-10-korea-ai-investment.md"
    source = Source.from_text(seed.read_text("utf-8"), str(seed))
    problems = lint(source, resolve({"rules": {r: True for r in rule_ids()}}))
    log = json.loads(render("sarif", [FileResult(str(seed), problems, source)]))
    jsonschema.Draft4Validator(json.loads(SCHEMA.read_text("utf-8"))).validate(log)
    assert len(log["runs"][0]["results"]) == len(problems)


def _parse_workflow_command(line: str) -> tuple[str, dict, str]:
    """Read a workflow command back the way the Actions runner does."""
    def unescape(text: str, prop: bool) -> str:
        text = text.replace("%0D", "\r").replace("%0A", "\n")
        if prop:
            text = text.replace("%3A", ":").replace("%2C", ",")
        return text.replace("%25", "%")

    assert line.startswith("::")
    end = line.index("::", 2)
    command, _, props = line[2:end].partition(" ")
    properties = {}
    for pair in filter(None, props.split(",")):
        key, _, value = pair.partition("=")
        properties[key] = unescape(value, True)
    return command, properties, unescape(line[end + 2:], False)


def test_github_annotations_survive_newlines_percent_colon_and_comma(results, tmp_path):
    results[0].path = str(tmp_path / "記事 a.md")  # absolute inside the work folder: shown relative
    results[0].problems[0].rule_id = "rule:with,odd%chars"
    out = render("github", results)
    lines = out.splitlines()
    assert len(lines) == 4, out  # one line per problem: no raw newline escapes
    command, props, message = _parse_workflow_command(lines[0])
    assert command == "error" and message == NASTY
    assert props == {"file": "記事 a.md", "line": "5", "endLine": "5", "col": "5", "endColumn": "7",
                     "title": "postlint rule:with,odd%chars"}
    assert [_parse_workflow_command(line)[0] for line in lines] == ["error", "warning", "notice", "error"]
    assert _parse_workflow_command(lines[3])[1]["file"] == "/elsewhere/locked.md"
    assert render("github", []) == ""


def test_junit_is_xml_with_one_case_per_problem(results):
    root = ET.fromstring(render("junit", results))
    assert root.tag == "testsuites" and root.get("failures") == "3" and root.get("tests") == "5"
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == ["記事 a.md", "clean.md", "/elsewhere/locked.md"]
    cases = suites[0].findall("testcase")
    assert cases[0].get("name") == "5:5 ja-technical-writing/max-ten"
    assert cases[0].find("failure").get("message") == NASTY
    assert cases[2].find("skipped") is not None
    assert suites[1].find("testcase").find("failure") is None


def test_checkstyle_is_xml(results):
    results[0].problems[0].message = "制御文字\x07と\x00も"
    root = ET.fromstring(render("checkstyle", results))
    files = root.findall("file")
    assert [f.get("name") for f in files] == ["記事 a.md", "clean.md", "/elsewhere/locked.md"]
    errors = files[0].findall("error")
    assert [(e.get("line"), e.get("column"), e.get("severity")) for e in errors] == [
        ("5", "5", "error"), ("6", "6", "warning"), ("6", "6", "info")]
    assert errors[0].get("message") == "制御文字\\u0007と\\u0000も"
    assert errors[0].get("source") == "postlint.ja-technical-writing/max-ten"
    assert files[1].findall("error") == []


@pytest.mark.parametrize("name, pattern", [
    ("compact", r"^(?P<path>.+): line (?P<line>\d+), col (?P<col>\d+), (Error|Warning|Info) - .+ \((?P<rule>[^()]+)\)$"),
    ("unix", r"^(?P<path>.+):(?P<line>\d+):(?P<col>\d+): .+ \[(Error|Warning|Info)/(?P<rule>[^\]]+)\]$"),
])
def test_one_line_formats(results, name, pattern):
    lines = render(name, results).splitlines()
    assert lines[-1] == "4 problems" and lines[-2] == ""
    parsed = [re.match(pattern, line) for line in lines[:-2]]
    assert all(parsed), lines
    assert [(m["path"], m["line"], m["col"], m["rule"]) for m in parsed][:2] == [
        ("記事 a.md", "5", "5", "ja-technical-writing/max-ten"), ("記事 a.md", "6", "6", "no-hankaku-kana")]
    assert render(name, [FileResult("clean.md", [])]) == ""


def test_every_format_module_renders(results):
    formats = sorted(p.stem for p in (ROOT / "lint" / "formatters").glob("*.py") if not p.stem.startswith("_"))
    for name in formats:
        assert isinstance(render(name, results), str), name
    assert os.path.exists(SCHEMA)


def test_pretty_error_marks_the_problem_under_wide_characters(results, tmp_path):
    out = render("pretty_error", results)
    block = out.split("\n\n")[0].splitlines()
    assert block[0].startswith("ja-technical-writing/max-ten: 改行 を含む")  # the message on one line
    assert block[1:6] == [
        "記事 a.md:5:5", " " * 11 + "v",  # under の: 4 + gutter 1 + 2, then 😀 and 𠮷 two columns each
        "    4.", "    5. 😀𠮷の文です。", "    6. 二行目: 100%, 完了"]
    assert block[6] == " " * 11 + "^"
    assert out.endswith("✖ 4 problems (2 errors, 1 warning, 1 info)\n")
    # a file that cannot be read again keeps its header without lines around it
    assert "/elsewhere/locked.md:1:1\n\n" in out
    assert render("pretty_error", [FileResult("clean.md", [])]) == ""


def test_tap_is_one_test_per_file(results):
    lines = render("tap", results).splitlines()
    assert lines[:3] == ["TAP version 13", "1..3", "not ok 1 - 記事 a.md"]
    assert "ok 2 - clean.md" in lines and "not ok 3 - /elsewhere/locked.md" in lines
    first = lines.index("  ---")
    assert lines[first + 1].startswith('  message: "改行\\nを含む')  # quoted: YAML reads the line break back
    assert lines[first + 2:first + 7] == ["  severity: error", "  data:", "    line: 5", "    column: 5",
                                          "    ruleId: ja-technical-writing/max-ten"]
    assert "  messages:" in lines and "    - message: 全角にできます" in lines


def test_jslint_xml_lists_each_file_and_issue(results):
    root = ET.fromstring(render("jslint_xml", results))
    files = root.findall("file")
    assert [f.get("name") for f in files] == ["記事 a.md", "clean.md", "/elsewhere/locked.md"]
    first = files[0].find("issue")
    assert (first.get("line"), first.get("char")) == ("5", "5")
    assert first.get("reason").endswith("(ja-technical-writing/max-ten)") and "\n" in first.get("reason")
    assert files[1].findall("issue") == []


def test_table_rows_line_up_with_wide_characters(results):
    from postlint.formatters._terminal import display_width

    lines = render("table", results).splitlines()
    rows = [line for line in lines if line.startswith(("║", "╟", "╔", "╚"))]
    assert len({display_width(line) for line in rows}) == 1, rows  # one width, however wide the text
    assert any("ja-technical-" in line for line in rows) and any("writing/max-ten" in line for line in rows)
    assert any("2 Errors, 1 Warning, 1 Info" in line for line in rows)
    assert render("table", [FileResult("clean.md", [])]) == ""


def test_positions_inside_an_emoji_print_as_textlint_prints_them():
    """textlint adds code-point positions to UTF-16 offsets and reports one-unit ranges, so
    some of its positions fall inside a character beyond U+FFFF: json prints them (as the
    real textlint 15.8 does for this text), stylish and fixes keep whole characters."""
    from postlint.config import resolve
    from postlint.engine import lint
    from postlint.formatters.json import message

    text = "今日は晴れでした😀😀\n\n𠮷野家で牛丼が食べれる。\n\n私は😀は好きだ。\n"
    config = resolve({"rules": {"ja-no-mixed-period": True, "no-dropping-the-ra": True, "no-doubled-joshi": True,
                                "max-kanji-continuous-len": {"max": 2}}})
    source = Source.from_text(text, "post.md")
    problems = lint(source, config)
    result = FileResult("post.md", problems, source)
    printed = [(m["ruleId"], m["range"], m["line"], m["column"], m["loc"]["end"]["column"])
               for m in (message(result, p) for p in problems)]
    assert printed == [("ja-no-mixed-period", [9, 10], 1, 10, 11), ("max-kanji-continuous-len", [14, 15], 3, 1, 2),
                       ("no-dropping-the-ra", [23, 24], 3, 10, 11), ("no-doubled-joshi", [32, 33], 5, 4, 5)]
    # the str offsets hold whole characters: the first emoji, 𠮷, the emoji before the second は
    assert [text[p.start:p.end] for p in problems if p.utf16_shift] == ["😀", "𠮷", "😀"]


def _text_at(data: bytes, start: dict, end: dict) -> str:
    """What an rdjson range names in a file's bytes: lines by line feed, columns in UTF-8 bytes."""
    lines = data.split(b"\n")
    if start["line"] == end["line"]:
        return lines[start["line"] - 1][start["column"] - 1:end["column"] - 1].decode("utf-8")
    head = lines[start["line"] - 1][start["column"] - 1:]
    middle = lines[start["line"]:end["line"] - 1]
    return b"\n".join([head, *middle, lines[end["line"] - 1][:end["column"] - 1]]).decode("utf-8")


def test_rdjson_ranges_and_suggestions_name_the_bytes_of_the_file(results, tmp_path):
    """reviewdog counts columns in UTF-8 bytes: each range must cut out of the file exactly the
    text the problem is about, past emoji and kanji, and each fix becomes a suggestion."""
    data = (tmp_path / "記事 a.md").read_bytes()
    source = results[0].source
    document = json.loads(render("rdjson", results))
    assert document["source"] == {"name": "postlint"} and document["severity"] == "ERROR"
    found = document["diagnostics"]
    assert [d["code"]["value"] for d in found] == ["ja-technical-writing/max-ten", "no-hankaku-kana", "max-comma",
                                                   "parse"]
    assert [d["severity"] for d in found] == ["ERROR", "WARNING", "INFO", "ERROR"]
    for d, p in zip(found, results[0].problems):
        assert d["location"]["path"] == "記事 a.md" and d["message"] == p.message
        assert _text_at(data, d["location"]["range"]["start"], d["location"]["range"]["end"]) == source.text[p.start:p.end]
    assert found[0]["location"]["range"]["start"] == {"line": 5, "column": 9}  # after 😀 (4 bytes) and 𠮷 (4)
    suggestion = found[1]["suggestions"][0]
    assert suggestion["text"] == "１００％" and _text_at(data, suggestion["range"]["start"], suggestion["range"]["end"]) == "100%"
    assert "suggestions" not in found[0]
    lines = render("rdjsonl", results).splitlines()
    assert [json.loads(line) for line in lines] == found


def test_rdjson_of_a_run_reads_the_file_again_for_its_byte_columns(tmp_path):
    """A run over files keeps only its problems' UTF-16 positions, not the text (in one process
    or in workers): the formatter reads the file again to count bytes, with --jobs as without."""
    import subprocess
    import sys

    for n in range(3):
        (tmp_path / f"p{n}.md").write_text(f"# 題{n}\n\n😀絵文字のあとの文です！本当に！\n", "utf-8")
    (tmp_path / ".postlintrc.yml").write_text("rules:\n  preset-ja-technical-writing: true\n", "utf-8")

    def run(jobs):
        done = subprocess.run([sys.executable, "-m", "postlint", "--jobs", jobs, "--format", "rdjson", "."],
                              cwd=tmp_path, capture_output=True, text=True)
        return json.loads(done.stdout)["diagnostics"]

    one, two = run("1"), run("2")
    assert one == two and len(one) == 6
    data = (tmp_path / "p0.md").read_bytes()
    first = next(d for d in one if d["location"]["path"] == "p0.md")
    assert _text_at(data, first["location"]["range"]["start"], first["location"]["range"]["end"]) == "！"


def test_gitlab_code_quality_fingerprints_survive_lines_added_above(tmp_path, monkeypatch):
    """GitLab marks an issue new when its fingerprint is: a paragraph added at the top must
    leave every fingerprint as it was, and two alike problems in one file still differ."""
    from postlint.config import resolve
    from postlint.engine import lint

    monkeypatch.chdir(tmp_path)
    body = "# 題\n\n本当にすごい！\n\n本当にすごい！\n\n長い文、長い文、長い文、長い文、長い文です。\n"
    config = resolve({"rules": {"preset-ja-technical-writing": True}})

    def report(text):
        (tmp_path / "a.md").write_text(text, "utf-8")
        source = Source.from_text(text, "a.md")
        return json.loads(render("gitlab", [FileResult("a.md", lint(source, config), source)]))

    before = report(body)
    after = report(body.replace("# 題\n\n", "# 題\n\n前に足した段落です。\n\n"))
    assert [i["fingerprint"] for i in before] == [i["fingerprint"] for i in after]
    assert len({i["fingerprint"] for i in before}) == len(before) >= 3
    assert [i["location"]["lines"]["begin"] + 2 for i in before] == [i["location"]["lines"]["begin"] for i in after]
    assert {i["severity"] for i in before} == {"major"} and before[0]["location"]["path"] == "a.md"
    assert before[0]["check_name"] == "ja-technical-writing/no-exclamation-question-mark"


# A line separator (U+2028, pasted from a web page) and a lone CR end lines for textlint,
# not for git: the question mark is on line 6, column 8 for textlint, and on line 4, column 15
# for git and GitHub.
ODD_BREAKS = "---\ntitle: 題\n---\n前の行\u2028続き\rまだ良いですか？\n"


@pytest.mark.parametrize("how", ["one process", "two processes", "from the cache"])
def test_github_and_sarif_count_lines_as_git_where_textlint_counts_more(tmp_path, monkeypatch, how):
    from postlint import runner
    from postlint.cache import Cache
    from postlint.config import resolve
    from postlint.runner import lint_files

    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(runner, "PARALLEL_MIN_BYTES", 0)
    posts = [tmp_path / "odd.md", tmp_path / "plain.md"]
    posts[0].write_bytes(ODD_BREAKS.encode())
    posts[1].write_bytes(ODD_BREAKS.replace("\u2028", "").replace("\r", "").encode())
    config = resolve({"rules": {"no-exclamation-question-mark": True}})
    store = Cache(str(tmp_path / "cache")) if how == "from the cache" else None
    paths = [str(p) for p in posts]
    if store is not None:
        lint_files(paths, lambda _: config, jobs=1, cache=store)
    results = lint_files(paths, lambda _: config, jobs=2 if how == "two processes" else 1, cache=store)
    odd = results[0].problems[0]
    assert (odd.line, results[0].loc(odd)[1]) == (6, 8)  # textlint's: json and stylish keep them
    annotations = [_parse_workflow_command(line)[1] for line in render("github", results).splitlines()]
    assert [(a["line"], a["col"], a["endLine"]) for a in annotations] == [("4", "15", "4"), ("4", "13", "4")]
    sarif = json.loads(render("sarif", results))["runs"][0]["results"]
    regions = [r["locations"][0]["physicalLocation"]["region"] for r in sarif]
    assert [(r["startLine"], r["startColumn"]) for r in regions] == [(4, 15), (4, 13)]
    assert ODD_BREAKS.split("\n")[3][14] == "？"
