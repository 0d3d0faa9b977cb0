#!/usr/bin/env python3
"""Recall and precision of no-mix-keitai-jotai on planted sentences (not run by pytest).

    python bench/keitai_jotai_eval.py                 # every suitable corpus post
    python bench/keitai_jotai_eval.py --posts 100 -v  # a sample, printing misses and false alarms

Takes the corpus posts whose body has a clear majority (敬体 or 常体, judged by the rule's own
sentence analysis), plants one to three sentences of the OTHER style after sentence ends in
body paragraphs, and lints the result:

* a report inside a planted sentence is a hit; recall = planted sentences hit / planted;
* a report elsewhere that was not already there before planting is a false alarm;
  precision = hits / (hits + false alarms);
* reports already present in the original post (real mixing in the corpus) are counted
  apart ("pre-existing") and listed with -v.

The planted sentences are written here for this benchmark.  Reads the corpus from
$POSTLINT_SHARED/corpus (default ../shared/corpus next to the repository).
"""

from __future__ import annotations

import argparse
import os
import random
import sys
from pathlib import Path
from typing import NamedTuple

from postlint.config import resolve
from postlint.engine import lint
from postlint.markdown import parse
from postlint.rule import Context
from postlint.rules import no_mix_keitai_jotai as rule
from postlint.rules._politeness import DEARU as PLAIN, DESU_MASU as POLITE
from postlint.source import Source

SHARED = Path(os.environ.get("POSTLINT_SHARED", Path(__file__).resolve().parents[2] / "shared"))

PLAIN_SENTENCES = [
    "この設定はあとから変更できる。",
    "その結果、処理時間は半分になった。",
    "ここが一番の難所である。",
    "これは意図した動作だ。",
    "実際には誰も使っていない。",
    "画面の表示が少し遅い。",
    "この手順は省略しても問題ない。",
    "当時はまだ情報が少なかった。",
    "だからこそ検証が必要なのだ。",
    "いずれ標準になるだろう。",
    "この方法なら安全に移行できるかもしれない。",
    "チームの全員がこの規約を守っている。",
    "小さな変更でも影響は大きくなりやすい。",
    "設定ファイルは一か所にまとめておく。",
    "古い版はすでにサポートが終わっている。",
    "まずは手元で試してみよう。",
    "この機能はもっと早く欲しかった。",
    "結論から言うと、移行は簡単だった。",
    "依存関係の更新は毎週自動で行われる。",
    "正直なところ、この仕様は分かりにくい。",
    "私はこの選択が正しかったと思う。",
    "同じ問題は他のプロジェクトでも起きている。",
    "この値は実行のたびに変わる。",
    "エラーの原因はすぐに見つかった。",
    "もう少し改善の余地がありそうだ。",
    "ログを見れば原因はすぐにわかる。",
    "ここでは詳しく説明しない。",
    "利用者の数は年々増え続けている。",
    "テストが通らない限りリリースはしない。",
    "この差は無視できないほど大きい。",
    "それが今回の変更の本当の目的である。",
    "次の版ではこの制限がなくなる予定だ。",
    "実装はそれほど難しくなかった。",
    "この設計には明確な利点がある。",
    "私たちはまだ答えを持っていない。",
    "今後も同じ方針で開発を続けたい。",
    "ドキュメントはすべて公開されている。",
    "この問題はすでに修正済みだ。",
    "大事なのは継続することなのである。",
    "この挙動は仕様として定められているのだ。",
    "古いブラウザではこの機能が動かなかった。",
    "誰もがこの変化に驚かされた。",
    "手順そのものは単純だよね。",
    "この結果にはかなり満足している。",
    "この結果にはかなり満足している（今のところは）。",
    "設定ひとつで挙動ががらりと変わるのだ！",
    "ここまで来れば、あとは仕上げるだけである😊。",
    "もう少し速くなれば言うことはないんだけどね。",
]

POLITE_SENTENCES = [
    "この設定はあとから変更できます。",
    "その結果、処理時間は半分になりました。",
    "ここが一番の難所です。",
    "実際には誰も使っていません。",
    "画面の表示が少し遅いです。",
    "当時はまだ情報が少なかったです。",
    "だからこそ検証が必要なのです。",
    "いずれ標準になるでしょう。",
    "まずは手元で試してみましょう。",
    "詳しくは公式の案内をご覧ください。",
    "この機能はもっと早く欲しかったですね。",
    "エラーの原因はすぐには見つかりませんでした。",
    "ログを見れば原因はすぐにわかりますよ。",
    "この値は実行のたびに変わります。",
    "今後も同じ方針で開発を続けたいと思います。",
    "私たちはまだ答えを持っていないんです。",
    "ドキュメントはすべて公開されています。",
    "この問題はすでに修正済みでした。",
    "それが今回の変更の本当の目的なのでしょう。",
    "利用者の数は年々増え続けています。",
    "古いブラウザではこの機能が動きませんでした。",
    "この差は無視できないほど大きいのです。",
    "設定ひとつで挙動ががらりと変わるんです！",
    "詳しい手順は後ほど紹介します（少し長くなります）。",
    "ここまで来れば、あとは仕上げるだけですね😊。",
]

# Endings rewritten to the other style (``convert`` mode): the first that matches wins
# (None: leave the sentence alone).
TO_PLAIN = [
    ("ませんでした", None), ("ません", None),  # would need the verb's 未然形
    ("なのです", "なのだ"), ("のです", "のだ"), ("んです", "んだ"), ("でしょう", "だろう"),
    ("ていました", "ていた"), ("ています", "ている"), ("でいました", "でいた"), ("でいます", "でいる"), ("ではありません", "ではない"),
    ("ありません", "ない"), ("ありました", "あった"), ("あります", "ある"),
    ("できました", "できた"), ("できます", "できる"), ("なりました", "なった"), ("なります", "なる"),
    ("しました", "した"), ("します", "する"), ("でした", "だった"), ("いです", "い"),
    ("えます", "える"), ("けます", "ける"), ("べます", "べる"), ("めます", "める"), ("れます", "れる"),
    ("せます", "せる"), ("ります", "る"), ("きます", "く"), ("てみます", "てみる"), ("みます", "む"), ("います", "う"),
    ("です", "である"),
]
TO_POLITE = [
    ("である", "です"), ("のだ", "のです"), ("だろう", "でしょう"), ("ている", "ています"),
    ("ていた", "ていました"), ("ではない", "ではありません"), ("できる", "できます"),
    ("なった", "なりました"), ("なる", "なります"), ("した", "しました"), ("する", "します"),
    ("だった", "でした"), ("ある", "あります"), ("だ", "です"),
]


def analyse(text: str, path: str):
    """(body polite count, body plain count, insertion points) of one post."""
    source = Source.from_text(text, path)
    doc = parse(source)
    ctx = Context(source, doc, path)
    counts = {POLITE: 0, PLAIN: 0}
    for kind, style, *_ in rule.judged_sentences(doc, ctx):
        if kind == "body":
            counts[style] += 1
    points = []
    for kind, node in rule._sections(doc):
        if kind != "body" or node.inside("FootnoteDefinition"):
            continue
        for sentence in ctx.sentences(node):
            if sentence.end <= node.end and text[sentence.end - 1] in _CLEAN_END:
                points.append(sentence.end)
    return counts[POLITE], counts[PLAIN], points


_CLEAN_END = frozenset("。．！!")


class Post:
    """A corpus post: its body style counts, insertion points and convertible sentences."""

    def __init__(self, name: str, text: str):
        self.name, self.text = name, text
        source = Source.from_text(text, name)
        doc = parse(source)
        ctx = Context(source, doc, name)
        self.judged = [j for j in rule.judged_sentences(doc, ctx) if j.kind == "body"]
        self.counts = {POLITE: 0, PLAIN: 0}
        for j in self.judged:
            self.counts[j.style] += 1
        self.points = []
        for kind, node in rule._sections(doc):
            if kind != "body" or node.inside("FootnoteDefinition"):
                continue
            for sentence in ctx.sentences(node):
                if sentence.end <= node.end and text[sentence.end - 1] in _CLEAN_END:
                    self.points.append(sentence.end)

    def host_style(self, minimum: int):
        polite, plain = self.counts[POLITE], self.counts[PLAIN]
        if polite >= minimum and plain * 4 <= polite:
            return POLITE
        if plain >= minimum and polite * 4 <= plain:
            return PLAIN
        return None

    def conversions(self, style, table):
        """Edits rewriting the ending of each judged ``style`` sentence that ``table`` covers."""
        out = []
        for j in self.judged:
            if j.style != style or self.text[j.end:j.end + 1] not in _CLEAN_END:
                continue
            for old, new in table:
                if self.text[j.start:j.end].endswith(old):
                    if new is not None:
                        out.append(Edit(j.end - len(old), j.end, new, j.sentence_start))
                    break
        return out


class Edit(NamedTuple):
    start: int  # replace text[start:end] by text
    end: int
    text: str
    target: int  # where the sentence a report should point into begins


def apply(text: str, edits: list[Edit]):
    """The edited text, each edit's target range in it, and a map of old offsets to new."""
    edits = sorted(edits)
    out, targets, pos, shift = [], [], 0, 0
    for e in edits:
        out.append(text[pos:e.start])
        targets.append((e.target + shift, e.start + shift + len(e.text)))
        out.append(e.text)
        shift += len(e.text) - (e.end - e.start)
        pos = e.end
    out.append(text[pos:])

    def moved(offset: int) -> int:
        return offset + sum(len(e.text) - (e.end - e.start) for e in edits if e.end <= offset)

    return "".join(out), targets, moved


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--posts", type=int, default=0, help="at most this many host posts (0 = all)")
    parser.add_argument("--seed", type=int, default=20251110)
    parser.add_argument("--min", type=int, default=8, help="judged body sentences a host needs")
    parser.add_argument("--mode", choices=("insert", "convert", "both"), default="both",
                        help="insert new sentences, rewrite endings of existing ones, or both (per post)")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    corpus = SHARED / "corpus"
    if not corpus.is_dir():
        print(f"no corpus at {corpus}", file=sys.stderr)
        return 2
    rng = random.Random(args.seed)
    config = resolve({"rules": {rule.ID: True}})
    names = (corpus / "bench-list.txt").read_text(encoding="utf-8").split()
    rng.shuffle(names)
    rows = {}
    for name in names:
        if args.posts and sum(r["posts"] for r in rows.values()) >= args.posts:
            break
        post = Post(name, (corpus / name).read_text(encoding="utf-8"))
        host = post.host_style(args.min)
        if host is None:
            continue
        table, pool = (TO_PLAIN, PLAIN_SENTENCES) if host == POLITE else (TO_POLITE, POLITE_SENTENCES)
        k = min(rng.randint(1, 3), max(1, post.counts[host] // 8))
        mode = args.mode if args.mode != "both" else rng.choice(("insert", "convert"))
        if mode == "convert":
            candidates = post.conversions(host, table)
            edits = rng.sample(candidates, min(k, len(candidates)))
        else:
            points = rng.sample(post.points, min(k, len(post.points)))
            edits = [Edit(p, p, sentence, p) for p, sentence in zip(points, rng.sample(pool, len(points)))]
        if not edits:
            continue
        text, targets, moved = apply(post.text, edits)
        before = {(moved(p.start), moved(p.end)) for p in lint(Source.from_text(post.text, name), config)}
        after = lint(Source.from_text(text, name), config)
        row = rows.setdefault((host, mode), {"posts": 0, "planted": 0, "hit": 0, "false": 0, "pre": 0})
        row["posts"] += 1
        row["planted"] += len(targets)
        hit = set()
        for p in after:
            inside = [t for t in targets if t[0] <= p.start < t[1]]
            if inside:
                hit.update(inside)
            elif (p.start, p.end) in before:
                row["pre"] += 1
            else:
                row["false"] += 1
                if args.verbose:
                    print(f"  FALSE ALARM {name}:{p.line}: 「{text[p.start:p.end]}」 {p.message}")
        row["hit"] += len(hit)
        if args.verbose:
            for t in targets:
                if t not in hit:
                    print(f"  MISSED {name}: {text[t[0]:t[1]]!r}")
    print(f"{'hosts / planted':24} {'posts':>5} {'planted':>7} {'hit':>5} {'false':>5} {'recall':>7} "
          f"{'precision':>9} {'pre-existing':>12}")
    total = {"posts": 0, "planted": 0, "hit": 0, "false": 0, "pre": 0}
    for (host, mode), row in sorted(rows.items()):
        label = ("敬体 + 常体" if host == POLITE else "常体 + 敬体") + f" ({mode})"
        _line(label, row)
        for key in total:
            total[key] += row[key]
    _line("ALL", total)
    return 0


def _line(label: str, row: dict) -> None:
    recall = row["hit"] / row["planted"] if row["planted"] else 0.0
    found = row["hit"] + row["false"]
    precision = row["hit"] / found if found else 1.0
    print(f"{label:20} {row['posts']:5} {row['planted']:7} {row['hit']:5} {row['false']:5} {recall:7.1%} "
          f"{precision:9.1%} {row['pre']:12}")


if __name__ == "__main__":
    sys.exit(main())
