#!/usr/bin/env python3
"""Write rules/dict/ja-no-orthographic-variants.txt from the npm package's dictionary.

    python bench/build_htdic.py PATH/TO/textlint-rule-ja-no-orthographic-variants

textlint-rule-ja-no-orthographic-variants 2.0.0 carries 表記統合辞書 (HTDIC) ver.1.0 as one
JSON object in src/index.ts: each spelling -> ``{"variants": "a/b/c"}``, the spellings of its
group (the spelling itself among them).  Spellings of a group often share one variants
string, so the file has a line per variants string: the string, then a tab and the positions
(from 0) in it of the spellings that map to it, or no tab when every spelling in it does.
The data is the same; only its shape changes (see rules/dict/HTDIC-LICENSE.txt).
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

HEADER = """\
# 表記統合辞書 (HTDIC) ver.1.0, (c) 国立国語研究所 (NINJAL); contains IPADIC 2.4.4 entries,
# (c) Nara Institute of Science and Technology. Terms: rules/dict/HTDIC-LICENSE.txt.
# As textlint-rule-ja-no-orthographic-variants 2.0.0 carries it (src/index.ts), reshaped by
# bench/build_htdic.py: a line per group of spellings ("a/b/c"), then a tab and the positions
# of the spellings whose group it is, when not all of them are.
"""


def read_package(package: Path) -> dict[str, str]:
    """Spelling -> its variants string, in the package's order."""
    source = (package / "src" / "index.ts").read_text("utf-8")
    found = re.search(r"JSON\.parse\(\s*'(.*?)'\s*\)", source, re.S)
    if not found:
        raise SystemExit(f"{package}: no JSON.parse('...') dictionary in src/index.ts")
    return {spelling: entry["variants"] for spelling, entry in json.loads(found.group(1)).items()}


def lines(dictionary: dict[str, str]) -> list[str]:
    """The file's lines, groups in the order their first spelling comes.

    >>> lines({"分かる": "わかる/分かる", "わかる": "わかる/分かる", "行": "行/行き"})
    ['わかる/分かる', '行/行き\\t0']
    """
    keys_of: dict[str, list[str]] = {}
    for spelling, variants in dictionary.items():
        keys_of.setdefault(variants, []).append(spelling)
    out = []
    for variants, keys in keys_of.items():
        spellings = variants.split("/")
        places = sorted(spellings.index(key) for key in keys)
        if places == list(range(len(spellings))):
            out.append(variants)
        else:
            out.append(variants + "\t" + ",".join(map(str, places)))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("package", type=Path, help="the npm package's folder (node_modules/textlint-rule-...)")
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "rules" / "dict"
                        / "ja-no-orthographic-variants.txt")
    args = parser.parse_args()
    dictionary = read_package(args.package)
    args.out.write_text(HEADER + "\n".join(lines(dictionary)) + "\n", "utf-8")
    print(f"{args.out}: {len(dictionary):,} spellings")


if __name__ == "__main__":
    main()
