"""Start-up and whole-command times of ``candor lint``, with and without the pattern cache.

What a person running the command waits for, in fresh processes: a single call on one
sentence, and a bulk run (``--jsonl``) of typical notes in one and in two processes.
Each is run with the cache off (``CANDOR_CACHE_DIR=off``: every pattern compiled by
``re``), with an empty cache folder (the first run on a machine, which fills it) and
with that folder filled (every later run). Ratios are against the cache-off run of the
same script.

    .venv/bin/python bench/bench_startup.py [--mb 4]

Prints a Markdown table for docs/performance.md.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from bench_language import CORPUS, TYPICAL_RISKY_SHARE, make_notes, note_pools  # noqa: E402

CANDOR = str(ROOT / ".venv" / "bin" / "candor")


def _run(args: list[str], cache: str, stdin: bytes = b"") -> float:
    env = dict(os.environ, CANDOR_CACHE_DIR=cache)
    start = time.perf_counter()
    done = subprocess.run(
        [CANDOR, *args], input=stdin, env=env, capture_output=True, check=False, cwd=ROOT
    )
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(f"candor {' '.join(args)} failed: {done.stderr.decode()[-500:]}")
    return elapsed


def bulk_file(folder: Path, mb: float, seed: int) -> tuple[Path, float]:
    """Write typical notes (as bench_language.py's) as JSONL lines into ``folder``;
    return the file and the notes' size in MB."""
    items = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    sentences, risky = note_pools(items)
    notes = make_notes(mb, sentences, random.Random(seed), risky, TYPICAL_RISKY_SHARE)
    bulk = folder / "notes.jsonl"
    bulk.write_text(
        "".join(json.dumps({"id": i, "text": n}) + "\n" for i, n in enumerate(notes)),
        encoding="utf-8",
    )
    return bulk, sum(len(n.encode()) for n in notes) / 1e6


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=4.0, help="bulk input size in MB")
    ap.add_argument("--seed", type=int, default=11)
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        bulk, mb = bulk_file(Path(tmp), args.mb, args.seed)
        one = ["lint", "--exit-zero", "-"]
        line = b"He is too old for the job, but his Kubernetes answers were level 4.\n"
        many = ["lint", "--exit-zero", "--jsonl", str(bulk)]
        folder = str(Path(tmp) / "cache")
        rows = [
            ("single call, cache off", _run(one, "off", line)),
            ("single call, empty cache (first run)", _run(one, folder, line)),
            ("single call, filled cache", _run(one, folder, line)),
        ]
        bulk_folder = str(Path(tmp) / "cache-bulk")
        rows += [
            (f"bulk {mb:.1f} MB, cache off", _run(many, "off")),
            (f"bulk {mb:.1f} MB, empty cache (first run)", _run(many, bulk_folder)),
            (f"bulk {mb:.1f} MB, filled cache", _run(many, bulk_folder)),
            (
                f"bulk {mb:.1f} MB, filled cache, `--jobs 2`",
                _run([*many, "--jobs", "2"], bulk_folder),
            ),
        ]
    base = {"single": rows[0][1], "bulk": rows[3][1]}
    print(f"Command: `.venv/bin/python bench/bench_startup.py --mb {args.mb:g}`\n")
    print("| run | wall time | MB/s (bulk) | against cache off |")
    print("|---|---|---|---|")
    for name, t in rows:
        ref = base["bulk" if name.startswith("bulk") else "single"]
        rate = f"{mb / t:.2f}" if name.startswith("bulk") else ""
        print(f"| {name} | {t:.2f} s | {rate} | {ref / t:.2f} × |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
