"""Whole ``candor lint`` commands of two checkouts, in fresh processes, alternating.

What a person running the command waits for: a single call on one sentence, and a
bulk run (``--jsonl``) of typical notes. Each checkout runs with a filled cache of its
own (one run each first fills it), on this checkout's virtual environment and compiled
extension (so only the Python code differs), alternating run by run, because this
machine's speed drifts by a third between minutes.

    git worktree add /tmp/old <commit>
    .venv/bin/python bench/ab_startup.py /tmp/old --mb 10 --runs 6

Prints each run's wall time, the medians and the median of the run-by-run ratios; the
outputs of both checkouts must be the same.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from bench_startup import bulk_file  # noqa: E402

PYTHON = str(ROOT / ".venv" / "bin" / "python")
MAIN = "import sys; from candor_cli.main import main; sys.exit(main())"


def _run(src: Path, cache: Path, args: list[str], stdin: bytes = b"") -> tuple[float, bytes]:
    env = dict(os.environ, CANDOR_CACHE_DIR=str(cache), PYTHONPATH=str(src))
    start = time.perf_counter()
    done = subprocess.run(
        [PYTHON, "-c", MAIN, "lint", *args],
        input=stdin,
        env=env,
        capture_output=True,
        check=False,
        cwd=ROOT,
    )
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(f"candor lint {' '.join(args)} failed: {done.stderr.decode()[-500:]}")
    return elapsed, done.stdout


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("other", type=Path, help="the other checkout")
    ap.add_argument("--mb", type=float, default=10.0, help="bulk input size in MB")
    ap.add_argument("--runs", type=int, default=6)
    ap.add_argument("--seed", type=int, default=11)
    args = ap.parse_args()

    sides = {"other": args.other.resolve() / "src", "this": ROOT / "src"}

    with tempfile.TemporaryDirectory() as tmp:
        bulk, mb = bulk_file(Path(tmp), args.mb, args.seed)
        note = b"He is too old for this role and we need a digital native."
        jobs = {"single": (["-"], note), "bulk": (["--jsonl", str(bulk)], b"")}
        caches = {side: Path(tmp) / f"cache-{side}" for side in sides}
        outputs: dict[str, dict[str, bytes]] = {job: {} for job in jobs}
        for side, src in sides.items():  # fill each cache
            for job, (job_args, stdin) in jobs.items():
                _, outputs[job][side] = _run(src, caches[side], job_args, stdin)
        same = all(len(set(out.values())) == 1 for out in outputs.values())
        print(f"typical notes, {mb:.2f} MB; the same output: {same}")
        times: dict[str, dict[str, list[float]]] = {job: {s: [] for s in sides} for job in jobs}
        for _ in range(args.runs):
            for job, (job_args, stdin) in jobs.items():
                for side, src in sides.items():
                    elapsed, _ = _run(src, caches[side], job_args, stdin)
                    times[job][side].append(elapsed)
    for job, by_side in times.items():
        for side, ts in by_side.items():
            extra = f", {mb / statistics.median(ts):.2f} MB/s" if job == "bulk" else ""
            print(
                f"{job} {side}: median {statistics.median(ts):.2f} s{extra} "
                f"({' '.join(f'{t:.2f}' for t in ts)})"
            )
        ratios = [o / t for o, t in zip(by_side["other"], by_side["this"], strict=True)]
        print(
            f"{job}: other / this, median of the run-by-run ratios: {statistics.median(ratios):.3f}"
        )
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
