"""Letters per second for a hiring drive of 10,000 candidates, and PDF pages per second.

Run: ``.venv/bin/python bench/bench_letters.py [--candidates 10000] [--pdfs 20]``

Figures are reported with ratios against baselines measured in the same run:
a bare Jinja2 render of the same text template (composition and rendering
overhead) and WeasyPrint on a plain one-page HTML document (WeasyPrint's own
cost per page).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import random
import subprocess
import time
from pathlib import Path

from candor.candidates import Candidate
from candor.letters import (
    compose_feedback,
    decision_record,
    letter_release,
    letter_screen,
    load_policy,
)
from candor.letters.render import render_html, render_pdf, render_text
from candor.plans import load_plan
from candor.scoring import Rating, score

DEMO = Path(__file__).resolve().parents[1] / "src" / "candor" / "data" / "demo"
DATE = dt.date(2025, 4, 2)


def _pages(pdf: bytes) -> int:
    out = subprocess.run(["pdfinfo", "-"], input=pdf, capture_output=True, check=True).stdout
    line = next(ln for ln in out.decode().splitlines() if ln.startswith("Pages:"))
    return int(line.split()[1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--candidates", type=int, default=10_000)
    ap.add_argument("--pdfs", type=int, default=20)
    args = ap.parse_args()
    plan = load_plan(DEMO / "plan.yaml")
    policy = load_policy(DEMO / "policy.yaml")
    rng = random.Random(7)
    ratings = [
        Rating(f"X{k:05d}", r, c.id, rng.choice((1, 2, 2, 3, 3, 3, 4, 4, 5)))
        for k in range(args.candidates)
        for c in plan.criteria
        for r in plan.panel
    ]
    t = time.perf_counter()
    result = score(plan, ratings)
    t_score = time.perf_counter() - t
    todo = [r for r in result.candidates if r.outcome == "not_selected"]
    people = {
        r.candidate: Candidate(r.candidate, f"Person {i}", i % 3 == 0, "")
        for i, r in enumerate(todo)
    }

    gc.collect()
    t = time.perf_counter()
    letters = [
        compose_feedback(decision_record(plan, r, people[r.candidate]), plan, policy, date=DATE)
        for r in todo
    ]
    t_compose = time.perf_counter() - t

    t = time.perf_counter()
    screenings = [letter_screen(x, requirements=plan.requirements) for x in letters]
    t_gate = time.perf_counter() - t
    released = [letter_release(x, screening=s) for x, s in zip(letters, screenings, strict=True)]

    t = time.perf_counter()
    for x in released:
        render_text(x, letterhead=policy.letterhead)
    t_text = time.perf_counter() - t
    t = time.perf_counter()
    for x in released:
        render_html(x, letterhead=policy.letterhead)
    t_html = time.perf_counter() - t

    # Baseline: the same Jinja2 text template rendered from a fixed letter, n times.
    t = time.perf_counter()
    for _ in released:
        render_text(released[0], letterhead=policy.letterhead)
    t_base = time.perf_counter() - t

    n = len(letters)
    print(f"candidates {args.candidates}, letters {n} (not selected), scoring {t_score:.2f} s")
    print(f"compose        {n / t_compose:10.0f} letters/s")
    print(f"screen (lint)  {n / t_gate:10.0f} letters/s")
    print(f"render text    {n / t_text:10.0f} letters/s")
    print(f"render html    {n / t_html:10.0f} letters/s")
    total = t_compose + t_gate + t_text
    print(f"end to end (compose + screen + text) {n / total:10.0f} letters/s")
    print(f"text render / bare Jinja baseline ratio {t_text / t_base:.2f}")

    # PDF: WeasyPrint once per letter; stylesheet and fonts parsed once per process.
    import weasyprint

    sample = released[: args.pdfs]
    render_pdf(sample[0], letterhead=policy.letterhead)  # warm-up: import, fonts, CSS
    pdfs = []
    t = time.perf_counter()
    for x in sample:
        pdfs.append(render_pdf(x, letterhead=policy.letterhead))
    t_pdf = time.perf_counter() - t
    pages = sum(_pages(p) for p in pdfs)
    plain = "<html><body>" + "<p>" + "Plain text paragraph. " * 60 + "</p>" * 1 + "</body></html>"
    weasyprint.HTML(string=plain).write_pdf()
    t = time.perf_counter()
    for _ in sample:
        weasyprint.HTML(string=plain).write_pdf()
    t_plain = (time.perf_counter() - t) / len(sample)
    per_page = t_pdf / pages
    print(
        f"pdf            {len(sample) / t_pdf:10.1f} letters/s, {pages / t_pdf:.1f} pages/s "
        f"({pages / len(sample):.1f} pages a letter, {per_page * 1000:.0f} ms a page) on one core"
    )
    print(
        f"weasyprint plain one-page baseline {t_plain * 1000:.0f} ms; "
        f"ratio per page {per_page / t_plain:.2f}"
    )
    hb = subprocess.run(
        ["sh", "-c", "ldconfig -p | grep -c harfbuzz-subset"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    print(f"libharfbuzz-subset present: {hb != '0'}; cores: {os.cpu_count()}")


if __name__ == "__main__":
    main()
