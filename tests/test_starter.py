"""postlint --init's config, fitted to the generator of the site in the folder."""

import json
import subprocess

import pytest
from test_cli import POSTLINT

from postlint.config import load
from postlint.engine import lint_text
from postlint.starter import detect, starter_config

# A Zenn article: its fences, an embed and an image width are Zenn's syntax; the one real
# problem is the closing question mark of the last paragraph.
ZENN_ARTICLE = """---
title: "小さなCLIを作る"
emoji: "🛠"
type: "tech"
topics: ["python", "cli"]
published: true
---

## はじめに

小さなコマンドを作ります。

:::message
古い版では動きません。
:::

:::details 実行した結果
表示された内容を載せます。
:::

@[card](https://example.com/tool)

![](https://example.com/screen.png =480x)

動かせましたか？
"""

HUGO_POST = """---
title: "庭の記録"
date: 2024-05-01
---

今日は庭の写真を載せます。

{{< figure src="garden.jpg" title="春の庭" >}}

来年も咲くでしょうか？
"""

JEKYLL_POST = """---
title: "旅の記録"
---

駅から歩きました。

{% include map.html place="港" %}

次はどこへ行きますか？
"""

HATENA_POST = """---
Title: 庭の写真
Category:
- 日記
EditURL: https://blog.hatena.ne.jp/hanako/hanako.hatenablog.com/atom/entry/1
Draft: true
---

[:contents]

庭の写真を撮りました。

[f:id:hanako:20240401093015j:plain:alt=春の庭の写真]

来年も咲くでしょうか？
"""


def write(folder, files: dict) -> None:
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")


@pytest.mark.parametrize(("files", "name", "posts"), [
    ({"package.json": json.dumps({"devDependencies": {"zenn-cli": "^0.1"}}), "articles/a.md": ""}, "Zenn", ("articles",)),
    ({"articles/a.md": ZENN_ARTICLE, "books/b/config.yaml": ""}, "Zenn", ("articles", "books")),
    ({"qiita.config.json": "{}", "public/a.md": ""}, "Qiita CLI", ("public",)),
    ({"package.json": json.dumps({"dependencies": {"@docusaurus/core": "3"}}), "docs/a.md": ""}, "Docusaurus", ("docs",)),
    ({"package.json": json.dumps({"devDependencies": {"vitepress": "1"}})}, "VitePress", ()),
    ({"package.json": json.dumps({"dependencies": {"astro": "5", "@astrojs/starlight": "0.3"}}),
      "src/content/docs/a.md": ""}, "Starlight", ("src/content/docs",)),
    ({"package.json": json.dumps({"dependencies": {"hexo": "7"}}), "_config.yml": "", "source/_posts/a.md": ""},
     "Hexo", ("source/_posts",)),
    ({"hugo.toml": "baseURL = 'https://example.org/'\n", "content/a.md": ""}, "Hugo", ("content",)),
    ({"config.toml": "baseURL = 'https://example.org/'\n", "content/a.md": ""}, "Hugo", ("content",)),
    ({"config/_default/hugo.toml": "", "content/a.md": ""}, "Hugo", ("content",)),
    ({"_config.yml": "title: 日記\n", "_posts/a.md": ""}, "Jekyll", ("_posts",)),
    ({"blogsync.yaml": "", "hanako.hatenablog.com/entry/2024/04/01/a.md": HATENA_POST}, "Hatena Blog",
     ("hanako.hatenablog.com",)),
    ({"hanako.hatenablog.com/entry/a.md": HATENA_POST}, "Hatena Blog", ("hanako.hatenablog.com",)),
])
def test_detect_names_the_generator_and_its_folders_of_posts(tmp_path, files, name, posts):
    write(tmp_path, files)
    site = detect(tmp_path)
    assert (site.name, site.posts) == (name, posts)
    assert load_written(tmp_path, starter_config(site)).warnings == []


@pytest.mark.parametrize("files", [
    {},
    {"articles/a.md": "---\ntitle: 普通の記事\n---\n本文。\n"},        # articles/ of another generator
    {"config.toml": "title = 'x'\n", "content/a.md": ""},               # no baseURL: not Hugo's
    {"package.json": "{not json"},
    {"package.json": "[1, 2]"},
])
def test_detect_finds_no_generator_where_none_is_sure(tmp_path, files):
    write(tmp_path, files)
    assert detect(tmp_path) is None


def load_written(folder, text):
    (folder / ".postlintrc.yml").write_text(text, "utf-8")
    return load(folder / ".postlintrc.yml")


def with_preset(text: str) -> str:
    return text.replace("  # preset-ja-technical-writing: true", "  preset-ja-technical-writing: true")


@pytest.mark.parametrize(("files", "post", "name", "question_line"), [
    ({"package.json": json.dumps({"devDependencies": {"zenn-cli": "^0.1"}})}, ZENN_ARTICLE, "articles/small-cli-tool.md", 25),
    ({"hugo.toml": ""}, HUGO_POST, "content/garden.md", 10),
    ({"_config.yml": ""}, JEKYLL_POST, "_posts/2024-05-01-trip.md", 9),  # (its date: the file name's)
    ({"blogsync.yaml": ""}, HATENA_POST, "hanako.hatenablog.com/entry/a.md", 15),  # (a draft: no Date)
])
def test_the_generators_syntax_is_quiet_and_the_prose_around_it_is_checked(tmp_path, files, post, name, question_line):
    write(tmp_path, files)
    config = load_written(tmp_path, with_preset(starter_config(detect(tmp_path))))
    found = [(p.rule_id, p.line) for p in lint_text(post, config, str(tmp_path / name))]
    assert found == [("ja-technical-writing/no-exclamation-question-mark", question_line)]
    # the same post with a config of no known site: its syntax is reported, as textlint reports it
    plain = load_written(tmp_path, with_preset(starter_config(None)))
    assert len(lint_text(post, plain, str(tmp_path / name))) > 1


def test_a_zenn_article_needs_no_date_and_a_blogs_post_does(tmp_path):
    zenn = load_written(tmp_path, starter_config(detect_in(tmp_path / "zenn", {"articles/a.md": ZENN_ARTICLE})))
    assert lint_text(ZENN_ARTICLE, zenn, "articles/small-cli-tool.md") == []
    blog = load_written(tmp_path, starter_config(None))
    assert [p.message for p in lint_text(ZENN_ARTICLE, blog, "a.md")] == [
        "front matter lacks the required key 'date' (a date under another generator's name, such as pubDate or "
        "publishDate, or a file name that starts with YYYY-MM-DD- would do too)"]


def test_a_zenn_configs_front_matter_schema_is_zenns(tmp_path):
    config = load_written(tmp_path, starter_config(detect_in(tmp_path, {"articles/a.md": ZENN_ARTICLE})))
    wrong = ZENN_ARTICLE.replace('type: "tech"', 'type: "blog"').replace(
        'topics: ["python", "cli"]', "topics: [a, b, c, d, e, f]").replace("published: true", 'published: "yes"')
    assert [(p.line, p.message) for p in lint_text(wrong, config, "articles/a.md")] == [
        (1, "file name 'a.md' does not fit articles/ (^[a-z0-9_-]{12,50}\\.md$, fileNames): "
            "the site's generator may skip or refuse it"),
        (4, "front matter key 'type' is 'blog': use one of 'tech', 'idea'"),
        (5, "front matter key 'topics' has 6 items: at most 5"),
        (6, "front matter key 'published' should be true or false, not a string ('yes')")]


def test_a_jekyll_post_without_a_dated_name_is_reported(tmp_path):
    config = load_written(tmp_path, starter_config(detect_in(tmp_path, {"_config.yml": ""})))
    assert lint_text(JEKYLL_POST, config, "_posts/2024-05-01-trip.md") == []
    assert [p.message[:40] for p in lint_text(JEKYLL_POST, config, "_posts/trip.md")][:1] == [
        "file name 'trip.md' does not fit _posts/"]


def test_docs_sites_do_not_check_the_title_against_the_first_heading(tmp_path):
    docs = detect_in(tmp_path, {"package.json": json.dumps({"devDependencies": {"vitepress": "1"}})})
    page = "---\ntitle: 導入\n---\n\n# 導入\n\n手順を説明します。\n"
    assert lint_text(page, load_written(tmp_path, starter_config(docs)), "docs/a.md") == []
    assert [p.rule_id for p in lint_text(page, load_written(tmp_path, starter_config(None)), "a.md")] == [
        "front-matter", "no-title-in-body"]


def detect_in(folder, files):
    write(folder, files)
    return detect(folder)


def test_init_says_which_site_it_wrote_for(tmp_path):
    write(tmp_path, {"articles/a.md": ZENN_ARTICLE})
    result = subprocess.run([*POSTLINT.split(), "--init"], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "for a Zenn site (articles/ with Zenn's emoji and topics keys)" in result.stdout
    assert "run `postlint articles`" in result.stdout
    assert "required: [title] " in (tmp_path / ".postlintrc.yml").read_text("utf-8")
