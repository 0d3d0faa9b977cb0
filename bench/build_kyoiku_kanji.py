#!/usr/bin/env python3
"""Write rules/dict/ja-kyoiku-kanji.yml from the npm package's lists.

    python bench/build_kyoiku_kanji.py PATH/TO/textlint-rule-ja-kyoiku-kanji

textlint-rule-ja-kyoiku-kanji 1.0.0 carries 学年別漢字配当表 (the kanji each grade of
elementary school learns, in the list 文部科学省 kept in force until 2019: 1,006 characters) as
six arrays in lib/index.js.  The file keeps them, grade by grade, in the package's order.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

GRADES = ("1st", "2nd", "3rd", "4th", "5th", "6th")
HEADER = """\
# 学年別漢字配当表 (rule ja-kyoiku-kanji): the kanji each grade of elementary school learns,
# 1,006 characters, the list in force until 2019 (文部科学省), as
# textlint-rule-ja-kyoiku-kanji 1.0.0 carries them (written by bench/build_kyoiku_kanji.py).
# The 2020 list adds 20 characters to the fourth grade and moves some; the rule has the older one.
"""


def read_package(package: Path) -> dict[str, list[str]]:
    source = (package / "lib" / "index.js").read_text("utf-8")
    grades = {}
    for grade in GRADES:
        found = re.search(rf"var elementary{grade}Kanjis = \[(.*?)\];", source, re.S)
        if not found:
            raise SystemExit(f"{package}: no list for the {grade} grade in lib/index.js")
        grades[grade] = re.findall(r"'([^']+)'", found.group(1))
    return grades


def render(grades: dict[str, list[str]]) -> str:
    out = [HEADER]
    for grade, kanji in grades.items():
        out.append(f"grade{grade[0]}: |\n")
        out.extend(f"  {''.join(kanji[i:i + 40])}\n" for i in range(0, len(kanji), 40))
    return "".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("package", type=Path)
    args = parser.parse_args()
    target = Path(__file__).resolve().parents[1] / "rules" / "dict" / "ja-kyoiku-kanji.yml"
    target.write_text(render(read_package(args.package)), "utf-8")
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
