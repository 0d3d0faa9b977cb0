#!/usr/bin/env python3
"""Write rules/dict/prh-rules/ from the prh npm package's prh-rules folder.

    python bench/build_prh_rules.py PATH/TO/node_modules/prh

Many .textlintrc files name prh's own dictionaries by their place in node_modules
(``node_modules/prh/prh-rules/media/WEB+DB_PRESS.yml``).  postlint ships the ones that are data
only, so such a config works without npm (see postlint.prh.bundled_dictionary): the files
whose entries carry no prose (``prh:`` notes), with the comments left out and a header naming
the source.  Each copy must load to the same YAML as its original, which is checked here.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import yaml

FILES = ("media/WEB+DB_PRESS.yml", "languages/ja/typo.yml", "terms/javascript.yml", "terms/software.yml",
         "terms/trademark.yml")
HEADER = """\
# {name} of prh {version} (https://github.com/prh/rules, MIT, vvakame and its contributors:
# rules/dict/prh-rules/LICENSE.txt), its comments left out.  Written by
# bench/build_prh_rules.py; a config naming node_modules/prh/prh-rules/{name} reads this copy
# when that file is not there.
"""


def without_comments(text: str) -> str:
    """The YAML's lines but those that are only a comment."""
    return "".join(line for line in text.splitlines(keepends=True) if not line.lstrip().startswith("#"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("package", type=Path, help="the prh npm package's folder")
    parser.add_argument("--out", type=Path,
                        default=Path(__file__).resolve().parent.parent / "rules" / "dict" / "prh-rules")
    args = parser.parse_args()
    version = json.loads((args.package / "package.json").read_text("utf-8"))["version"]
    for name in FILES:
        original = (args.package / "prh-rules" / name).read_text("utf-8")
        copy = HEADER.format(name=name, version=version) + without_comments(original)
        if yaml.safe_load(copy) != yaml.safe_load(original):
            raise SystemExit(f"{name}: the copy does not load as the original does")
        target = args.out / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(copy, "utf-8")
        print(f"{target}: {len(yaml.safe_load(copy).get('rules') or ())} entries")


if __name__ == "__main__":
    main()
