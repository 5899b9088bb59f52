"""Reading tabular input (CSV or JSON) the way analysts' exports really are.

Exports from applicant-tracking systems arrive as UTF-8 with or without a byte
order mark, or as Windows-1252/Latin-1, with Windows line endings, and with
headers in any capitalisation and order. :func:`read_table` accepts all of that,
normalises header names (``" Candidate ID "`` becomes ``candidate_id``) and keeps
the physical line number of every row so that later validation can say exactly
where a problem is.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from candor.errors import InputError, Problem

__all__ = ["Row", "Table", "normalise_header", "parse_table_text", "read_table", "rows_to_csv"]

_HEADER_JUNK = re.compile(r"[^0-9a-z]+")


def normalise_header(name: str) -> str:
    """Return the canonical form of a column name: lower case, words joined by ``_``."""
    return _HEADER_JUNK.sub("_", name.strip().lower()).strip("_")


@dataclass(frozen=True, slots=True)
class Row:
    """One data row: its 1-based line in the source and its cells by column name."""

    line: int
    cells: Mapping[str, str]

    def get(self, column: str) -> str:
        return self.cells.get(column, "")


@dataclass(frozen=True, slots=True)
class Table:
    """A parsed table: where it came from, its (normalised) columns and rows."""

    source: str
    columns: tuple[str, ...]
    rows: tuple[Row, ...]
    encoding: str

    def require(self, *columns: str) -> None:
        """Raise :class:`InputError` naming every required column that is absent."""
        missing = [c for c in columns if c not in self.columns]
        if missing:
            have = ", ".join(self.columns) or "(none)"
            raise InputError(
                Problem(
                    f"missing column {c!r} (the header has: {have})",
                    source=self.source,
                    line=1,
                    field=c,
                )
                for c in missing
            )

    def problem(self, row: Row, column: str, message: str) -> Problem:
        return Problem(message, source=self.source, line=row.line, field=column)


def _decode(data: bytes, source: str) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # Windows-1252 is what spreadsheet software writes as "ANSI"; its undefined
    # bytes (0x81, 0x8D, ...) fall back to Latin-1, which decodes every byte.
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def parse_table_text(text: str, *, source: str, encoding: str = "utf-8") -> Table:
    """Parse CSV text (comma, semicolon or tab separated) into a :class:`Table`."""
    if not text.strip():
        raise InputError(Problem("the file is empty", source=source))
    first_line = text.lstrip("\r\n").splitlines()[0]
    delimiter = max(",;\t", key=first_line.count) if any(d in first_line for d in ",;\t") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    problems: list[Problem] = []
    rows: list[Row] = []
    header: list[str] | None = None
    header_line = 0
    try:
        line_start = 1
        for record in reader:
            line = line_start
            line_start = reader.line_num + 1
            if not record or all(not cell.strip() for cell in record):
                continue
            if header is None:
                header = [normalise_header(c) for c in record]
                header_line = line
                seen: set[str] = set()
                for i, name in enumerate(header):
                    if not name:
                        problems.append(
                            Problem(f"column {i + 1} has no name", source=source, line=line)
                        )
                    elif name in seen:
                        problems.append(
                            Problem("column appears twice", source=source, line=line, field=name)
                        )
                    seen.add(name)
                continue
            if len(record) > len(header) and any(c.strip() for c in record[len(header) :]):
                problems.append(
                    Problem(
                        f"{len(record)} cells but the header has {len(header)} columns",
                        source=source,
                        line=line,
                    )
                )
                continue
            cells = {
                name: (record[i].strip() if i < len(record) else "")
                for i, name in enumerate(header)
            }
            rows.append(Row(line=line, cells=cells))
    except csv.Error as exc:
        problems.append(Problem(f"malformed CSV: {exc}", source=source, line=reader.line_num))
    if header is None:
        raise InputError(Problem("the file is empty", source=source))
    InputError.raise_if(problems)
    if not rows:
        raise InputError(
            Problem("the file has a header but no data rows", source=source, line=header_line)
        )
    return Table(source=source, columns=tuple(header), rows=tuple(rows), encoding=encoding)


def _parse_json(text: str, *, source: str) -> Table:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(
            Problem(f"malformed JSON: {exc.msg}", source=source, line=exc.lineno)
        ) from None
    if isinstance(data, Mapping):
        # {"rows": [...]} or {"ratings": [...]}: take the single list inside.
        lists = [v for v in data.values() if isinstance(v, list)]
        data = lists[0] if len(lists) == 1 else data
    if not isinstance(data, list) or not all(isinstance(r, Mapping) for r in data):
        raise InputError(Problem("expected a JSON list of objects", source=source))
    if not data:
        raise InputError(Problem("the file has no records", source=source))
    columns: dict[str, None] = {}
    rows: list[Row] = []
    for i, record in enumerate(data, start=1):
        cells = {}
        for key, value in record.items():
            name = normalise_header(str(key))
            columns.setdefault(name, None)
            if value is None:
                cells[name] = ""
            elif isinstance(value, bool):
                cells[name] = "true" if value else "false"
            else:
                cells[name] = str(value).strip()
        # For JSON the "line" is the record number, which is what a person can count.
        rows.append(Row(line=i, cells=cells))
    return Table(source=source, columns=tuple(columns), rows=tuple(rows), encoding="utf-8")


def read_table(path: str | Path, *, source: str | None = None) -> Table:
    """Read a CSV or JSON file (``-`` for standard input) into a :class:`Table`.

    Raises :class:`~candor.errors.InputError` naming the file (and line) when it
    cannot be read, is empty, or is malformed.
    """
    import sys

    name = source or str(path)
    try:
        data = sys.stdin.buffer.read() if str(path) == "-" else Path(path).read_bytes()
    except OSError as exc:
        raise InputError(Problem(f"cannot read the file: {exc.strerror}", source=name)) from None
    try:
        text, encoding = _decode(data, name)
    except UnicodeDecodeError as exc:
        raise InputError(Problem(f"cannot decode the file: {exc.reason}", source=name)) from None
    if str(path).lower().endswith(".json") or text.lstrip()[:1] in ("[", "{"):
        return _parse_json(text, source=name)
    return parse_table_text(text, source=name, encoding=encoding)


def rows_to_csv(columns: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """Write rows as CSV text (RFC 4180, for ``--format csv``)."""
    buf = io.StringIO()
    # RFC 4180 line ends; also makes the writer quote cells that contain a lone \r.
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow(["" if v is None else v for v in row])
    return buf.getvalue()
