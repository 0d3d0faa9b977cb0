#!/usr/bin/env python3
"""Write rules/dict/ja-hiraku.yml from the npm package's word lists.

    python bench/build_ja_hiraku.py PATH/TO/textlint-rule-ja-hiraku    # needs Node.js

textlint-rule-ja-hiraku 1.4.0 (Apache-2.0, akiomik) keeps its words in thirteen lists, one
per part of speech (lib/dictionaries/*.js): each entry one IPADIC token (surface, part of
speech, base form, reading) and its hiragana spelling; one entry is ``pending`` (off unless
named in the options).  The file keeps the lists in the order the rule loads them, each
entry with ``id: <list>/<surface>`` (what the options name) and a message of postlint's own.
"""

from __future__ import annotations

import argparse
import json
import subprocess
from pathlib import Path

# the rule's option names, in the order its loader reads the lists, with the part of speech
# each list holds (for the messages) and the module that exports it
LISTS = (
    ("daimeishi", "代名詞", "daimeishi"), ("fukujoshi", "副助詞", "fukujoshi"),
    ("fukushi", "副詞", "fukushi"), ("hojodoushi", "補助動詞", "hojodoushi"),
    ("hojokeiyoushi", "補助形容詞", "hojokeiyoushi"), ("keishikimeishi", "形式名詞", "keishikimeishi"),
    ("other-doushi", "動詞", "otherDoushi"), ("other-jodoushi", "助動詞", "otherJodoushi"),
    ("other-kandoushi", "感動詞", "otherKandoushi"), ("other-keiyoushi", "形容詞", "otherKeiyoushi"),
    ("other-meishi", "名詞", "otherMeishi"), ("rentaishi", "連体詞", "rentaishi"),
    ("setsuzokushi", "接続詞", "setsuzokushi"),
)
FIELDS = ("surface_form", "pos", "pos_detail_1", "pos_detail_2", "pos_detail_3", "conjugated_type",
          "conjugated_form", "basic_form", "reading", "pronunciation")
HEADER = """\
# Words to write in hiragana ("open" kanji), by part of speech: the word list of rule ja-hiraku.
#
# Facts (each word's IPADIC token and its hiragana spelling, and which are pending) from
# textlint-rule-ja-hiraku 1.4.0, lib/dictionaries/*.js -- Apache License 2.0, by akiomik
# (rules/dict/NOTICE-ja-hiraku.txt).  Changed: the lists are one file in this format, each entry
# with an `id` (list/surface: what the options name), the pending entry `disabled`, and the
# messages postlint's own.  Written by bench/build_ja_hiraku.py.  Format: see postlint.wordlist.

"""


def read_lists(package: Path) -> dict[str, list[dict]]:
    """Each list's entries, as the package's JavaScript holds them (through Node.js)."""
    out = {}
    for name, _, export in LISTS:
        module = package / "lib" / "dictionaries" / f"{name}.js"
        script = f"process.stdout.write(JSON.stringify(require({json.dumps(str(module))}).{export}))"
        out[name] = json.loads(subprocess.run(["node", "-e", script], check=True, capture_output=True,
                                              text=True).stdout)
    return out


def _scalar(value) -> str:
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a YAML scalar


def render(lists: dict[str, list[dict]]) -> str:
    out = [HEADER, "morphemes:\n"]
    for name, pos, _ in LISTS:
        for entry in lists[name]:
            (token,) = entry["tokens"]  # every entry is one token
            surface = token["surface_form"]
            key = surface[0] if isinstance(surface, list) else surface
            fields = ", ".join(f"{f}: {_scalar(token[f])}" for f in FIELDS if f in token)
            unknown = set(token) - set(FIELDS)
            if unknown:
                raise SystemExit(f"{name}: {key}: token keys this script does not know: {sorted(unknown)}")
            out.append(f"  - id: {_scalar(name + '/' + key)}\n")
            message = f"「{key}」（{pos}）はひらがなで「{entry['expected']}」と書くと読みやすくなります。"
            out.append(f"    message: {_scalar(message)}\n")
            out.append(f"    expected: {_scalar(entry['expected'])}\n")
            if entry.get("pending"):
                out.append("    disabled: true\n")
            out.append(f"    tokens:\n      - {{{fields}}}\n")
    return "".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("package", type=Path)
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "rules" / "dict" / "ja-hiraku.yml")
    args = parser.parse_args()
    args.out.write_text(render(read_lists(args.package)), "utf-8")


if __name__ == "__main__":
    main()
