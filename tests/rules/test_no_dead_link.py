"""no-dead-link against a local server (tests/rules/linkserver.py): no test touches the internet.

Expected lines and columns were checked against textlint 15.8.0 with
textlint-rule-no-dead-link 6.2.3 on the same server.
"""

import time

import pytest

from postlint.cache import Cache
from postlint.config import resolve
from postlint.engine import lint
from postlint.source import Source

from linkserver import start

RULE = "no-dead-link"
QUICK = {"maxRetryTime": 0, "retry": 1, "timeout": 2}  # no waits between retries


@pytest.fixture(scope="module")
def server():
    running = start()
    yield running
    running.shutdown()


def _lint(text, options=None, path="case.md"):
    config = resolve({"rules": {RULE: {**QUICK, **(options or {})}}})
    return lint(Source.from_text(text, str(path)), config)


VALID = [
    {"text": "公式は [こちら](http://127.0.0.1:PORT/ok) です。", "options": QUICK},
    {"text": "裸の URL http://127.0.0.1:PORT/ok も見る。", "options": QUICK},
    {"text": "連絡は [メール](mailto:someone@example.com) か someone@example.com へ。", "options": QUICK},
    {"text": "> 引用の中は見ない [a](http://127.0.0.1:PORT/404) http://127.0.0.1:PORT/500", "options": QUICK},
    {"text": "コード `http://127.0.0.1:PORT/404` と画像 ![図](http://127.0.0.1:PORT/404) と <a href=\"http://127.0.0.1:PORT/404\">HTML</a>。", "options": QUICK},
    {"text": "```\nhttp://127.0.0.1:PORT/404\n```", "options": QUICK},
    {"text": "[隣のファイル](exists.md) と [見出し](#top) と [問い合わせ](?q=1)。", "options": {**QUICK, "baseURI": "BASE"}},
    {"text": "[ない](missing.md)", "options": {**QUICK, "checkRelative": False}},
    {"text": "[古い](http://127.0.0.1:PORT/404/old)", "options": {**QUICK, "ignore": ["http://127.0.0.1:PORT/404/**"]}},
    {"text": "[転送](http://127.0.0.1:PORT/301-ok) と [悪い転送](http://127.0.0.1:PORT/301-bad)", "options": {**QUICK, "ignoreRedirects": True}},
    {"text": "[ftp](ftp://127.0.0.1/x) と [tel](tel:0000)", "options": QUICK},
]
INVALID = [
    {"text": "本文 [a](http://127.0.0.1:PORT/404) です。", "options": QUICK,
     "errors": [{"line": 1, "column": 8, "message": "404 Not Found"}]},
    {"text": "消えた http://127.0.0.1:PORT/410 と壊れた <http://127.0.0.1:PORT/500>。", "options": QUICK,
     "errors": [{"column": 5, "message": "410 Gone"}, {"column": 38, "message": "500 Internal Server Error"}]},
    # a redirect is fixed to the final URL (a #fragment kept)
    {"text": "[移転](http://127.0.0.1:PORT/301-ok#sec)", "options": QUICK,
     "errors": [{"column": 6, "message": "http://127.0.0.1:PORT/ok#sec へ転送"}], "output": "[移転](http://127.0.0.1:PORT/ok#sec)"},
    # the final URL as the URL parser writes it (small letters, a "/" path)
    {"text": "[a](http://127.0.0.1:PORT/to-root)", "options": QUICK,
     "errors": [{"column": 5, "message": "301 Moved Permanently"}], "output": "[a](http://127.0.0.1:PORT/)"},
    {"text": "[連鎖](http://127.0.0.1:PORT/chain \"題\")", "options": QUICK,
     "errors": [{"column": 6, "message": "302 Found"}], "output": "[連鎖](http://127.0.0.1:PORT/ok \"題\")"},
    {"text": "[行き止まり](http://127.0.0.1:PORT/301-bad) [Location なし](http://127.0.0.1:PORT/noloc)", "options": QUICK,
     "errors": [{"column": 9, "message": "その先が開けません"}, {"column": 55, "message": "301"}]},
    # reference definitions, in a list item and a block quote too; the uses are not checked
    {"text": "[本][r1] と [r2]\n\n[r1]: http://127.0.0.1:PORT/404\n- [r2]: <http://127.0.0.1:PORT/410> \"題\"\n> [r3]: http://127.0.0.1:PORT/500", "options": QUICK,
     "errors": [{"line": 3, "column": 7}, {"line": 4, "column": 10}, {"line": 5, "column": 9}]},
    # headings, emphasis, tables; text running on after a bare URL is part of it
    {"text": "# 見出し http://127.0.0.1:PORT/404\n\n**強調 http://127.0.0.1:PORT/404**\n\n| a |\n|---|\n| http://127.0.0.1:PORT/404 |\n\n続けてhttp://127.0.0.1:PORT/404です", "options": QUICK,
     "errors": [{"line": 1, "column": 7}, {"line": 3, "column": 6}, {"line": 7, "column": 3},
                {"line": 9, "column": 4, "message": "404です"}]},
    # a URL decoded from the source is not found in it: reported a character before the link,
    # and not fixed (textlint's fix there overwrites the wrong text)
    {"text": "前 [a](http://127.0.0.1:PORT/&#52;04) と [b](http://127.0.0.1:PORT/&#51;01-ok)", "options": QUICK,
     "errors": [{"column": 2}, {"column": 40}], "output": "前 [a](http://127.0.0.1:PORT/&#52;04) と [b](http://127.0.0.1:PORT/&#51;01-ok)"},
    # textlint's URL pattern in text that is no link: a file path
    {"text": "プロトコル相対 //example.test/x と ftp://example.test/y", "options": QUICK,
     "errors": [{"column": 9, "message": "ファイルがありません"}, {"column": 32}]},
    {"text": "[ない](missing.md) と [ない2](/no/such/file)", "options": {**QUICK, "baseURI": "BASE"},
     "errors": [{"column": 6, "message": "missing.md"}, {"column": 26}]},
    {"text": "[古い](http://127.0.0.1:PORT/404/old)", "options": {**QUICK, "ignore": ["http://127.0.0.1:PORT/other/*"]}, "errors": [{"column": 6}]},
]


def _filled(value, port, base):
    """A table entry with the server's port and the folder of the test's files filled in."""
    if isinstance(value, str):
        return value.replace("PORT", str(port)).replace("BASE", base)
    if isinstance(value, list):
        return [_filled(v, port, base) for v in value]
    if isinstance(value, dict):
        return {k: _filled(v, port, base) for k, v in value.items()}
    return value


def test_cases(rule_tester, server, tmp_path):
    (tmp_path / "exists.md").write_text("x")
    rule_tester(RULE, *_filled([VALID, INVALID], server.server_port, str(tmp_path) + "/"))


def test_head_refused_falls_back_to_get(server):
    u = f"http://127.0.0.1:{server.server_port}"
    assert _lint(f"[a]({u}/nohead?1)") == []
    assert server.methods["/nohead?1"] == ["HEAD", "GET"]
    problems = _lint(f"[a]({u}/nohead?2)", {"retry": 0})
    assert len(problems) == 1 and "405" in problems[0].message


def test_prefer_get(server):
    u = f"http://127.0.0.1:{server.server_port}"
    assert len(_lint(f"[a]({u}/headbad?1)", {"retry": 0})) == 1
    assert _lint(f"[a]({u}/headbad?2)", {"retry": 0, "preferGET": [u]}) == []
    assert server.methods["/headbad?2"] == ["GET"]


def test_retry_after_429(server):
    u = f"http://127.0.0.1:{server.server_port}"
    began = time.monotonic()
    assert _lint(f"[a]({u}/busy?1)", {"preferGET": [u]}) == []  # waits the Retry-After second
    assert time.monotonic() - began >= 0.9
    assert server.hits["/busy?1"] == 2
    began = time.monotonic()
    assert _lint(f"[a]({u}/busy?2)", {"preferGET": [u], "maxRetryAfterTime": 0}) == []  # too long: no wait
    assert time.monotonic() - began < 0.9
    assert len(_lint(f"[a]({u}/busy?3)", {"preferGET": [u], "retry": 0})) == 1


def test_server_error_retried(server):
    u = f"http://127.0.0.1:{server.server_port}"
    assert _lint(f"[a]({u}/flaky?1)", {"preferGET": [u]}) == []
    assert server.hits["/flaky?1"] == 2
    problems = _lint(f"[a]({u}/404?retries)", {"retry": 3})
    assert len(problems) == 1 and server.methods["/404?retries"] == ["HEAD", "GET", "GET", "GET"]


def test_slow_server_times_out(server):
    u = f"http://127.0.0.1:{server.server_port}"
    began = time.monotonic()
    problems = _lint(f"[遅い]({u}/slow)", {"timeout": 0.3, "retry": 0})
    assert time.monotonic() - began < 2
    assert len(problems) == 1 and "応答がありません" in problems[0].message


def test_credentials_are_not_sent(server):
    u = f"http://user:secret@127.0.0.1:{server.server_port}"
    problems = _lint(f"[a]({u}/ok?credentials)")
    assert len(problems) == 1 and "パスワード" in problems[0].message
    assert "/ok?credentials" not in server.hits


def test_refused_connection():
    problems = _lint("[閉じた](http://127.0.0.1:1/x)", {"retry": 0})
    assert len(problems) == 1 and "接続を拒否" in problems[0].message


def test_one_request_per_url(server):
    u = f"http://127.0.0.1:{server.server_port}"
    text = f"[a]({u}/ok?once) と {u}/ok?once\n\n[b]: {u}/ok?once"
    assert _lint(text) == [] and _lint(text) == []  # a second file of the run: the first answer
    assert server.hits["/ok?once"] == 1


def test_user_agent(server):
    u = f"http://127.0.0.1:{server.server_port}"
    assert _lint(f"[a]({u}/ua)") == []
    assert len(_lint(f"[a]({u}/ua)", {"userAgent": "curl/8", "retry": 0})) == 1


def test_relative_links_beside_the_post(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "child.md").write_text("x")
    (tmp_path / "space name.md").write_text("x")
    post = tmp_path / "post.md"
    text = "[a](sub/child.md#part) [b](<space name.md>) [c](space%20name.md) [d](./sub/) [e](../nothing.md)"
    problems = _lint(text, path=post)
    assert [(p.line, p.column + 1) for p in problems] == [(1, 82)]
    assert _lint(text, {"checkRelative": False}, path=post) == []


def test_relative_link_without_a_base():
    problems = _lint("[a](other.md) と [b](https://example.test/x)", {"ignore": ["https://**"]}, path="<stdin>.md")
    assert len(problems) == 1 and "baseURI" in problems[0].message and problems[0].column == 4


def test_base_uri_and_http_only(server):
    u = f"http://127.0.0.1:{server.server_port}"
    problems = _lint("[a](ok) [b](404)", {"baseURI": u + "/"})
    assert [p.column + 1 for p in problems] == [13]
    assert len(_lint("[a](ok) [b](404)", {"baseURI": u + "/", "httpOnly": True})) == 1


def test_dot_in_ignore(server):
    u = f"http://127.0.0.1:{server.server_port}"
    text = f"[a]({u}/.hidden)"
    assert len(_lint(text, {"ignore": [f"{u}/*"], "retry": 0})) == 1  # * skips a leading dot
    assert _lint(text, {"ignore": [f"{u}/*"], "dotInIgnore": True}) == []


def test_results_never_cached(tmp_path):
    cache = Cache(tmp_path)
    config = resolve({"rules": {RULE: True}})
    cache.put(b"[a](missing.md)", config, [])
    assert cache.get(b"[a](missing.md)", config) is None  # a link may die after the run
    other = resolve({"rules": {"no-todo": True}})
    cache.put(b"text", other, [])
    assert cache.get(b"text", other) == []


def test_bad_options():
    from postlint.config import ConfigError

    with pytest.raises((ConfigError, ValueError)):
        resolve({"rules": {RULE: {"concurrency": 0}}})


def test_cache_does_not_hide_a_change(tmp_path):
    """postlint --cache twice on an unchanged post: the second run checks the links again."""
    import json
    import subprocess
    import sys
    from pathlib import Path

    post = tmp_path / "post.md"
    post.write_text("[次の記事](next.md)\n", "utf-8")
    (tmp_path / ".textlintrc.json").write_text(json.dumps({"rules": {RULE: True}}), "utf-8")
    command = [str(Path(sys.executable).with_name("postlint")), "--cache", "--format", "unix", "post.md"]
    first = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True)
    assert first.returncode == 1 and "next.md" in first.stdout
    (tmp_path / "next.md").write_text("x", "utf-8")
    second = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True)
    assert second.returncode == 0, second.stdout
