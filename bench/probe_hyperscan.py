"""Probe: how fast would Hyperscan run candor's scan, and what would it cost?

Not part of the product: candor's scan is the ``re`` pattern of
:class:`candor.language.prefilter.Prefilter`. This script compiles the same scan entries
(one expression per leading literal: the literal and its rests, lookarounds dropped so
that the expression matches a superset) with Hyperscan and times both scanners on the
*typical notes* input of ``bench_language.py``, next to the whole engine. Hyperscan is
not a dependency; run the probe with it added for one command only:

    uv run --with hyperscan==0.9.1 python bench/probe_hyperscan.py [--mb 2]

It prints a Markdown table for docs/performance.md. ASCII mode (no ``HS_FLAG_UCP``:
Hyperscan rejects ``\\b`` under it) and no start-of-match reporting (with
``HS_FLAG_SOM_LEFTMOST`` compiling took minutes); a real adoption would need both
answered, plus an equivalence test against the ``re`` scan.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from bench_language import CORPUS, TYPICAL_RISKY_SHARE, make_notes, note_pools  # noqa: E402

from candor.language.engine import default_engine  # noqa: E402
from candor.language.evaluation import load_corpus  # noqa: E402
from candor.language.model import _group_end  # noqa: E402
from candor.language.prefilter import _factor, scan_entries  # noqa: E402

_LOOKAROUND = ("(?=", "(?!", "(?<=", "(?<!")


def relax(rx: str) -> str:
    """Drop every lookaround of ``rx`` (a superset: assertions only ever reject)."""
    out: list[str] = []
    i, in_class = 0, False
    while i < len(rx):
        ch = rx[i]
        if ch == "\\":
            out.append(rx[i : i + 2])
            i += 2
        elif in_class:
            in_class = ch != "]"
            out.append(ch)
            i += 1
        elif ch == "[":
            in_class = True
            out.append(ch)
            i += 1
        elif rx.startswith(_LOOKAROUND, i):
            i = _group_end(rx, i)
        else:
            out.append(ch)
            i += 1
    source = "".join(out)
    # Hyperscan takes UTF-8 literals, not \uXXXX escapes.
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), source)


def main() -> int:
    import hyperscan as hs  # not a dependency: see the module docstring

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mb", type=float, default=2.0)
    args = ap.parse_args()

    engine = default_engine()
    rests, _, _ = scan_entries(engine.rules)
    literals = sorted(rests)
    exprs = []
    for lit in literals:
        rs = sorted(rests[lit])
        body = "" if "" in rs else _factor(rs)
        exprs.append((r"\W" + re.escape(lit) + relax(body)).encode())
    flag = hs.HS_FLAG_ALLOWEMPTY | hs.HS_FLAG_UTF8
    too_large = []
    for i, e in enumerate(exprs):
        if len(e) > 1000:  # only long expressions can exceed Hyperscan's limits
            try:
                hs.Database(mode=hs.HS_MODE_BLOCK).compile(
                    expressions=[e], ids=[i], elements=1, flags=[flag]
                )
            except hs.error:
                too_large.append(i)
    ids = [i for i in range(len(exprs)) if i not in too_large]
    t0 = time.perf_counter()
    db = hs.Database(mode=hs.HS_MODE_BLOCK)
    db.compile(
        expressions=[exprs[i] for i in ids], ids=ids, elements=len(ids), flags=[flag] * len(ids)
    )
    compile_s = time.perf_counter() - t0
    size = len(hs.dumpb(db))

    items = load_corpus(CORPUS)
    typical, risky = note_pools(items)
    notes = make_notes(args.mb, typical, random.Random(20261128), risky, TYPICAL_RISKY_SHARE)
    mb = sum(len(n.encode("utf-8")) for n in notes) / 1e6
    for n in notes:
        engine.lint(n)  # warm the per-literal caches

    t0 = time.perf_counter()
    for n in notes:
        engine.lint(n)
    lint_ms = (time.perf_counter() - t0) * 1000 / mb

    lows = [" " + n.lower() for n in notes]
    pattern = engine.prefilter.pattern
    t0 = time.perf_counter()
    positions = sum(1 for low in lows for _ in pattern.finditer(low))
    re_ms = (time.perf_counter() - t0) * 1000 / mb

    encoded = [low.encode("utf-8") for low in lows]
    reports = [0]

    def on_match(_id: int, _start: int, _end: int, _flags: int, _ctx: object) -> None:
        reports[0] += 1

    t0 = time.perf_counter()
    for data in encoded:
        db.scan(data, match_event_handler=on_match)
    hs_ms = (time.perf_counter() - t0) * 1000 / mb

    print(f"Typical notes, {mb:.1f} MB; {len(literals)} scan literals.\n")
    print("| measure | value |")
    print("|---|---|")
    print(f"| whole engine (`lint`) | {lint_ms:.0f} ms/MB ({1000 / lint_ms:.1f} MB/s) |")
    print(f"| `re` scan alone | {re_ms:.0f} ms/MB, {positions / mb:.0f} positions/MB |")
    print(f"| engine less `re` scan | {lint_ms - re_ms:.0f} ms/MB |")
    print(
        f"| Hyperscan scan, counting callback | {hs_ms:.0f} ms/MB, {reports[0] / mb:.0f} reports/MB |"
    )
    print(f"| Hyperscan compile | {compile_s:.1f} s, database {size / 1e6:.1f} MB |")
    print(
        f"| literals Hyperscan rejects as too large | {len(too_large)}: "
        + ", ".join(repr(literals[i]) for i in too_large)
        + " |"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
