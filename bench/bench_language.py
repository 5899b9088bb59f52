"""Benchmark language screening: latency, bulk throughput, and alex on the same text.

Run from the repository root:

    .venv/bin/python bench/bench_language.py [--mb 10] [--no-alex]

Prints a Markdown report (paste it into the "Language screening" section of
docs/performance.md). alex is installed with npm into a temporary folder that is
deleted afterwards; nothing is committed. If npm or node fails, the report says so.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from candor.language import lint, lint_many, native  # noqa: E402
from candor.language.evaluation import evaluate, load_corpus  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "language" / "corpus.jsonl"
#: Ordinary job-related note sentences (600, written for this benchmark by someone who had
#: not seen the rules): what most of a real scorecard consists of.
TYPICAL = ROOT / "bench" / "data" / "typical_note_sentences.txt"
#: Share of sentences in a "typical" note drawn from the risky corpus items instead.
TYPICAL_RISKY_SHARE = 0.05
ALEX_VERSION = "11.0.1"
_PRONOUNS = re.compile(
    r"^(?:he|she|his|her|hers|him|himself|herself|he/she|she/he|he or she|his or her"
    r"|her or his|him or her|boy|girl|boys|girls|man|woman|men|women|male|female"
    r"|gentleman|lady|ladies|gentlemen|guys?|wife|husband|mother|father|mom|dad|son"
    r"|daughter)$",
    re.I,
)


def _sentences(items: list[dict]) -> list[str]:
    out: list[str] = []
    for it in items:
        out += [s.strip() for s in re.split(r"(?<=[.!?])\s+", it["text"]) if s.strip()]
    return out


def note_pools(items: list[dict]) -> tuple[list[str], list[str]]:
    """The sentences typical notes are drawn from: the ordinary job-related ones
    (bench/data) and the corpus's risky ones, mixed in at ``TYPICAL_RISKY_SHARE``."""
    typical = [ln.strip() for ln in TYPICAL.read_text(encoding="utf-8").splitlines()]
    risky = _sentences([i for i in items if i["label"] == "risky"])
    return [t for t in typical if t], risky


def make_note(
    sentences: list[str],
    words: int,
    rng: random.Random,
    risky: list[str] | None = None,
    risky_share: float = 0.0,
) -> str:
    """A note of sentences drawn from ``sentences`` (each drawn from ``risky`` instead
    with probability ``risky_share``) until it has at least ``words`` words."""
    parts: list[str] = []
    n = 0
    while n < words:
        pool = risky if risky and rng.random() < risky_share else sentences
        s = rng.choice(pool)
        parts.append(s)
        n += len(s.split())
    return " ".join(parts)


def make_notes(
    mb: float,
    sentences: list[str],
    rng: random.Random,
    risky: list[str] | None = None,
    risky_share: float = 0.0,
) -> list[str]:
    """Notes of 40-250 words until they hold ``mb`` MB of UTF-8."""
    notes: list[str] = []
    size = 0
    while size < mb * 1e6:
        n = make_note(sentences, rng.randint(40, 250), rng, risky, risky_share)
        notes.append(n)
        size += len(n.encode("utf-8"))
    return notes


def latency(
    note: str, repeat: int = 3000, second_opinion: bool = True, screen: Any = None
) -> dict[str, float]:
    """Time ``screen`` (this checkout's ``lint`` unless given) on one note."""
    screen = screen or lint
    screen(note)  # compile
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter_ns()
        screen(note, second_opinion=second_opinion)
        times.append((time.perf_counter_ns() - t0) / 1e6)
    times.sort()
    return {
        "median_ms": statistics.median(times),
        "p99_ms": times[int(0.99 * len(times)) - 1],
        "max_ms": times[-1],
    }


def stages(notes: list[str], batch: int | None = None) -> dict[str, float]:
    """ms per MB of each stage of ``lint_many`` (Engine._lint_batch, the same calls, the
    same tuples), timed one by one."""
    from candor.language.classifier import sentence_spans
    from candor.language.engine import (
        BATCH_ITEMS,
        _lower,
        _prune,
        _second_opinion,
        default_engine,
    )

    batch = BATCH_ITEMS if batch is None else batch

    engine = default_engine()
    model = engine.model
    assert model is not None
    spent = dict.fromkeys(
        (
            "lower-case",
            "scan and start patterns",
            "rules",
            "sentences",
            "sums and probabilities",
            "decisions",
        ),
        0.0,
    )

    def timed(name: str, t0: float) -> None:
        spent[name] += time.perf_counter() - t0

    for i in range(0, len(notes), batch):
        texts = notes[i : i + batch]
        t0 = time.perf_counter()
        lows = [_lower(t) for t in texts]
        timed("lower-case", t0)
        t0 = time.perf_counter()
        scan_rules, entry = engine.prefilter.scanner().scan_rules, engine.prefilter.entry
        scans = [tuple(scan_rules(" " + low, low, entry)) for low in lows]
        timed("scan and start patterns", t0)
        t0 = time.perf_counter()
        found = [
            engine._rule_findings(t, low, None, True, hits)
            for t, low, hits in zip(texts, lows, scans, strict=True)
        ]
        timed("rules", t0)
        t0 = time.perf_counter()
        spans = [tuple(sentence_spans(t)) for t in texts]
        timed("sentences", t0)
        t0 = time.perf_counter()
        probs = model.probabilities_many(lows, spans)
        timed("sums and probabilities", t0)
        t0 = time.perf_counter()
        threshold = model.threshold
        for t, low, f, sp, pr in zip(texts, lows, found, spans, probs, strict=True):
            if f or max(pr, default=0.0) >= threshold:  # as _lint_batch asks
                _prune(_second_opinion(model, t, low, f, None, sp, pr))
        timed("decisions", t0)
    mb = sum(len(n.encode("utf-8")) for n in notes) / 1e6
    return {k: v * 1000 / mb for k, v in spent.items()}


def bulk(
    notes: list[str], second_opinion: bool = True, many: bool = True, passes: int = 1
) -> dict[str, Any]:
    """Screen ``notes`` with ``lint_many`` (the bulk entry point, as ``candor lint
    --jsonl`` does), or with one ``lint`` call per note when ``many`` is false; with
    ``passes`` > 1, that many times, timed by the median pass (the machine's speed
    drifts by a third between minutes, and one pass of a second may fall in a slow one).
    """
    size = sum(len(n.encode("utf-8")) for n in notes)
    times = []
    for _ in range(passes):
        t0 = time.perf_counter()
        if many:
            reports = lint_many(notes, second_opinion=second_opinion)
        else:
            reports = [lint(n, second_opinion=second_opinion) for n in notes]
        times.append(time.perf_counter() - t0)
        flagged = sum(bool(r.findings) for r in reports)
        del reports
    dt = statistics.median(times)
    # Same-script baseline: one pass of a word tokenizer over the same notes.
    word = re.compile(r"\w+")
    t1 = time.perf_counter()
    for n in notes:
        word.findall(n.lower())
    dt_base = time.perf_counter() - t1
    return {
        "mb": size / 1e6,
        "seconds": dt,
        "passes_mb_per_s": [size / 1e6 / t for t in times],
        "mb_per_s": size / 1e6 / dt,
        "notes_per_s": len(notes) / dt,
        "flagged_share": flagged / len(notes),
        "baseline_tokenize_mb_per_s": size / 1e6 / dt_base,
    }


_ALEX_JS = r"""
import {text} from 'alex';
import {readFileSync} from 'node:fs';
const items = readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean).map(JSON.parse);
const mode = process.argv[3];
const out = {};
const t0 = process.hrtime.bigint();
let bytes = 0;
for (const it of items) {
  bytes += Buffer.byteLength(it.text);
  const file = text(it.text);
  out[it.id] = file.messages.map(m => ({rule: m.ruleId, source: m.source, actual: m.actual ?? ''}));
}
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
if (mode === 'time') {
  process.stdout.write(JSON.stringify({ms, bytes, n: items.length}));
} else {
  process.stdout.write(JSON.stringify(out));
}
"""


def run_alex(corpus_items: list[dict], bulk_notes: list[str], note: str) -> dict:
    npm = shutil.which("npm")
    node = shutil.which("node")
    if not npm or not node:
        return {"error": "npm or node not found on PATH; alex not run"}
    tmp = tempfile.mkdtemp(prefix="candor-alex-")
    try:
        proc = subprocess.run(
            [npm, "install", "--silent", "--no-audit", "--no-fund", f"alex@{ALEX_VERSION}"],
            cwd=tmp,
            capture_output=True,
            text=True,
            timeout=600,
        )
        if proc.returncode != 0:
            return {"error": f"npm install alex failed: {proc.stderr.strip()[:500]}"}
        script = Path(tmp) / "run.mjs"
        script.write_text(_ALEX_JS, encoding="utf-8")

        def call(items: list[dict], mode: str) -> dict:
            data = Path(tmp) / "items.jsonl"
            data.write_text("".join(json.dumps(i) + "\n" for i in items), encoding="utf-8")
            res = subprocess.run(
                [node, str(script), str(data), mode],
                cwd=tmp,
                capture_output=True,
                text=True,
                timeout=3600,
            )
            if res.returncode != 0:
                raise RuntimeError(res.stderr[:500])
            return json.loads(res.stdout)

        messages = call(corpus_items, "flags")
        default = {k: [] for k, v in messages.items() if v}
        no_pronouns = {
            k: []
            for k, v in messages.items()
            if any(not _PRONOUNS.match(m["actual"].strip()) for m in v)
        }
        speed = call([{"id": i, "text": n} for i, n in enumerate(bulk_notes)], "time")
        one = call([{"id": i, "text": note} for i in range(200)], "time")
        return {
            "version": ALEX_VERSION,
            "default": default,
            "no_pronouns": no_pronouns,
            "mb_per_s": speed["bytes"] / 1e6 / (speed["ms"] / 1000),
            "bulk_mb": speed["bytes"] / 1e6,
            "per_note_ms": one["ms"] / one["n"],
        }
    except (subprocess.TimeoutExpired, RuntimeError, json.JSONDecodeError) as exc:
        return {"error": f"alex run failed: {exc}"}
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _fmt(ev: object) -> str:
    return f"{ev.precision:.3f} | {ev.recall:.3f} | {ev.false_positive_rate:.3f}"  # type: ignore[attr-defined]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--mb", type=float, default=10.0, help="bulk corpus size in MB")
    ap.add_argument("--alex-mb", type=float, default=1.0, help="bulk size for alex in MB")
    ap.add_argument("--no-alex", action="store_true")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument(
        "--passes", type=int, default=5, help="passes over the typical notes (median reported)"
    )
    args = ap.parse_args()
    rng = random.Random(args.seed)
    items = load_corpus(CORPUS)
    sentences = _sentences(items)
    note = make_note(sentences, 200, rng)
    notes = make_notes(args.mb, sentences, rng)
    safe_notes = make_notes(args.mb, _sentences([i for i in items if i["label"] == "safe"]), rng)
    typical, risky_sentences = note_pools(items)
    typical_notes = make_notes(args.mb, typical, rng, risky_sentences, TYPICAL_RISKY_SHARE)
    t_warm = time.perf_counter()
    lint(" ".join(sentences))  # compile the buckets once, as a long-running process has
    warm_s = time.perf_counter() - t_warm
    lat = latency(note)
    lat_rules = latency(note, second_opinion=False)
    blk = bulk(notes)
    blk_safe = bulk(safe_notes)
    blk_typ = bulk(typical_notes, passes=args.passes)
    blk_typ_rules = bulk(typical_notes, second_opinion=False)
    blk_typ_one = bulk(typical_notes, many=False)
    compiled = native.SPEEDUPS
    if compiled:
        # The same notes with the pure-Python twins of the compiled loops (native.py).
        native.SPEEDUPS = False
        blk_typ_py = bulk(typical_notes)
        blk_typ_rules_py = bulk(typical_notes, second_opinion=False)
        lat_py = latency(note)
        native.SPEEDUPS = True
    print("## Language screening\n")
    print(f"Command: `.venv/bin/python bench/bench_language.py --mb {args.mb:g}`  ")
    print(f"Python {sys.version.split()[0]}, one core, {os.cpu_count()} cores on the machine.\n")
    print(
        f"- Warm-up: first call on all {len(sentences)} corpus sentences (compiles the "
        f"per-literal patterns lazily): {warm_s:.2f} s."
    )
    print(
        f"- 200-word note ({len(note.split())} words, {len(note)} chars): "
        f"median {lat['median_ms']:.3f} ms, p99 {lat['p99_ms']:.3f} ms, "
        f"max {lat['max_ms']:.3f} ms over 3000 calls (rules only: median "
        f"{lat_rules['median_ms']:.3f} ms, p99 {lat_rules['p99_ms']:.3f} ms)."
    )
    print(
        f"- Bulk (`lint_many`, as `candor lint --jsonl`): {blk['mb']:.1f} MB in "
        f"{len(notes)} notes (sentences sampled from the "
        f"corpus; {blk['flagged_share']:.0%} of notes flagged): {blk['seconds']:.2f} s, "
        f"**{blk['mb_per_s']:.1f} MB/s**, {blk['notes_per_s']:.0f} notes/s."
    )
    print(
        f"- Bulk, safe sentences only (hard negatives): {blk_safe['mb']:.1f} MB in "
        f"{len(safe_notes)} notes ({blk_safe['flagged_share']:.0%} flagged): "
        f"{blk_safe['seconds']:.2f} s, **{blk_safe['mb_per_s']:.1f} MB/s**, "
        f"{blk_safe['notes_per_s']:.0f} notes/s."
    )
    print(
        f"- Bulk, typical notes (ordinary job-related sentences, "
        f"{TYPICAL_RISKY_SHARE:.0%} of sentences risky ones from the corpus): "
        f"{blk_typ['mb']:.1f} MB in {len(typical_notes)} notes "
        f"({blk_typ['flagged_share']:.0%} flagged): {blk_typ['seconds']:.2f} s, "
        f"**{blk_typ['mb_per_s']:.1f} MB/s**, {blk_typ['notes_per_s']:.0f} notes/s "
        f"(median of {len(blk_typ['passes_mb_per_s'])} passes: "
        f"{', '.join(f'{x:.1f}' for x in blk_typ['passes_mb_per_s'])} MB/s); "
        f"rules only (`second_opinion=False`): {blk_typ_rules['mb_per_s']:.1f} MB/s "
        f"({blk_typ_rules['flagged_share']:.0%} flagged). One `lint` call per note "
        f"instead of `lint_many`: {blk_typ_one['mb_per_s']:.1f} MB/s (`lint_many` / "
        f"`lint`: {blk_typ['mb_per_s'] / blk_typ_one['mb_per_s']:.2f}x)."
    )
    if compiled:
        print(
            f"- The same typical notes with the pure-Python twins (`CANDOR_SPEEDUPS=0`): "
            f"**{blk_typ_py['mb_per_s']:.1f} MB/s**, rules only "
            f"{blk_typ_rules_py['mb_per_s']:.1f} MB/s; 200-word note median "
            f"{lat_py['median_ms']:.3f} ms, p99 {lat_py['p99_ms']:.3f} ms. Compiled / "
            f"pure Python: {blk_typ['mb_per_s'] / blk_typ_py['mb_per_s']:.2f}x "
            f"({blk_typ_rules['mb_per_s'] / blk_typ_rules_py['mb_per_s']:.2f}x rules only)."
        )
        # What the compiled scan did per MB of typical notes (a scanner of its own, so
        # that the other runs' counts are not in it).
        from candor.language.engine import _lower, default_engine

        fresh = type(default_engine().prefilter).build(default_engine().rules).scanner()
        for n in typical_notes:
            fresh.scan(" " + _lower(n))
        per_mb = {k: v / blk_typ["mb"] for k, v in fresh.counts().items()}
        # The scan alone, its rests checked by Rx (rxprog) and by re, same process.
        from candor.language.recache import compile_packed

        pf = default_engine().prefilter
        nodes, edges, literals = pf.scan_tables()
        by_re = native.speedups.Scanner(nodes, edges, literals, compile_packed)
        spaced = [" " + _lower(n) for n in typical_notes]
        scan_ms = {}
        for name, scanner in (("rx", pf.scanner()), ("re", by_re)):
            for text in spaced:  # compile the rests met
                scanner.scan(text)
            t0 = time.perf_counter()
            for text in spaced:
                scanner.scan(text)
            scan_ms[name] = (time.perf_counter() - t0) * 1000 / blk_typ["mb"]
        parts = stages(typical_notes)
        print(
            "- Where `lint_many`'s time goes, per MB of typical notes (its stages timed one "
            "by one, in this process): "
            + ", ".join(f"{k} {v:.1f} ms" for k, v in parts.items())
            + f"; {sum(parts.values()):.0f} ms in all."
        )
        print(
            f"- The compiled scan, per MB of typical notes: {per_mb['word_starts']:,.0f} "
            f"word starts, {per_mb['literal_ends']:,.0f} literal ends met, "
            f"{per_mb['rests_ruled_out']:,.0f} rests ruled out by their automaton, "
            f"{per_mb['rests_asked']:,.0f} asked (of the rests' matcher, `Rx`), "
            f"{per_mb['rests_matched']:,.0f} of them matched. The scan alone: "
            f"{scan_ms['rx']:.1f} ms per MB, {scan_ms['re']:.1f} ms with the rests "
            f"asked of `re` instead."
        )
    else:
        print("- candor_speedups is not installed: every figure is the pure-Python code.")
    print(
        f"- Same-script baseline, `re.findall(r'\\w+')` over the lower-cased notes: "
        f"{blk['baseline_tokenize_mb_per_s']:.1f} MB/s "
        f"(candor runs at {blk['mb_per_s'] / blk['baseline_tokenize_mb_per_s']:.2f}x "
        f"a bare tokenizer)."
    )
    if args.no_alex:
        return 0
    bulk_alex = notes[: max(1, int(len(notes) * args.alex_mb / max(blk["mb"], 1e-9)))]
    alex = run_alex(items, bulk_alex, note)
    if "error" in alex:
        print(f"\n**alex: {alex['error']}**")
        return 0
    print(
        f"- alex {alex['version']} (npm, Node {subprocess.check_output(['node', '--version'], text=True).strip()}), "
        f"same notes: {alex['mb_per_s']:.3f} MB/s on {alex['bulk_mb']:.1f} MB; "
        f"{alex['per_note_ms']:.2f} ms per 200-word note. candor is "
        f"{blk['mb_per_s'] / alex['mb_per_s']:.0f}x faster in bulk.\n"
    )
    print(
        "Accuracy on the labelled corpus (item level: flagged = at least one finding; "
        "candor with the second opinion, whose model was trained on this corpus, so its "
        "figures here are fitted: see docs/language.md for unseen text):\n"
    )
    print("| Tool | Split | Precision | Recall | FPR |")
    print("|---|---|---|---|---|")
    for split in dict.fromkeys(i["split"] for i in items):  # corpus order
        sub = [i for i in items if i["split"] == split]
        print(f"| candor | {split} | {_fmt(evaluate(sub))} |")
        print(f"| alex (defaults) | {split} | {_fmt(evaluate(sub, alex['default']))} |")
        print(
            f"| alex (gendered-word messages ignored) | {split} | "
            f"{_fmt(evaluate(sub, alex['no_pronouns']))} |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
