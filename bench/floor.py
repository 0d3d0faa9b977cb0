#!/usr/bin/env python3
"""The floor: what the work itself costs, no rules -- parse each file with pyromark and
tokenize its paragraphs and headings once with each dictionary.

    python bench/floor.py FILE...    # one process, start-up included: the floor of a one-post run

preset-ja-technical-writing's rules use IPADIC only (unidic-lite serves postlint's own rules),
so its floor tokenizes with IPADIC only.  Imports only what parsing and tokenizing need, so that
run as a script it measures the interpreter, those imports, and the work; as a script it
also uses the start-up cache (compiled regular expressions), as the ``postlint`` command does.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path


def floor(files: list[str], dictionaries: tuple[str, ...] = ("ipadic",)) -> float:
    """Seconds to parse ``files`` and tokenize each paragraph and heading once per dictionary."""
    from postlint.markdown import parse
    from postlint.morph import _tagger
    from postlint.source import Source

    taggers = [_tagger(d) for d in dictionaries]
    start = time.perf_counter()
    for path in files:
        source = Source.from_bytes(Path(path).read_bytes(), path)
        doc = parse(source)
        for node in doc.walk():
            if node.type in ("Paragraph", "Header"):
                text = source.text[node.start:node.end]
                for tagger in taggers:
                    for _ in tagger(text):
                        pass
    return time.perf_counter() - start


if __name__ == "__main__":
    from postlint import startup_cache

    startup_cache.install()
    floor(sys.argv[1:])
    startup_cache.save()
