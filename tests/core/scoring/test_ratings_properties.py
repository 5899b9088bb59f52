"""Property: any valid ratings table reads back the same whatever its column order,
header spelling, encoding and line endings."""

from __future__ import annotations

import random
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from candor.plans import load_plan
from candor.scoring import read_ratings

DEMO = Path(__file__).resolve().parents[3] / "src" / "candor" / "data" / "demo"
PLAN = load_plan(DEMO / "plan.yaml")
ids = st.text(alphabet="abcdefghijklmnopqrstuvwxyzÀÉñ0123456789_-", min_size=1, max_size=8)
evidence = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\x00"),
    max_size=40,
).map(str.strip)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    rows=st.lists(
        st.tuples(
            ids, ids, st.sampled_from(PLAN.criterion_ids), st.none() | st.integers(1, 5), evidence
        ),
        min_size=1,
        max_size=25,
        unique_by=lambda r: (r[0], r[1], r[2]),
    ),
    order=st.permutations(range(5)),
    upper=st.booleans(),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]),
    newline=st.sampled_from(["\n", "\r\n"]),
    seed=st.integers(0, 10_000),
)
def test_reads_back(tmp_path_factory, rows, order, upper, encoding, newline, seed) -> None:
    import csv
    import io

    if encoding == "cp1252":
        rows = [r for r in rows if all(_encodable(str(x)) for x in r)]
        if not rows:
            return
    header = ["candidate", "rater", "criterion", "rating", "evidence"]
    names = [h.upper() if upper else h.title() for h in header]
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator=newline)
    writer.writerow([names[i] for i in order])
    shuffled = rows[:]
    random.Random(seed).shuffle(shuffled)
    for r in shuffled:
        cells = [r[0], r[1], r[2], "" if r[3] is None else str(r[3]), r[4]]
        writer.writerow([cells[i] for i in order])
    data = buf.getvalue().encode(encoding)
    if encoding == "cp1252" and not data.isascii():
        # Bytes that also form valid UTF-8 are read as UTF-8, by design: such a
        # file is ambiguous, and UTF-8 is by far the more likely intent.
        assume(not _valid_utf8(data))
    path = tmp_path_factory.mktemp("p") / "r.csv"
    path.write_bytes(data)
    got = read_ratings(path, PLAN)
    assert sorted((g.candidate, g.rater, g.criterion, g.level, g.evidence) for g in got) == sorted(
        (r[0], r[1], r[2], r[3], r[4]) for r in rows
    )


def _valid_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _encodable(text: str) -> bool:
    try:
        text.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True
