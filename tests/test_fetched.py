"""postlint.fetched: how rule data is downloaded (a site on this machine's loopback)."""

import json

import pytest

from postlint import fetched


@pytest.fixture
def site(tmp_path, monkeypatch):
    from pathlib import Path

    monkeypatch.syspath_prepend(str(Path(__file__).parent / "rules"))  # (the rules' tests' helper)
    import linkserver

    server = linkserver.start_data_site(monkeypatch, tmp_path / "cache")
    server.files["/data.json"] = b"[1, 2, 3]"
    yield f"http://127.0.0.1:{server.server_port}/data.json", server
    server.shutdown()


def test_an_answer_too_large_is_refused_not_held(site, monkeypatch):
    url, server = site
    monkeypatch.setattr(fetched, "MAX_BYTES", 8)
    data, why = fetched.fetch(url, 60, json.loads, "the test data", "test")
    assert data is None and "over" in why and url in why


def test_offline_nothing_is_downloaded_but_a_copy_serves(site, monkeypatch):
    url, server = site
    assert fetched.fetch(url, 60, json.loads, "the test data", "test") == ([1, 2, 3], None)
    monkeypatch.setenv("POSTLINT_OFFLINE", "1")
    monkeypatch.setattr(fetched, "_FETCHED", {})
    data, why = fetched.fetch(url, 0, json.loads, "the test data", "test")  # stale: would fetch
    assert data == [1, 2, 3] and "POSTLINT_OFFLINE" in why and "copy fetched before" in why
    assert server.hits == {"/data.json": 1}


def test_a_site_that_fails_is_not_asked_again_for_a_while(site):
    url, server = site
    del server.files["/data.json"]
    for _ in range(3):
        assert fetched.fetch(url, 60, json.loads, "the test data", "test")[0] is None
    assert server.hits == {"/data.json": 1}
