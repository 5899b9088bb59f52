"""Reading analysts' exports: encodings, line endings, header spellings, bad files."""

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from candor.errors import InputError
from candor.tables import normalise_header, parse_table_text, read_table


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_utf8_bom_crlf_and_header_case(tmp_path: Path) -> None:
    path = write(
        tmp_path, "r.csv", "\ufeffCandidate ID;Rater;Score\r\nC1;Ana;3\r\nC2;José;4\r\n".encode()
    )
    table = read_table(path)
    assert table.columns == ("candidate_id", "rater", "score")
    assert table.encoding == "utf-8-sig"
    assert [r.line for r in table.rows] == [2, 3]
    assert table.rows[1].get("rater") == "José"


def test_latin1_export(tmp_path: Path) -> None:
    path = write(tmp_path, "r.csv", "candidate,rater\nC1,Jos\xe9 M\xfcller\n".encode("latin-1"))
    table = read_table(path)
    assert table.rows[0].get("rater") == "José Müller"
    assert table.encoding in ("cp1252", "latin-1")


def test_empty_file_names_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, "empty.csv", b"")
    with pytest.raises(InputError, match=r"empty\.csv: the file is empty"):
        read_table(path)


def test_header_only(tmp_path: Path) -> None:
    path = write(tmp_path, "h.csv", b"candidate,rater\n\n")
    with pytest.raises(InputError, match=r"h\.csv:1: the file has a header but no data rows"):
        read_table(path)


def test_too_many_cells_names_the_line(tmp_path: Path) -> None:
    path = write(tmp_path, "x.csv", b"a,b\n1,2\n1,2,3\n")
    with pytest.raises(InputError, match=r"x\.csv:3: 3 cells but the header has 2 columns"):
        read_table(path)


def test_quoted_multiline_cell_keeps_line_numbers() -> None:
    table = parse_table_text('a,b\n1,"two\nlines"\n3,4\n', source="m.csv")
    assert [r.line for r in table.rows] == [2, 4]


def test_duplicate_header(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="rater: column appears twice"):
        parse_table_text("rater,Rater\n1,2\n", source="d.csv")


def test_missing_required_column_lists_what_is_there() -> None:
    table = parse_table_text("a,b\n1,2\n", source="t.csv")
    with pytest.raises(
        InputError, match=r"t\.csv:1: c: missing column 'c' \(the header has: a, b\)"
    ):
        table.require("a", "c")


def test_json_records(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "r.json",
        b'[{"Candidate": "C1", "Rating": 3}, {"Candidate": "C2", "Rating": null}]',
    )
    table = read_table(path)
    assert table.columns == ("candidate", "rating")
    assert table.rows[1].line == 2 and table.rows[1].get("rating") == ""


def test_malformed_json_names_line(tmp_path: Path) -> None:
    path = write(tmp_path, "bad.json", b'[\n{"a": 1},\n{"a": }\n]')
    with pytest.raises(InputError, match=r"bad\.json:3: malformed JSON"):
        read_table(path)


def test_unreadable_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"nope\.csv: cannot read the file"):
        read_table(tmp_path / "nope.csv")


@given(st.text(min_size=1, max_size=30))
def test_normalised_headers_are_idempotent(name: str) -> None:
    once = normalise_header(name)
    assert normalise_header(once) == once
    assert once == once.lower()


@given(
    st.lists(
        st.lists(
            st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=8),
            min_size=2,
            max_size=2,
        ),
        min_size=1,
        max_size=20,
    )
)
def test_round_trip_through_csv_writer(rows: list[list[str]]) -> None:
    from candor.tables import rows_to_csv

    text = rows_to_csv(["a", "b"], rows)
    try:
        table = parse_table_text(text, source="p.csv")
    except InputError:
        # Only all-blank rows can leave a header without data.
        assert all(not "".join(r).strip() for r in rows)
        return
    kept = [[c.strip() for c in r] for r in rows if any(c.strip() for c in r)]
    assert [[r.get("a"), r.get("b")] for r in table.rows] == kept
