#!/usr/bin/env python3
"""Write rules/dict/prh-rules/ from the prh npm package's prh-rules folder.

    python bench/build_prh_rules.py PATH/TO/node_modules/prh

Many .textlintrc files name prh's own dictionaries by their place in node_modules
(``node_modules/prh/prh-rules/media/WEB+DB_PRESS.yml``).  postlint ships the ones that are data
of its prh-rules folder, so such a config works without npm (see
postlint.prh.bundled_dictionary), with the comments left out, each entry's note (prose shown
with a problem) written anew (NOTES) and a header naming the source.  Each copy must load to
the same YAML as its original but for the notes, which is checked here.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

import yaml

FILES = ("media/WEB+DB_PRESS.yml", "media/techbooster.yml", "languages/ja/typo.yml", "terms/android.yml",
         "terms/javascript.yml", "terms/review.yml", "terms/software.yml", "terms/trademark.yml",
         "files/markdown.yml", "files/review.yml")
# The entries' notes (``prh:``, shown with a problem) are prose: each is written anew here, with
# the same advice.  A note not in this table stops the build.
NOTES = {
    "漢字で書かず、ひらがなで書くと読みやすくなります": "ひらがなで書くほうが読みやすい語です",
    "漢字で書かず、ひらがなで書くと読みやすくなります。": "ひらがなで書くほうが読みやすい語です",
    "ひらがなで書かず、漢字で書くと読みやすくなります": "漢字で書くほうが読みやすい語です",
    "カンマとコンマではなく句点読点を使います。": "和文では「，」「．」ではなく「、」「。」を使います",
    "通常は、ふたつ。数詞は１つ、漢数字は数えられる固有名詞を指す場合に利用":
        "ふつうは「ふたつ」と書きます（数えるなら算用数字、固有名詞の一部なら漢数字）",
    "通常は、ひとつ。数詞は１つ、漢数字は数えられる固有名詞を指す場合に利用します":
        "ふつうは「ひとつ」と書きます（数えるなら算用数字、固有名詞の一部なら漢数字）",
    "警告メッセージのカスタマイズができるよ！": "正式な表記は TechBooster です",
    '良し悪しを評価する表現は"良い"、しなくていい、など評価でない表現は"よい"を使います':
        "評価を表すなら「良い」、「〜してもよい」のように評価でない言い方は「よい」と書きます",
    '漢字で書かず、ひらがなで書くと読みやすくなります。"どおり"のケースもありえます':
        "ひらがなで書くほうが読みやすい語です（「どおり」と書く場合もあります）",
    "書籍の場合は、以下ではなく次を利用します（常に下にあるとは限らないため）":
        "本では図や表が下に来るとは限らないので、「以下」ではなく「次」と書きます",
    "呼ぶ、で代替するか漢字で書かず、ひらがなで書くと読みやすくなります。": "「呼ぶ」に言い換えるか、ひらがなで書きます",
    "半角カッコの代わりに全角カッコを使うこと。文字のバランスが崩れるためです":
        "和文の中では全角のかっこを使います（半角では字面の釣り合いが崩れます）",
    "不可視の制御コードが混入しています": "目に見えない制御文字が入っています。削除してください",
    "コード補完の間違いと思われます。": "エディターの補完で入った誤りのようです",
    "ひらがなで書かず、漢字で「下げ」と読みやすくなります。": "「下げ」と漢字で書くほうが読みやすくなります",
    "Re:VIEW記法の書き方を間違えていませんか？": "Re:VIEW の記法が崩れていないか確かめてください",
    "C87でざきさんがやらかした思い出": "書き間違えやすい表記です",
    "APIドキュメントでも揺れてますが、Levelで統一してます": "API の文書でも表記が揺れていますが、Level にそろえます",
}
HEADER = """\
# {name} of prh {version} (https://github.com/prh/rules, MIT, vvakame and its contributors:
# rules/dict/prh-rules/LICENSE.txt), its comments left out and its notes written anew.  Written by
# bench/build_prh_rules.py; a config naming node_modules/prh/prh-rules/{name} reads this copy
# when that file is not there.
"""


def without_comments(text: str) -> str:
    """The YAML's lines but those that are only a comment, each ``prh:`` note rewritten."""
    out = []
    for line in text.splitlines(keepends=True):
        if line.lstrip().startswith("#"):
            continue
        note = re.match(r"(\s*prh:\s*)(.*?)\s*$", line)
        if note:
            if note.group(2) not in NOTES:
                raise SystemExit(f"no rewritten note for {note.group(2)!r}: add it to NOTES")
            line = note.group(1) + json.dumps(NOTES[note.group(2)], ensure_ascii=False) + "\n"
        out.append(line)
    return "".join(out)


def _with_notes(data):
    """The loaded YAML with each entry's note replaced as :func:`without_comments` does."""
    for rule in (data or {}).get("rules") or ():
        if isinstance(rule, dict) and "prh" in rule:
            rule["prh"] = NOTES[rule["prh"]]
    return data


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
        if yaml.safe_load(copy) != _with_notes(yaml.safe_load(original)):
            raise SystemExit(f"{name}: the copy does not load as the original does")
        target = args.out / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(copy, "utf-8")
        print(f"{target}: {len(yaml.safe_load(copy).get('rules') or ())} entries")


if __name__ == "__main__":
    main()
