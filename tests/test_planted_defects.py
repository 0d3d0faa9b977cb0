"""Planted editorial defects in a few synthetic posts are all found, and nothing else.

A small, corpus-free version of bench/planted_defects.py: four posts written
for this test, each first checked clean, then with defects of every kind
planted at known lines (missing and invalid front matter keys, exact and near
duplicate paragraphs, a repeated closing question, a wrong reading time).
"""

from __future__ import annotations

import math

import pytest

from postlint.config import resolve
from postlint.engine import lint
from postlint.markdown import parse
from postlint.rules.reading_time import reading_size
from postlint.source import Source

REQUIRED = ["layout", "title", "date", "categories", "tags", "author", "excerpt", "reading_time"]
CONFIG = {"rules": {"front-matter": {"required": REQUIRED}, "no-duplicate-paragraph": True,
                    "no-duplicate-sentence": True, "reading-time": {"charsPerMinute": 500}}}
KIND_RULE = {"missing-key": "front-matter", "invalid-key": "front-matter", "exact-paragraph": "no-duplicate-paragraph",
             "near-paragraph": "no-duplicate-paragraph", "closing-question": "no-duplicate-sentence",
             "reading-time": "reading-time"}

POSTS = {
    "2024-04-06-kitchen-garden.md": ("ベランダ菜園を始めて一年", [
        "## きっかけ",
        "去年の春、在宅勤務が増えたのをきっかけに、ベランダでミニトマトとバジルを育て始めました。"
        "最初は百円ショップのプランターと市販の培養土だけで、肥料のこともほとんど知りませんでした。",
        "最初の失敗は水のやりすぎでした。毎朝たっぷり水をあげていたら、バジルの葉が黄色くなり、根元から元気がなくなっていきました。"
        "調べてみると、土の表面が乾いてから水をあげるのが基本だと分かりました。",
        "## 一年で分かったこと",
        "日当たりは思っていた以上に大事です。同じミニトマトでも、午前中だけ日が当たる場所と一日中日が当たる場所では、"
        "実の数がまるで違いました。今年は棚を作って、プランターを少し高い位置に置くつもりです。",
        "収穫したトマトを使って、休日に家族でパスタを作ったのは良い思い出です。"
        "自分で育てた野菜は、形が不ぞろいでも不思議とおいしく感じます。",
        "- プランターは深めのものを選ぶ\n- 水は土が乾いてからあげる\n- 肥料は少なめから試す",
        "次の春には、ナスとピーマンにも挑戦してみたいと考えています。",
    ]),
    "2024-05-18-local-train.md": ("ローカル線で海沿いの町へ", [
        "連休の最終日に、前から気になっていたローカル線に乗って、海沿いの小さな町まで出かけてきました。"
        "乗り換えを含めて片道三時間ほどの旅です。",
        "二両編成の列車は、住宅地を抜けるとすぐに田んぼの中を走り始めました。"
        "窓を少しだけ開けると、土と草の匂いが車内に入ってきて、それだけで遠くに来た気分になります。",
        "## 海の見える駅",
        "終点の一つ手前の駅は、ホームから海が見えることで知られています。"
        "降りたのは私を含めて三人だけで、改札を出ると波の音と鳥の声しか聞こえませんでした。",
        "駅前の食堂で食べた焼き魚定食は、ご飯のおかわりが自由でした。"
        "店主の方が、昔はこの町にも映画館があったのだと懐かしそうに話してくれました。",
        "帰りの列車は夕日の中を走りました。海が少しずつ色を変えていくのを眺めながら、また季節を変えて来ようと決めました。",
    ]),
    "2024-06-02-reading-notes.md": ("積読を減らすための読書記録", [
        "本を買うペースに読むペースが追いつかず、気づけば机の横に三十冊以上の積読ができていました。"
        "そこで今年から、読んだ本を短い記録に残すことにしました。",
        "記録の形式はとても簡単です。読み終えた日付、題名、心に残った一文、そして次に読みたくなった本の名前だけを書きます。"
        "感想を長く書こうとすると続かないので、あえて短くしています。",
        "## 三か月続けてみて",
        "三か月続けてみると、自分がどんな本に手を伸ばしやすいのかが見えてきました。"
        "小説よりも、旅や料理についての随筆を読む日が多いようです。",
        "記録を読み返すと、同じ時期に読んだ本どうしが思わぬところでつながっていることにも気づきます。"
        "一冊の本が次の一冊を連れてくる感覚は、記録をつけるまで知りませんでした。",
        "積読はまだ二十冊ほど残っていますが、焦らずに一冊ずつ減らしていくつもりです。",
    ]),
    "2024-07-20-morning-run.md": ("朝のランニングを習慣にするまで", [
        "健康診断で運動不足を指摘されたのをきっかけに、朝のランニングを始めました。"
        "最初の一週間は、家の周りを十分ほど走るだけで息が上がってしまいました。",
        "続けるために決めたのは、前の晩にウェアと靴を玄関に並べておくことです。"
        "朝起きて迷う時間をなくすだけで、外に出るまでのハードルがずいぶん下がりました。",
        "## 距離より回数",
        "距離や速さの目標は立てず、週に四回外に出ることだけを目標にしました。"
        "雨の日は無理をせず、室内でストレッチをするだけでも一回と数えています。",
        "半年たった今では、川沿いのコースを四十分ほど走れるようになりました。"
        "季節ごとに変わる景色を楽しみにしながら、これからものんびり続けていきます。",
    ]),
}

QUESTION = "あなたにも、毎日少しずつ続けている習慣はありますか？"


def _reading_minutes(text: str) -> int:
    chars, words = reading_size(parse(Source.from_text(text, "x.md")), text)
    return max(1, math.ceil(chars / 500 + words / 200))


def _render(name, title, blocks, meta_overrides=None, drop=None, minutes=None):
    body = "\n\n".join(blocks) + "\n"
    date = name[:10]
    meta = {
        "layout": "post",
        "title": f'"{title}"',
        "date": f"{date} 08:30:00 +0900",
        "categories": '["日記"]',
        "tags": '["暮らし", "記録"]',
        "author": '"編集部"',
        "excerpt": f'"{blocks[0][:30] if not blocks[0].startswith("#") else blocks[1][:30]}"',
        "reading_time": None,
    }
    meta.update(meta_overrides or {})
    lines = ["---"]
    for key, value in meta.items():
        if key == drop:
            continue
        if key == "reading_time" and value is None:
            value = minutes if minutes is not None else "{RT}"
        lines.append(f"{key}: {value}")
    lines.append("---")
    text = "\n".join(lines) + "\n" + body
    if "{RT}" in text:
        text = text.replace("{RT}", str(_reading_minutes(text)))
    return text


def _line_of(text: str, fragment: str, nth: int = 1) -> int:
    start = -1
    for _ in range(nth):
        start = text.index(fragment, start + 1)
    return text.count("\n", 0, start) + 1


def _near_copy(paragraph: str) -> str:
    first, _, rest = paragraph.partition("。")
    return first.replace("の", "にある", 1) + "。" + rest.replace("ます", "ました", 1)


def _planted():
    """(name, text, expected [(kind, line)]) for every post with defects planted."""
    out = []
    names = list(POSTS)
    for n, name in enumerate(names):
        title, blocks = POSTS[name]
        blocks = list(blocks)
        prose = [b for b in blocks if not b.startswith(("#", "-"))]
        # exact duplicate: the second prose paragraph again before the last one
        blocks.insert(len(blocks) - 1, prose[1])
        # near duplicate of the first prose paragraph, at the end
        near = _near_copy(prose[0])
        blocks.append(near)
        # closing question: ends the third prose paragraph, then stands alone (plain, heading or bold)
        target = blocks.index(prose[2])
        blocks[target] = prose[2] + QUESTION
        alone = [QUESTION, "## " + QUESTION.rstrip("？"), f"**{QUESTION}**", QUESTION.replace("？", "?")][n % 4]
        blocks.insert(target + 1, alone)
        # a key to remove; not the date, which the file name (YYYY-MM-DD-slug.md) gives
        droppable = [key for key in REQUIRED if key != "date"]
        drop = droppable[n % len(droppable)]
        invalid = [("date", '"2024-02-30"'), ("tags", "42"), ("title", '""'), ("categories", "3.5")][n % 4]
        if invalid[0] == drop:
            drop = "author"
        wrong = 25
        text = _render(name, title, blocks, {invalid[0]: invalid[1]}, drop=drop, minutes=wrong)
        expected = [
            ("missing-key", 1),
            ("invalid-key", _line_of(text, f"{invalid[0]}: ")),
            ("exact-paragraph", _line_of(text, prose[1], 2)),
            ("near-paragraph", _line_of(text, near)),
            ("closing-question", _line_of(text, "\n" + alone + "\n") + 1),
            ("reading-time", _line_of(text, "reading_time: ")),
        ]
        out.append((name, text, expected))
    return out


def _problems(name, text):
    return lint(Source.from_text(text, f"_posts/{name}"), resolve(CONFIG))


@pytest.mark.parametrize("name", list(POSTS))
def test_clean_posts_are_quiet(name):
    title, blocks = POSTS[name]
    text = _render(name, title, blocks)
    problems = _problems(name, text)
    assert problems == [], [(p.rule_id, p.line, p.message) for p in problems]


def test_every_planted_defect_is_found_and_nothing_else():
    found = total = reported = matched = 0
    missed, extra = [], []
    for name, text, expected in _planted():
        problems = _problems(name, text)
        hit = set()
        for kind, line in expected:
            total += 1
            rule = KIND_RULE[kind]
            match = [i for i, p in enumerate(problems) if p.rule_id == rule and p.line == line]
            if match:
                found += 1
                hit.update(match)
            else:
                missed.append((name, kind, line))
        # a repeated paragraph also repeats its sentences: expected from the other rule
        planted_lines = {line for _, line in expected}
        for i, p in enumerate(problems):
            reported += 1
            if i in hit or (p.rule_id == "no-duplicate-sentence" and p.line in planted_lines):
                matched += 1
            else:
                extra.append((name, p.rule_id, p.line, p.message))
    assert not missed, missed
    assert not extra, extra
    assert found / total == 1.0 and matched / reported == 1.0
