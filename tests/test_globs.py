"""postlint.globs: the ignore file and glob arguments match what textlint 15 (node-glob 13,
minimatch 10) matches.  Every expectation below was checked against node-glob on the same tree."""

import os

import pytest

from postlint.globs import Ignore, expand, is_glob, normalize

TREE = [
    "a.md", "b.txt", ".hidden.md", "README.md", "!neg.md", "a{b}.md", "q?.md",
    "docs/a.md", "docs/.x.md", "docs/sub/c.md", "docs/sub/deep/d.md",
    ".github/e.md", "drafts/f.md", "drafts/g.markdown", "posts/2020/01/x.md", "posts/2021/y.md",
    "日本語/記事.md", "sp ace/h.md", "node_modules/z.md",
]

# pattern -> the files of TREE it ignores (node_modules/ is always ignored, as in textlint)
IGNORED = {
    "*.md": ["!neg.md", ".hidden.md", "README.md", "a.md", "a{b}.md", "q?.md"],
    "docs": [],  # the folder itself, not what is in it
    "docs/": [],
    "docs/*": ["docs/.x.md", "docs/a.md"],
    "docs/**": ["docs/.x.md", "docs/a.md", "docs/sub/c.md", "docs/sub/deep/d.md"],
    "./docs/**": ["docs/.x.md", "docs/a.md", "docs/sub/c.md", "docs/sub/deep/d.md"],
    "docs/sub/**/": ["docs/sub/c.md", "docs/sub/deep/d.md"],
    "/docs/**": [],  # absolute: the root folder's docs/, not the current folder's
    "**/deep/**": ["docs/sub/deep/d.md"],
    "*.{md,txt}": ["!neg.md", ".hidden.md", "README.md", "a.md", "a{b}.md", "b.txt", "q?.md"],
    "posts/202[!0]/**": ["posts/2021/y.md"],
    "posts/{2020..2021}/**": ["posts/2020/01/x.md", "posts/2021/y.md"],
    ".*/**": [".github/e.md", ".hidden.md"],
    "**/.*": [".hidden.md", "docs/.x.md"],
    "!neg.md": ["!neg.md"],  # no negation in ignore files
    "!(a).md": ["!neg.md", ".hidden.md", "README.md", "a{b}.md", "q?.md"],
    "+(a|b).md": ["a.md"],
    "readme.md": [],
    "q\\?.md": ["q?.md"],
    "a{b}.md": ["a{b}.md"],
    "日本語/**": ["日本語/記事.md"],
    "sp ace/*": ["sp ace/h.md"],
    "docs/../a.md": ["a.md"],
    "[[:upper:]]*/**": ["README.md"],
}


@pytest.fixture
def tree(tmp_path):
    for name in TREE:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", "utf-8")
    return tmp_path


@pytest.mark.parametrize("pattern", IGNORED)
def test_ignore_patterns_match_as_textlint_matches(tree, pattern):
    ignore = Ignore([pattern], cwd=str(tree))
    found = sorted(name for name in TREE if ignore.ignored(name) and not name.startswith("node_modules/"))
    assert found == sorted(IGNORED[pattern])
    assert ignore.ignored("node_modules/z.md")
    assert all(ignore.ignored(str(tree / name)) for name in found), "absolute paths match alike"


def test_an_absolute_pattern_matches_the_absolute_path(tree):
    ignore = Ignore([f"{tree}/drafts/**"], cwd=str(tree))
    assert ignore.ignored("drafts/f.md") and not ignore.ignored("docs/a.md")


def test_relative_patterns_do_not_reach_outside_the_current_folder(tree):
    ignore = Ignore(["**/*.md"], cwd=str(tree / "docs"))
    assert ignore.ignored(str(tree / "docs" / "a.md"))
    assert not ignore.ignored(str(tree / "a.md"))  # ../a.md: ** never matches ..


def test_read_skips_comments_and_blank_lines(tmp_path):
    path = tmp_path / ".textlintignore"
    path.write_text("\ufeff# drafts are not linted\n\ndrafts/**\n  # indented comment\n*.txt\n", "utf-8")
    assert Ignore.read(str(path), str(tmp_path)).patterns == ["drafts/**", "*.txt"]


@pytest.mark.parametrize("pattern, files", [
    ("**/*.md", ["!neg.md", ".github/e.md", ".hidden.md", "README.md", "a.md", "a{b}.md", "docs/.x.md",
                 "docs/a.md", "docs/sub/c.md", "docs/sub/deep/d.md", "drafts/f.md", "posts/2020/01/x.md",
                 "posts/2021/y.md", "q?.md", "sp ace/h.md", "日本語/記事.md"]),
    ("drafts/*.{md,markdown}", ["drafts/f.md", "drafts/g.markdown"]),
    ("posts/*/01/*.md", ["posts/2020/01/x.md"]),
    ("./docs/*.md", ["docs/.x.md", "docs/a.md"]),
    ("nothing/**", []),
])
def test_expand_names_the_files_node_glob_names(tree, pattern, files):
    cwd = os.getcwd()
    os.chdir(tree)
    try:
        assert expand(pattern) == sorted(files)
    finally:
        os.chdir(cwd)
    assert expand(pattern, str(tree)) == sorted(files)


def test_is_glob_and_normalize():
    assert [is_glob(p) for p in ["a.md", "*.md", "a/[0-9].md", "{a,b}.md", "@(a).md", "2025-01-01-x.md"]] == \
        [False, True, True, True, True, False]
    assert normalize("./a/./b/../c.md") == "a/c.md"
