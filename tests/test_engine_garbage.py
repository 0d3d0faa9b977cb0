"""The engine pauses the cyclic garbage collector while it lints and collects fully only
every 1000 lints (postlint.engine._settle_garbage): a rule that leaves a reference cycle
holding the lint's context would keep every document's tree, tokens and analyses alive until
then.  Each built-in rule must free its context by reference counting alone."""

import gc

import pytest

from postlint import engine
from postlint.config import resolve
from postlint.engine import lint_text, load_rule, rule_ids

RULES = [r for r in rule_ids() if load_rule(r).__name__.startswith("postlint.rules.")]

POST = """---
title: 表記の確認
date: 2024-01-02
tags: [テスト]
excerpt: 表記を確かめる記事です。
---

# 表記の確認

これはテストです。しかし、しかし問題があるかもしれない！ 読む事ができる。
詳細は https://example.com/a を見てください、そして、また、さらに、つまり、確認します。

- 一つ目の項目です。
- 二つ目の項目
  1. 入れ子の項目です。
  2. 入れ子の項目

> 引用の中の文です。

| 見出し | 値 |
| --- | --- |
| セル | ｱｲｳ |

```js
const x = 1; // TODO
```

本文に `code` と **強調** と [リンク](https://example.com "題") と ![画像](a.png) があります[^1]。

[^1]: 脚注の文です。

<!-- textlint-disable -->
無効にした範囲の文です！
<!-- textlint-enable -->
"""


@pytest.mark.parametrize("rule_id", RULES)
def test_a_rule_leaves_no_cycle_holding_the_lint(rule_id):
    config = resolve({"rules": {rule_id: True}, "filters": {"comments": True}})
    before = engine.cycle_collections
    assert gc.isenabled()
    lint_text(POST, config, "2024-01-02-check.md")
    assert engine.cycle_collections == before, f"{rule_id} left a reference cycle that holds the lint's context"


def test_a_cycle_that_holds_the_context_is_collected_after_the_lint(monkeypatch):
    """A rule that keeps its context in a cycle (here: a list that holds itself and the
    context) is found out and collected at once."""
    import types

    kept = []

    def check(node, opts, ctx):
        cycle = [ctx]
        cycle.append(cycle)
        kept.append(__import__("weakref").ref(ctx))
        return []

    rule = types.SimpleNamespace(ID="cycle-maker", NODES=("Document",), OPTIONS={}, DEFAULTS={}, check=check)
    real = engine.load_rule
    monkeypatch.setattr(engine, "load_rule", lambda rid: rule if rid == "cycle-maker" else real(rid))
    config = resolve({"rules": {"no-nfd": True}})
    config.rules[0].id = "cycle-maker"
    before = engine.cycle_collections
    lint_text("本文です。", config)
    assert engine.cycle_collections == before + 1
    assert kept[0]() is None  # freed right after its lint
