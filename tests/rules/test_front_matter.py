import pytest

from postlint.config import resolve
from postlint.engine import lint
from postlint.source import Source

RULE = "front-matter"

SITE = ["layout", "title", "date", "categories", "tags", "author", "excerpt", "reading_time"]
FULL = (
    "---\n"
    "layout: post\n"
    'title: "春の庭づくり：球根を植える前に考えたこと"\n'
    "date: 2024-03-02 09:15:00 +0900\n"
    'categories: ["暮らし"]\n'
    'tags: ["庭", "園芸"]\n'
    'author: "山田"\n'
    'excerpt: "球根を植える前に土を見直しました。"\n'
    "reading_time: 3\n"
    "---\n"
    "庭の土を入れ替えました。\n"
)

VALID = [
    {"text": "---\ntitle: t\n---\n本文。\n", "ext": "/articles/my-first-note.md",
     "options": {"fileNames": {"articles": "^[a-z0-9_-]{12,50}[.]md$", "_posts": "^\\d{4}-"}}},
    "---\ntitle: 海辺の町で過ごした三日間\n---\n朝の市場を歩きました。\n",
    {"text": "前置きのない本文です。\n", "options": {"required": []}},
    {"text": FULL, "options": {"required": SITE}},
    # a quoted date and a quoted date-time are dates
    '---\ntitle: t\ndate: "2024-03-02"\n---\n',
    '---\ntitle: t\ndate: "2024-03-02 09:15:00 +0900"\n---\n',
    "---\ntitle: t\ndate: 2024-02-29T10:00:00Z\n---\n",
    # Hexo's (and Jekyll's) dates with slashes, and Hexo's YAML with no opening line,
    # a quoted value over two lines
    "---\ntitle: t\ndate: 2017/03/21 12:00:00\n---\n",
    'title: 港の朝\ndate: 2016/4/6 14:37:37\nlede: "一行目です。\n二行目です。"\n---\n本文です。\n',
    # tags may be a string; reading_time a number of minutes in words
    "---\ntitle: t\ntags: 日記\ncategories: [a, b]\n---\n",
    '---\ntitle: t\nreading_time: "約5分"\n---\n',
    '---\ntitle: t\nreading_time: "5 min"\n---\n',
    # odd YAML that is still fine
    "---\ntitle: &t 題名\nog_title: *t\n1: 2\nauthor_info: {name: 山田, url: x}\n---\n",
    # an empty optional key
    "---\ntitle: t\ntags:\nimage: ''\n---\n",
    {"text": '---\ntitle: ""\n---\n', "options": {"allowEmpty": True}},
    {"text": "---\ntitle: t\ntags: [a]\n---\n", "options": {"types": {"tags": "list"}}},
    # values and a number of items, as Zenn takes them (a key left out is not checked)
    {"text": "---\ntitle: t\ntype: idea\ntopics: [a, b]\n---\n",
     "options": {"values": {"type": ["tech", "idea"], "lang": ["ja"]}, "maxItems": {"topics": 2}}},
    {"text": "---\ntitle: t\nauthor: {name: 山田}\n---\n", "options": {"types": {"author": "any"}}},
    "---\ntitle: t\nauthor:\n  name: 山田\n  twitter: yamada\n---\n",  # jekyll-seo-tag's author
    "---\ntitle: t\nauthor: [山田, 佐藤]\n---\n",  # Hugo themes' authors (PaperMod's)
    # a required key written in another case (Hatena Blog's blogsync, Hugo), or the date under
    # another generator's name (Astro's pubDate, Hugo's publishDate, Nuxt's publishedAt...)
    {"text": "---\nTitle: 題\nDate: 2020-03-12T17:08:00+09:00\n---\n", "options": {"required": ["title", "date"]}},
    {"text": "---\ntitle: 題\npubDate: 2024-05-01\n---\n", "options": {"required": ["title", "date"]}},
    {"text": "---\ntitle: 題\npublishDate: 2015-10-04T09:00:00+09:00\n---\n", "options": {"required": ["title", "date"]}},
    {"text": "---\ntitle: 題\npublished: '2020-09-15'\n---\n", "options": {"required": ["title", "date"]}},
    {"text": "---\ntitle: 題\npubDatetime: 2023-04-07\n---\n", "options": {"required": ["title", "date"]}},  # AstroPaper
    {"text": "---\ntitle: 題\ncreatedAt: 2023-07-30\n---\n", "options": {"required": ["title", "date"]}},  # Next.js blogs
    {"text": "---\ntitle: 題\nupdated_at: '2026-03-19T12:24:45+09:00'\n---\n",  # Qiita CLI
     "options": {"required": ["title", "date"]}},
    {"text": "---\ntitle: t\nseries: {name: 旅, part: 2}\n---\n", "options": {"types": {"series": "mapping"}}},
    {"text": "---\ntitle: t\ndraft: false\n---\n", "options": {"types": {"draft": "boolean"}}},
    # Hugo's TOML front matter
    '+++\ntitle = "題"\ndate = 2024-03-02\n+++\n本文\n',
    # JSON front matter: Hugo's object, Hexo's members between or above ;;; lines
    '{\n  "title": "題",\n  "date": "2024-03-02",\n  "tags": ["庭"]\n}\n本文\n',
    ';;;\n"title": "題",\n"date": "2024-03-02"\n;;;\n本文\n',
    '"title": "題",\n"extra": {"a": [1, {"b": null}]}\n;;;\n本文\n',
]

INVALID = [
    # a file name the site's generator skips or refuses, in a folder fileNames names
    {"text": "---\ntitle: t\n---\n本文。\n", "ext": "/articles/intro.md",
     "options": {"fileNames": {"articles": "^[a-z0-9_-]{12,50}[.]md$"}},
     "errors": [{"line": 1, "column": 1, "message": "file name 'intro.md' does not fit articles/"}]},
    {"text": "---\ntitle: t\n---\n", "options": {"values": {"type": "tech"}, "maxItems": {"topics": "5"}},
     "errors": [{"line": 1, "message": "maxItems.topics: '5' is not a number of items"},
                {"line": 1, "message": "values.type: give a list of values, not 'tech'"}]},
    # a malformed setting is reported and not applied: true is no limit of one item
    {"text": "---\ntitle: t\ntopics: [a, b]\n---\n", "options": {"maxItems": {"topics": True}},
     "errors": [{"line": 1, "message": "maxItems.topics: True is not a number of items"}]},
    {"text": "---\ntitle: t\ntype: blog\ntopics: [a, b, c]\ntags: [x, z]\n---\n",
     "options": {"values": {"type": ["tech", "idea"], "tags": ["x", "y"]}, "maxItems": {"topics": 2}},
     "errors": [{"line": 3, "column": 7, "message": "'type' is 'blog': use one of 'tech', 'idea'"},
                {"line": 4, "message": "'topics' has 3 items: at most 2"},
                {"line": 5, "message": "'tags' holds 'z'"}]},
    {"text": "---\ntitle: 最初の題\ntags: [a]\ntitle: 後の題\n---\n本文。\n",
     "errors": [{"line": 4, "column": 1, "message": "gives 'title' again (first on line 2)"}]},
    {"text": "前置きのない本文です。\n",
     "errors": [{"line": 1, "column": 1, "message": "front matter is missing"}]},
    # front matter that lost its opening line is shown as text by the generator: said so
    {"text": "title=最初の記事です\nslug=first\n\n本文です。\n",
     "errors": [{"line": 1, "message": "'title=最初の記事です', looks like TOML front matter without its '+++' lines"}]},
    {"text": "title: 最初の記事です\ntags: [a]\n\n本文です。\n",
     "errors": [{"line": 1, "message": "looks like YAML front matter without its '---' lines"}]},
    {"text": "---\ntitle: t\n---\n本文。\n", "options": {"required": ["title", "date"]},
     "errors": [{"line": 1, "column": 1, "message": "lacks the required key 'date'"}]},
    {"text": FULL.replace("author: \"山田\"\n", "").replace("layout: post\n", ""), "options": {"required": SITE},
     "errors": [{"line": 1, "message": "'author'"}, {"line": 1, "message": "'layout'"}]},
    {"text": '---\ntitle: ""\n---\n', "errors": [{"line": 2, "column": 8, "message": "'title' is empty"}]},
    {"text": "---\ntitle:\n---\n", "errors": [{"line": 2, "column": 1, "message": "'title' is empty"}]},
    {"text": "---\ntitle: t\ntags: []\n---\n", "options": {"required": ["title", "tags"]},
     "errors": [{"line": 3, "column": 7, "message": "'tags' is empty"}]},
    {"text": '---\ntitle: t\ndate: "2025-02-30"\n---\n',
     "errors": [{"line": 3, "column": 7, "message": "not a real calendar date"}]},
    {"text": "---\ntitle: t\nauthor: 7\n---\n",
     "errors": [{"line": 3, "message": "should be a string or a mapping (key: value lines) or a list, not a number (7)"}]},
    # another key in the place of a required one: checked as that one
    {"text": "---\nTitle: ''\nDate: 2025-02-30\n---\n", "options": {"required": ["title", "date"]},
     "errors": [{"line": 2, "column": 8, "message": "'Title' is empty"},
                {"line": 3, "column": 7, "message": "'Date' is not a real calendar date"}]},
    {"text": "---\ntitle: t\npubDate: 2025-02-30\n---\n", "options": {"required": ["title", "date"]},
     "errors": [{"line": 3, "column": 10, "message": "'pubDate' is not a real calendar date"}]},
    # Jekyll's switch is no date
    {"text": "---\ntitle: t\npublished: false\n---\n", "options": {"required": ["title", "date"]},
     "errors": [{"line": 1, "column": 1, "message": "lacks the required key 'date' (a date under another"}]},
    {"text": "---\ntitle: t\ndate: 2025/02/29 10:00\n---\n",
     "errors": [{"line": 3, "column": 7, "message": "not a real calendar date: 2025/02/29 10:00 (no day 29"}]},
    {"text": "---\ntitle: t\ndate: 2025-02/28\n---\n",
     "errors": [{"line": 3, "column": 7, "message": "should be a date"}]},
    {"text": "---\ntitle: t\ndate: '2025-13-01'\n---\n",
     "errors": [{"line": 3, "column": 7, "message": "no month 13"}]},
    {"text": '---\ntitle: t\ndate: "2025-11-10 25:10:00 +0900"\n---\n',
     "errors": [{"line": 3, "message": "impossible time"}]},
    {"text": "---\ntitle: t\ndate: 来週\n---\n", "errors": [{"line": 3, "message": "should be a date"}]},
    {"text": "---\ntitle: t\ntags: 5\n---\n",
     "errors": [{"line": 3, "column": 7, "message": "should be a list or a string, not a number (5)"}]},
    {"text": "---\ntitle: [a, b]\n---\n", "errors": [{"line": 2, "column": 8, "message": "should be a string"}]},
    {"text": "---\ntitle: t\nreading_time: true\n---\n", "errors": [{"line": 3, "message": "'reading_time'"}]},
    {"text": '---\ntitle: t\nreading_time: "そのうち"\n---\n', "errors": [{"line": 3, "message": "'reading_time'"}]},
    {"text": "---\ntitle: t\nlayout: 3\n---\n", "errors": [{"line": 3, "message": "'layout' should be a string"}]},
    {"text": "---\ntitle: t\ncount: x\n---\n", "options": {"types": {"count": "integer"}},
     "errors": [{"line": 3, "message": "whole number"}]},
    {"text": "---\ntitle: t\n---\n", "options": {"types": {"title": "text-ish"}},
     "errors": [{"line": 1, "message": "unknown kind"}]},
    # not a mapping
    {"text": "---\n- a\n- b\n---\n本文\n", "errors": [{"line": 2, "column": 1, "message": "not a list"}]},
    {"text": "---\njust: [x\n---\n", "errors": [{"line": 2, "message": "not valid YAML"}]},
    {"text": "---\ntitle: [unclosed\n---\n本文。\n", "errors": [{"line": 2, "message": "not valid YAML"}]},
    {"text": "---\ntitle: 題\n本文が続きます。\n", "errors": [{"line": 1, "column": 1, "message": "never closed"}]},
    {"text": '+++\ndate = 2024-03-02\n+++\n本文\n', "errors": [{"line": 1, "message": "'title'"}]},
    {"text": '+++\ntitle = "t"\ndate = 2024-13-45\n+++\n', "errors": [{"line": 3, "column": 12, "message": "not valid TOML"}]},
    {"text": '+++\ntitle = "t\n+++\n', "errors": [{"line": 2, "message": "not valid TOML: Illegal character"}]},
    # JSON: the same checks at the values' places
    {"text": '{\n  "date": "2024-03-02"\n}\n本文\n', "errors": [{"line": 1, "column": 1, "message": "'title'"}]},
    {"text": '{\n  "title": "",\n  "date": "2025-02-30", "tags": 5\n}\n',
     "errors": [{"line": 2, "column": 12, "message": "'title' is empty"},
                {"line": 3, "column": 11, "message": "not a real calendar date"},
                {"line": 3, "column": 33, "message": "should be a list or a string, not a number (5)"}]},
    {"text": ';;;\n"title": "t",\n"title": "u"\n;;;\n本文\n',
     "errors": [{"line": 3, "column": 1, "message": "gives 'title' again (first on line 2): JSON keeps"}]},
    {"text": '{\n  "title": "t",\n}\n本文\n', "errors": [{"line": 3, "column": 1, "message": "not valid JSON"}]},
    {"text": ';;;\n"title": "t"\n"date": "2024-03-02"\n;;;\n', "errors": [{"line": 3, "message": "not valid JSON"}]},
    {"text": '{\n  "title": "t"\n本文\n', "errors": [{"line": 1, "column": 1, "message": "opened with '{' on line 1 is never closed"}]},
    {"text": '{\n  "title": ["t"]\n}\n', "errors": [{"line": 2, "column": 12, "message": "'title' should be a string"}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)


def _lint(text, path, options=None):
    config = resolve({"rules": {RULE: options or True}})
    return lint(Source.from_text(text, path), config)


def test_date_must_match_the_file_name():
    text = "---\ntitle: t\ndate: 2024-03-03 09:00:00 +0900\n---\n本文\n"
    problems = _lint(text, "_posts/2024-03-02-garden.md")
    assert [(p.line, p.column + 1) for p in problems] == [(3, 7)]
    assert "2024-03-03" in problems[0].message and "2024-03-02" in problems[0].message
    assert _lint(text, "_posts/2024-03-03-garden.md") == []
    assert _lint(text, "_posts/garden.md") == []
    assert _lint(text, "_posts/2024-03-02-garden.md", {"dateMatchesFileName": False}) == []
    # the literal date counts, not the date in UTC
    late = "---\ntitle: t\ndate: 2024-03-02 23:30:00 -0500\n---\n"
    assert _lint(late, "2024-03-02-x.md") == []


def test_a_dated_file_name_gives_the_date():
    """Jekyll, Hexo and Docusaurus take a post's date from its file name (or its folder's)."""
    text = "---\ntitle: t\n---\n本文\n"
    options = {"required": ["title", "date"]}
    assert _lint(text, "_posts/2024-03-02-garden.md", options) == []
    assert _lint(text, "blog/2024-03-02-garden/index.md", options) == []
    for path in ("_posts/garden.md", "_posts/2024-02-30-garden.md", "blog/garden/index.md"):
        assert [p.message for p in _lint(text, path, options)] == [
            "front matter lacks the required key 'date' (a date under another generator's name, such as "
            "pubDate or publishDate, or a file name that starts with YYYY-MM-DD- would do too)"]


@pytest.mark.parametrize("date", ["2025-02-30", "2025-13-01", "2025-02-30 10:00:00"])
def test_unquoted_impossible_date(date):
    problems = _lint(f"---\ntitle: t\ndate: {date}\n---\n本文\n", "post.md")
    assert [(p.rule_id, p.line, p.column + 1) for p in problems] == [(RULE, 3, 7)]
    assert "not a real calendar date" in problems[0].message
