"""Two checkouts' language engines in one process, alternating, on the same notes.

Whole runs on this machine drift by a third between minutes, so two engines are best
compared pass by pass in one process: the other checkout's ``candor`` package and its
own build of the compiled extension are imported beside this one's.

    git worktree add /tmp/old <commit>
    gcc -shared -fPIC -O2 -ffp-contract=off $(python3-config --includes) \\
        -DPyInit_candor_speedups=PyInit_old_speedups /tmp/old/native/candor_speedups.c -lm \\
        -o /tmp/old_speedups$(python3-config --extension-suffix)
    .venv/bin/python bench/ab_language.py /tmp/old /tmp/old_speedups*.so typical 2 20

Arguments: the other checkout, its extension built under the name ``old_speedups``
(the ``-D`` above), which notes (``typical``: as bench_language.py's bulk notes;
``safe``: ordinary sentences only; ``risky``: risky corpus sentences only), how many MB,
and how many passes of each. It checks that both give the same findings, then prints
``lint_many``'s MB/s per pass, the medians and the median of the pass-by-pass ratios.
"""

from __future__ import annotations

import dataclasses
import importlib
import importlib.machinery
import importlib.util
import random
import statistics
import sys
import time
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bench_language as bench  # noqa: E402


def _drop_candor() -> None:
    for name in [k for k in sys.modules if k.split(".")[0] in ("candor", "candor_speedups")]:
        del sys.modules[name]


def _other(root: Path, ext: Path) -> ModuleType:
    """The other checkout's candor.language, running on its own extension."""
    loader = importlib.machinery.ExtensionFileLoader("old_speedups", str(ext))
    spec = importlib.util.spec_from_file_location("old_speedups", ext, loader=loader)
    assert spec is not None
    compiled = importlib.util.module_from_spec(spec)
    loader.exec_module(compiled)
    _drop_candor()
    sys.modules["candor_speedups"] = compiled  # what its native.py imports
    sys.path.insert(0, str(root / "src"))
    try:
        language = importlib.import_module("candor.language")
    finally:
        sys.path.remove(str(root / "src"))
    if not str(Path(language.__file__).resolve()).startswith(str(root.resolve())):
        raise SystemExit(f"candor imported from {language.__file__}, not {root}")
    language.lint_many(["Built before this checkout's modules are imported: too old."])
    _drop_candor()  # this checkout's modules are imported afresh below
    return language


def _notes(kind: str, mb: float) -> list[str]:
    from candor.language.evaluation import load_corpus

    items = load_corpus(bench.CORPUS)
    typical, risky = bench.note_pools(items)
    rng = random.Random(7)
    if kind == "typical":
        return bench.make_notes(mb, typical, rng, risky, bench.TYPICAL_RISKY_SHARE)
    if kind == "safe":
        return bench.make_notes(mb, typical, rng)
    if kind == "risky":
        return bench.make_notes(mb, risky, rng)
    raise SystemExit(f"notes: typical, safe or risky, not {kind!r}")


def main() -> None:
    root, ext = Path(sys.argv[1]), Path(sys.argv[2])
    kind = sys.argv[3] if len(sys.argv) > 3 else "typical"
    mb = float(sys.argv[4]) if len(sys.argv) > 4 else 2.0
    passes = int(sys.argv[5]) if len(sys.argv) > 5 else 10
    old = _other(root, ext)
    new = importlib.import_module("candor.language")
    if not (old.native.SPEEDUPS and new.native.SPEEDUPS):
        raise SystemExit("both engines must run with their compiled extension")
    notes = _notes(kind, mb)
    size = sum(len(n.encode("utf-8")) for n in notes) / 1e6

    def findings(language: ModuleType) -> list[list[tuple[object, ...]]]:
        # Each package has its own Finding class: compare the fields.
        return [[dataclasses.astuple(f) for f in r.findings] for r in language.lint_many(notes)]

    same = findings(old) == findings(new)
    print(f"{len(notes)} {kind} notes, {size:.2f} MB; the same findings: {same}")
    rates: dict[str, list[float]] = {"old": [], "new": []}
    for _ in range(passes):
        for name, language in (("old", old), ("new", new)):
            t0 = time.perf_counter()
            language.lint_many(notes)
            rates[name].append(size / (time.perf_counter() - t0))
    for name, got in rates.items():
        passes_text = " ".join(f"{r:.2f}" for r in got)
        print(
            f"{name}: median {statistics.median(got):.2f} MB/s, best {max(got):.2f} ({passes_text})"
        )
    ratios = [n / o for o, n in zip(rates["old"], rates["new"], strict=True)]
    print(f"new / old, median of the pass-by-pass ratios: {statistics.median(ratios):.3f}")


if __name__ == "__main__":
    main()
