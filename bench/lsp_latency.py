"""Latency of ``postlint lsp``: from didChange to publishDiagnostics, on the seed post.

Starts the server as an editor does (a subprocess on stdio, driven by pygls's
client), opens the seed post, then types a sentence into its third paragraph
one character at a time, waiting for each keystroke's diagnostics before the
next.  The first ``--warm-up`` keystrokes are not counted.  Not run by pytest.

    python bench/lsp_latency.py                      # the seed's own config
    python bench/lsp_latency.py --all-rules          # every rule postlint has
    python bench/lsp_latency.py --debounce 0 -n 60

Target: median < 50 ms after warm-up, with the default debounce (25 ms) in force: a
keystroke sent less than 25 ms after the previous one waits it out, one after a pause
is linted at once (the next keystroke here goes out as soon as the previous one's
diagnostics arrive, so both cases occur).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from lsprotocol import types as lsp  # noqa: E402

from lsp_harness import Session  # noqa: E402

SEED = ROOT / "seeds" / "2025-11-10-korea-ai-investment.md"
TYPED = "ここで新しい段落の文を一文字ずつ入力して、診断が届くまでの時間を測ります。次の文も続けて書きます。"


def server_cpu(session: Session) -> float | None:
    """CPU seconds the server process has used so far (Linux /proc), or None."""
    try:
        fields = Path(f"/proc/{session.client._server.pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, AttributeError, IndexError):
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


async def measure(post: Path, keystrokes: int, warm_up: int, debounce: float | None) -> dict:
    session = Session(cwd=str(post.parent))
    options = {} if debounce is None else {"debounceMs": debounce}
    await session.start(post.parent, options)
    uri = post.as_uri()
    text = post.read_text("utf-8")
    try:
        started = time.perf_counter()
        session.open(uri, text)
        diagnostics = await session.diagnostics(uri, 1, timeout=120)
        first = time.perf_counter() - started
        line = next(i for i, row in enumerate(text.splitlines()) if i > 12 and row.strip())  # a body paragraph
        typed = (TYPED * (1 + (keystrokes + warm_up) // len(TYPED)))[:keystrokes + warm_up]
        times = []
        cpu_before = None
        for i, char in enumerate(typed):
            at = lsp.Position(line=line, character=i)
            sent = time.perf_counter()
            version = session.change(uri, char, lsp.Range(start=at, end=at))
            arrived, _ = await session.wait_published(uri, version, timeout=120)
            if i == warm_up - 1 or (i == 0 and warm_up == 0):
                cpu_before = server_cpu(session)
            if i >= warm_up:
                times.append((arrived - sent) * 1000)
        cpu_after = server_cpu(session)
        cpu_ms = (cpu_after - cpu_before) * 1000 / len(times) if None not in (cpu_before, cpu_after) else None
        return {"server_cpu_ms_per_keystroke": cpu_ms, "diagnostics": len(diagnostics), "open_ms": first * 1000, "keystrokes": len(times),
                "median_ms": statistics.median(times), "p95_ms": percentile(times, 0.95),
                "min_ms": min(times), "max_ms": max(times)}
    finally:
        await session.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--keystrokes", type=int, default=40)
    parser.add_argument("--warm-up", type=int, default=5)
    parser.add_argument("--debounce", type=float, default=None, help="debounceMs for the server (default: its own)")
    parser.add_argument("--all-rules", action="store_true", help="enable every rule, not the seed's config")
    parser.add_argument("--json", action="store_true", help="print the numbers as JSON")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        post = SEED
        if args.all_rules:
            from postlint.engine import rule_ids

            post = Path(tmp) / SEED.name
            shutil.copy(SEED, post)
            (Path(tmp) / ".postlintrc.yml").write_text(json.dumps({"rules": {r: True for r in rule_ids()}}), "utf-8")
        result = asyncio.run(measure(post, args.keystrokes, args.warm_up, args.debounce))
    result["cpus"] = os.cpu_count()
    result["load_average"] = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    if args.json:
        print(json.dumps(result))
    else:
        print(f"seed post, {result['diagnostics']} diagnostics; first publish after open: {result['open_ms']:.0f} ms")
        print(f"didChange -> publishDiagnostics over {result['keystrokes']} keystrokes: "
              f"median {result['median_ms']:.1f} ms, p95 {result['p95_ms']:.1f} ms "
              f"(min {result['min_ms']:.1f}, max {result['max_ms']:.1f}); "
              f"{result['cpus']} CPUs, load {result['load_average']:.1f}")
        if result["server_cpu_ms_per_keystroke"] is not None:
            print(f"server CPU time per keystroke: {result['server_cpu_ms_per_keystroke']:.0f} ms "
                  "(what the latency would be on an idle machine, debounce aside)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
