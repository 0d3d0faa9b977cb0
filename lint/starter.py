"""The starter config ``postlint --init`` writes, fitted to the site in the folder.

A site's generator decides two things a first run trips over: which front matter keys
every post has (a Zenn article has no date key, Zenn dates it when it is published; a
Qiita CLI article's ``updated_at`` stays empty until then), and which of its syntax
Markdown reads as text (Zenn's ``:::message`` fences, Hugo's ``{{< shortcodes >}}``,
Jekyll's ``{% tags %}``), where textlint's rules report a missing 。 or a ``!`` as they
do in textlint.  The folder's own files tell the generator (:func:`detect`); the config
then requires the keys that generator writes and allowlists its syntax, so the prose
around it is still checked.

>>> site = Site("Hugo", "hugo.toml", ("content",), TEMPLATE_TAGS)
>>> "allowlist" in starter_config(site) and "required: [title, date]" in starter_config(site)
True
>>> "allowlist" in starter_config(None)
False
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from postlint.record import Record

# (a JavaScript regular expression in a YAML string, the comment that says what it allows)
TEMPLATE_TAGS = (
    (r"/\\{%[\\s\\S]*?%\\}/", "Liquid/Nunjucks tags: {% include a.html %}, {% asset_img a.jpg %}"),
    (r"/\\{\\{[<%][\\s\\S]*?[%>]\\}\\}/", "Hugo shortcodes: {{< figure src=... >}}, {{% note %}}"),
)
HATENA_NOTATION = ((r"/\\[(?:f:id:|asin:|isbn:|tex:|:contents|https?:\\/\\/[^\\]\\s]+:(?:embed|title|image|detail))[^\\]\\n]*\\]/",
                    "Hatena Blog's notation: [f:id:…:plain] photos, [asin:…:detail], [https://…:embed:cite], [:contents]"),)
CONTAINERS = ((r"/^:{3,}.*$/m", ":::note, :::details 題 and the ::: that closes them"),)
ZENN_EMBEDS = (
    (r"/^@\\[\\w+\\]\\(.*\\)$/m", "embeds on a line of their own: @[card](https://...), @[tweet](...)"),
    (r"/!\\[[^\\]\\n]*\\]\\([^)\\s]+ =\\d*x\\d*\\)/", "an image with a width: ![](a.png =250x)"),
)


class Site(Record):
    """A generator found in a folder: its name, the file that told it, the folders its
    posts are in, and the patterns of its syntax that Markdown reads as text."""

    _fields = ("name", "evidence", "posts", "allow")

    def __init__(self, name: str, evidence: str, posts: tuple = (), allow: tuple = ()) -> None:
        self.name, self.evidence, self.posts, self.allow = name, evidence, posts, allow


# the keys required of every post, and why, by generator (others: title and date)
_REQUIRED = {
    "Zenn": ("[title]", "Zenn dates an article when it is published: no date key"),
    "Qiita CLI": ("[title]", "updated_at stays empty until Qiita publishes the article"),
    "Hatena Blog": ("[title]", "a draft has no Date until Hatena Blog publishes it"),
    "Starlight": ("[title]", "a Starlight page has a title and no date"),
    "Docusaurus": ("[]", "a docs page may take its title from its first heading"),
    "VitePress": ("[]", "a page may take its title from its first heading"),
}
# more of a generator's front matter schema: what its site refuses or ignores
_SCHEMA = {
    "Zenn": ["    types: {emoji: string, topics: list, published: boolean}",
             "    values: {type: [tech, idea]}  # Zenn's two kinds of article",
             "    maxItems: {topics: 5}         # Zenn takes at most five topics",
             "    fileNames: {articles: '^[a-z0-9_-]{12,50}\\.md$'}   # an article's slug: 12-50 of a-z 0-9 - _"],
    "Jekyll": ["    fileNames: {_posts: '^\\d{4}-\\d{1,2}-\\d{1,2}-'}   # Jekyll publishes dated posts only"],
    "Qiita CLI": ["    types: {tags: list, private: boolean}",
                  "    maxItems: {tags: 5}           # Qiita takes at most five tags"],
}
# generators whose pages show their first heading as the title: no-title-in-body is noise there
_TITLE_IS_THE_HEADING = ("Docusaurus", "VitePress")


def detect(folder: str | os.PathLike = ".") -> Site | None:
    """The generator that builds the site in ``folder``, from its config files, its
    ``package.json`` and, for Zenn, its articles' front matter; None when none is known.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     _ = Path(d, "_config.yml").write_text("title: 日記\\n", "utf-8")
    ...     detect(d).name
    'Jekyll'
    """
    root = Path(folder)
    deps = _dependencies(root / "package.json")
    if "zenn-cli" in deps:
        return Site("Zenn", "package.json names zenn-cli", _present(root, "articles", "books"), CONTAINERS + ZENN_EMBEDS)
    if (root / "articles").is_dir() and _has_zenn_front_matter(root / "articles"):
        return Site("Zenn", "articles/ with Zenn's emoji and topics keys", _present(root, "articles", "books"),
                    CONTAINERS + ZENN_EMBEDS)
    if "@qiita/qiita-cli" in deps or (root / "qiita.config.json").is_file():
        return Site("Qiita CLI", "qiita.config.json" if (root / "qiita.config.json").is_file()
                    else "package.json names @qiita/qiita-cli", _present(root, "public"), CONTAINERS)
    hatena = _hatena_folders(root)
    if hatena:
        evidence = "blogsync.yaml" if (root / "blogsync.yaml").is_file() else "entry/ posts with Hatena Blog's EditURL"
        return Site("Hatena Blog", evidence, hatena, HATENA_NOTATION)
    if "@astrojs/starlight" in deps:
        return Site("Starlight", "package.json names @astrojs/starlight", _present(root, "src/content/docs"), CONTAINERS)
    if "@docusaurus/core" in deps:
        return Site("Docusaurus", "package.json names @docusaurus/core", _present(root, "docs", "blog"), CONTAINERS)
    if "vitepress" in deps:
        return Site("VitePress", "package.json names vitepress", _present(root, "docs"), CONTAINERS)
    if "hexo" in deps:
        return Site("Hexo", "package.json names hexo", _present(root, "source/_posts"), TEMPLATE_TAGS)
    for name in ("hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json"):
        if (root / name).is_file():
            return Site("Hugo", name, _present(root, "content"), TEMPLATE_TAGS)
    for name in ("config.toml", "config.yaml", "config.yml"):
        if (root / "content").is_dir() and (root / name).is_file() and "baseurl" in _head(root / name).lower():
            return Site("Hugo", f"{name} with baseURL, and content/", _present(root, "content"), TEMPLATE_TAGS)
    if (root / "content").is_dir() and (root / "config" / "_default").is_dir():
        return Site("Hugo", "config/_default/ and content/", _present(root, "content"), TEMPLATE_TAGS)
    if (root / "_config.yml").is_file():
        return Site("Jekyll", "_config.yml", _present(root, "_posts"), TEMPLATE_TAGS)
    return None


def starter_config(site: Site | None) -> str:
    """The text of ``.postlintrc.yml`` for ``site`` (None: a site of no known generator)."""
    required, why = _REQUIRED.get(site.name, ("[title, date]", "")) if site else ("[title, date]", "")
    lines = [
        "# postlint's config (textlint's format; a .textlintrc is read as it is, too).",
        "# Rules and options: `postlint --list-rules`; what applies to a file: `postlint --print-config FILE`.",
    ]
    if site:
        lines.append(f"# Written for a {site.name} site ({site.evidence}).")
    lines += [
        "rules:",
        "  # the editorial checks of a blog post",
        "  front-matter:",
        *([f"    # {why}"] if why else []),
        f"    required: {required:<19}# the keys every post's front matter must have",
        *(_SCHEMA.get(site.name, []) if site else []),
        "  no-duplicate-paragraph: true",
        "  no-duplicate-sentence: true",
        "  reading-time: true             # checks a reading_time key against the text, when there is one",
        "  no-mix-keitai-jotai: true",
        "  preset-editorial: true         # leftovers of drafting, echoes of the title, mixed spellings",
    ]
    if site and site.name in _TITLE_IS_THE_HEADING:
        lines.append(f"  no-title-in-body: false        # {site.name} shows a page's first heading as its title")
    lines += [
        "  # textlint's Japanese presets (uncomment one or more)",
        "  # preset-ja-technical-writing: true",
        "  # preset-japanese: true",
        "  # preset-jtf-style: true",
        "  # preset-ja-spacing: true",
        '  # "@textlint-ja/preset-ai-writing": true   # what AI-generated text tends to do',
        "  # preset-smarthr: true                     # SmartHR's writing guidelines (smarthr.design)",
        "filters:",
        "  comments: true                 # <!-- textlint-disable --> ... <!-- textlint-enable -->",
    ]
    if site and site.allow:
        lines += [f"  allowlist:                     # {site.name}'s syntax that Markdown reads as text",
                  "    allow:"]
        for pattern, comment in site.allow:
            lines += [f"      # {comment}", f'      - "{pattern}"']
    lines += [
        "# plugins:",
        "#   mdx: true                    # also lint .mdx files, read as textlint-plugin-mdx reads them",
    ]
    return "\n".join(lines) + "\n"


def _present(root: Path, *names: str) -> tuple:
    return tuple(name for name in names if (root / name).is_dir())


def _head(path: Path, size: int = 65536) -> str:
    try:
        with open(path, "rb") as handle:
            return handle.read(size).decode("utf-8", "replace")
    except OSError:
        return ""


def _dependencies(package_json: Path) -> set:
    """The package names ``package.json`` depends on (none when it is missing or broken)."""
    try:
        data = json.loads(_head(package_json, 1 << 20) or "{}")
    except ValueError:
        return set()
    if not isinstance(data, dict):
        return set()
    names: set = set()
    for key in ("dependencies", "devDependencies"):
        if isinstance(data.get(key), dict):
            names.update(data[key])
    return names


def _hatena_folders(root: Path, looked_at: int = 5) -> tuple:
    """The folders of Hatena Blog posts that blogsync keeps in ``root`` (``<blog>/entry/``):
    each whose first posts hold Hatena Blog's ``EditURL``, when ``blogsync.yaml`` is there or
    such a post is."""
    found = []
    for entry in sorted(root.glob("*/entry")):
        if entry.is_dir() and any("EditURL: https://blog.hatena.ne.jp/" in _head(p, 4096)
                                  for p in _some_posts(entry, looked_at)):
            found.append(entry.parent.name)
    return tuple(found) if found or not (root / "blogsync.yaml").is_file() else (".",)


def _some_posts(folder: Path, count: int) -> list:
    """Up to ``count`` Markdown files in ``folder`` and below (symbolic links to folders not
    followed, unreadable folders skipped)."""
    found: list = []
    for here, dirs, files in os.walk(folder):
        dirs.sort()
        found += [Path(here, name) for name in sorted(files) if name.endswith(".md")]
        if len(found) >= count:
            break
    return found[:count]


def _has_zenn_front_matter(articles: Path, looked_at: int = 5) -> bool:
    """Whether one of the first Markdown files in ``articles`` opens with front matter
    holding Zenn's ``emoji:`` and ``topics:`` keys."""
    for path in sorted(articles.glob("*.md"))[:looked_at]:
        head = _head(path, 4096)
        if head.startswith("---") and "\nemoji:" in head and "\ntopics:" in head:
            return True
    return False
