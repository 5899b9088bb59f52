"""Time one checkout's language engine on the same notes as this checkout's bench.

Run from the repository root, once per checkout, alternating, to compare two engines:

    git worktree add /tmp/old <commit>
    for r in /tmp/old . /tmp/old .; do .venv/bin/python bench/compare_language.py $r 2; done

Each checkout must run its own compiled ``candor_speedups`` (the installed one is this
checkout's): build the other one into a folder and give it as a third argument,

    mkdir /tmp/old-ext && gcc -shared -fPIC -O2 -ffp-contract=off $(python3-config --includes) \
        /tmp/old/native/candor_speedups.c -lm \
        -o /tmp/old-ext/candor_speedups$(python3-config --extension-suffix)
    .venv/bin/python bench/compare_language.py /tmp/old 2 /tmp/old-ext

The notes come from this checkout (bench/data and the corpus), the engine from ROOT/src,
so both runs screen the same text. Prints bulk MB/s on typical notes (one ``lint`` call
per note with and without the second opinion, and ``lint_many`` where ROOT has it; best
of two passes) and the latency of one 200-word note.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bench_language as bench  # noqa: E402


def main() -> None:
    root = Path(sys.argv[1]).resolve()
    mb = float(sys.argv[2]) if len(sys.argv) > 2 else 2.0
    ext = Path(sys.argv[3]).resolve() if len(sys.argv) > 3 else None
    for name in [k for k in sys.modules if k.startswith("candor")]:
        del sys.modules[name]
    sys.path.insert(0, str(root / "src"))
    if ext is not None:
        sys.path.insert(0, str(ext))
    import candor
    from candor.language import lint
    from candor.language.evaluation import load_corpus

    try:
        from candor.language import native  # 0.11 on

        compiled = native.speedups
    except ImportError:
        compiled = None

    if not str(Path(candor.__file__).resolve()).startswith(str(root)):
        raise SystemExit(f"candor imported from {candor.__file__}, not {root}")
    if ext is not None and (
        compiled is None or not str(Path(compiled.__file__).resolve()).startswith(str(ext))
    ):
        raise SystemExit(f"candor_speedups not loaded from {ext}: {compiled}")
    items = load_corpus(bench.CORPUS)
    typical, risky = bench.note_pools(items)
    notes = bench.make_notes(mb, typical, random.Random(7), risky, bench.TYPICAL_RISKY_SHARE)
    note = bench.make_note(typical, 200, random.Random(11), risky, bench.TYPICAL_RISKY_SHARE)
    for n in notes[:100]:
        lint(n)
    size = sum(len(n.encode("utf-8")) for n in notes) / 1e6

    import candor.language as language

    many = getattr(language, "lint_many", None)  # 0.12 on

    def bulk(second_opinion: bool, batched: bool = False) -> float:
        best = float("inf")
        for _ in range(2):
            t0 = time.perf_counter()
            if batched:
                many(notes, second_opinion=second_opinion)
            else:
                for n in notes:
                    lint(n, second_opinion=second_opinion)
            best = min(best, time.perf_counter() - t0)
        return size / best

    full, rules = bulk(True), bulk(False)
    batched = f", lint_many {bulk(True, batched=True):.2f} MB/s" if many else ""
    # ROOT's lint: bench_language's own is this checkout's (before 0.11 the latency
    # column timed this checkout's engine for both roots).
    lat = bench.latency(note, repeat=2000, screen=lint)
    where = "none" if compiled is None else Path(compiled.__file__).parent
    print(
        f"{root} (speedups: {where}): typical notes, one lint call per note {full:.2f} MB/s, "
        f"rules only "
        f"{rules:.2f} MB/s{batched}, "
        f"200-word note median {lat['median_ms']:.2f} ms, p99 {lat['p99_ms']:.2f} ms"
    )


if __name__ == "__main__":
    main()
