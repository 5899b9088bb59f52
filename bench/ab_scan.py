"""The compiled scan alone, two builds of the extension in one process, alternating.

Both scanners read this checkout's tables and rests; only the C code differs (the
matcher ``Rx`` and the trie walk), so this isolates a change to them from the rest of
the engine. Build the other extension under the name ``old_speedups`` as
``ab_language.py`` says, then:

    .venv/bin/python bench/ab_scan.py /tmp/old_speedups*.so typical 16 [scan_rules]

Arguments: the other build, which notes (``typical``, ``safe`` or ``risky``, as
``ab_language.py``), how many passes of each, and what to time: ``scan`` (the walk and
the rests) or ``scan_rules`` (with the buckets' start patterns, as the engine calls
it). It checks that both give the same result, then prints ms per MB per pass, the
medians and the median of the pass-by-pass ratios.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))
from ab_language import _notes  # noqa: E402

from candor.language import native, rxprog  # noqa: E402
from candor.language.engine import _lower, default_engine  # noqa: E402
from candor.language.recache import packed  # noqa: E402


def _load(path: Path) -> ModuleType:
    loader = importlib.machinery.ExtensionFileLoader("old_speedups", str(path))
    spec = importlib.util.spec_from_file_location("old_speedups", path, loader=loader)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


def _compiler(module: ModuleType) -> Callable[[str], Any]:
    """compile_rest, making the rests' matchers of ``module``'s build."""

    def compile_rest(source: str) -> Any:
        prog = packed("rests", rxprog._code_version(), source, lambda: rxprog.program(source))
        if prog is None:
            return rxprog._compile_re(source)
        nodes, alts, pool, sets, root = prog
        return module.Rx(nodes, alts, pool, sets, tuple(root), source, rxprog._compile_re)

    return compile_rest


def _entry(module: ModuleType) -> Callable[[str, bool], Any]:
    """Prefilter.entry for ``module``'s scanner: the same buckets, their matchers
    made by ``module``'s build (an Rx of one build is not one of the other)."""
    pf = default_engine().prefilter
    if module is native.speedups:
        return pf.entry
    compile_rest = _compiler(module)
    made: dict[int, Any] = {}

    def entry(found: str, boundary: bool) -> Any:
        number, matchers, always = pf.entry(found, boundary)
        if matchers is not None:
            bucket = pf.entries[number]
            matchers = tuple(
                made.setdefault(id(rule), compile_rest(rule.start_regex.pattern))
                for rule in bucket.starting
            )
        return number, matchers, always

    return entry


def main() -> None:
    other = _load(Path(sys.argv[1]))
    kind = sys.argv[2] if len(sys.argv) > 2 else "typical"
    passes = int(sys.argv[3]) if len(sys.argv) > 3 else 12
    what = sys.argv[4] if len(sys.argv) > 4 else "scan"
    if what not in ("scan", "scan_rules"):
        raise SystemExit("the fourth argument is scan or scan_rules")
    if native.speedups is None:
        raise SystemExit("this checkout's extension is not built (uv sync --all-extras)")
    notes = _notes(kind, 1.0)
    size = sum(len(n.encode("utf-8")) for n in notes) / 1e6
    nodes, edges, literals = default_engine().prefilter.scan_tables()
    modules = {"old": other, "new": native.speedups}
    scanners = {
        name: module.Scanner(nodes, edges, literals, _compiler(module))
        for name, module in modules.items()
    }
    lows = [_lower(n) for n in notes]
    spaced = [" " + low for low in lows]
    if what == "scan":
        runs = {name: (lambda sc=sc: [sc.scan(s) for s in spaced]) for name, sc in scanners.items()}
    else:
        entries = {name: _entry(module) for name, module in modules.items()}
        runs = {
            name: (
                lambda sc=sc, entry=entries[name]: [
                    sc.scan_rules(s, low, entry) for s, low in zip(spaced, lows, strict=True)
                ]
            )
            for name, sc in scanners.items()
        }
    if what == "scan":
        same = runs["old"]() == runs["new"]()
    else:  # the bucket numbers differ: each scanner numbers the buckets as it meets them
        buckets = default_engine().prefilter.entries

        def named(got: list[list[Any]]) -> list[list[Any]]:
            return [[(p, id(buckets[b]), ends) for p, b, ends in items] for items in got]

        same = named(runs["old"]()) == named(runs["new"]())
    print(f"{len(notes)} {kind} notes, {size:.2f} MB, {what}; the same result: {same}")
    spent: dict[str, list[float]] = {"old": [], "new": []}
    for i in range(passes):
        order = ("old", "new") if i % 2 == 0 else ("new", "old")
        for name in order:
            t0 = time.perf_counter()
            runs[name]()
            spent[name].append((time.perf_counter() - t0) * 1e3 / size)
    for name, got in spent.items():
        print(f"{name}: median {statistics.median(got):.1f}, best {min(got):.1f} ms per MB")
    ratios = [n / o for o, n in zip(spent["old"], spent["new"], strict=True)]
    print(f"new / old, median of the pass-by-pass ratios: {statistics.median(ratios):.3f}")


if __name__ == "__main__":
    main()
