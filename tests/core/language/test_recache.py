"""The disk cache of compiled patterns and derived data (candor.language.recache)."""

from __future__ import annotations

import marshal
import re
import sqlite3
import zlib
from pathlib import Path

import pytest

from candor.language import recache
from candor.language.recache import cache_dir, cached_data, compile_cached

# A pattern long enough to be cached, with named groups and flags to carry over.
WORDS = [f"w{i:05d}x" for i in range(3000)]
SOURCE = r"(?P<lead>\b(?:" + "|".join(WORDS) + r"))\s+(?P<tail>[a-z]+)"
TEXT = "Start w00012x alpha, then W02999X Beta and w99999x gamma; w00500x omega."


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CANDOR_CACHE_DIR", str(tmp_path))
    return tmp_path


def _entries(folder: Path, prefix: str = "re:") -> dict[str, bytes]:
    with sqlite3.connect(folder / "cache.sqlite3") as db:
        rows = db.execute("SELECT key, value FROM entries").fetchall()
    return {k: v for k, v in rows if k.startswith(prefix)}


def _overwrite(folder: Path, key: str, value: bytes) -> None:
    db = sqlite3.connect(folder / "cache.sqlite3")
    with db:
        db.execute("UPDATE entries SET value = ? WHERE key = ?", (value, key))
    db.close()


def _same(a: re.Pattern[str], b: re.Pattern[str]) -> None:
    assert a.pattern == b.pattern
    assert a.flags == b.flags
    assert a.groups == b.groups
    assert a.groupindex == b.groupindex
    assert [m.groupdict() | {"span": m.span()} for m in a.finditer(TEXT)] == [
        m.groupdict() | {"span": m.span()} for m in b.finditer(TEXT)
    ]


def test_second_compile_loads_the_stored_program(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = compile_cached(SOURCE, re.IGNORECASE)
    assert len(_entries(folder)) == 1
    _same(first, re.compile(SOURCE, re.IGNORECASE))

    def no_compiling(*args: object) -> None:
        raise AssertionError("compiled again although the program was stored")

    monkeypatch.setattr(recache, "_compile_parts", no_compiling)
    again = compile_cached(SOURCE, re.IGNORECASE)
    _same(again, re.compile(SOURCE, re.IGNORECASE))
    assert [m.group("tail") for m in again.finditer(TEXT)] == ["alpha", "Beta", "omega"]


def test_flags_are_part_of_the_key(folder: Path) -> None:
    compile_cached(SOURCE)
    compile_cached(SOURCE, re.IGNORECASE)
    assert len(_entries(folder)) == 2
    assert [m.group("tail") for m in compile_cached(SOURCE).finditer(TEXT)] == ["alpha", "omega"]


@pytest.mark.parametrize(
    "damage",
    [
        b"not a cache file",  # neither zlib nor marshal
        b"",  # empty
    ],
)
def test_a_damaged_entry_is_compiled_again(folder: Path, damage: bytes) -> None:
    compile_cached(SOURCE)
    (key,) = _entries(folder)
    _overwrite(folder, key, damage)
    _same(compile_cached(SOURCE), re.compile(SOURCE))
    assert _entries(folder)[key] != damage  # rewritten


def test_an_invalid_program_is_rejected_and_compiled_again(folder: Path) -> None:
    compile_cached(SOURCE)
    ((entry_key, blob),) = _entries(folder).items()
    key, (flags, code, groups, groupindex, indexgroup) = marshal.loads(zlib.decompress(blob))
    broken = bytearray(code)
    broken[0:4] = b"\xff" * 4  # no such opcode: _sre's validator refuses the program
    damaged = zlib.compress(
        marshal.dumps((key, (flags, bytes(broken), groups, groupindex, indexgroup)))
    )
    _overwrite(folder, entry_key, damaged)
    _same(compile_cached(SOURCE), re.compile(SOURCE))
    assert _entries(folder)[entry_key] != damaged  # refused, compiled and stored again


def test_an_entry_of_another_pattern_is_not_used(folder: Path) -> None:
    other = SOURCE.replace("w0", "v0")
    compile_cached(other)
    ((other_key, other_blob),) = _entries(folder).items()
    compile_cached(SOURCE)
    (key,) = set(_entries(folder)) - {other_key}
    _overwrite(folder, key, other_blob)  # an entry under the wrong key
    _same(compile_cached(SOURCE), re.compile(SOURCE))


def test_invalid_patterns_raise_as_re_does(folder: Path) -> None:
    with pytest.raises(re.error):
        compile_cached("(" + SOURCE)
    assert not (folder / "cache.sqlite3").exists() or not _entries(folder)


def test_off_and_short_patterns_write_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CANDOR_CACHE_DIR", "off")
    assert cache_dir() is None
    _same(compile_cached(SOURCE), re.compile(SOURCE))
    monkeypatch.setenv("CANDOR_CACHE_DIR", str(tmp_path / "c"))
    assert compile_cached("too (short)").pattern == "too (short)"
    assert not (tmp_path / "c").exists()


def test_default_folder_follows_xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CANDOR_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_dir() == tmp_path / "candor"


def test_an_unwritable_folder_still_compiles(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder should be")
    monkeypatch.setenv("CANDOR_CACHE_DIR", str(blocker))
    _same(compile_cached(SOURCE), re.compile(SOURCE))
    assert cached_data("thing", "inputs", lambda: {"a": (1, 2)}) == {"a": (1, 2)}


def test_cached_data_computes_once_per_inputs(folder: Path) -> None:
    calls: list[str] = []

    def compute(tag: str) -> dict[str, tuple[str, ...]]:
        calls.append(tag)
        return {"literal": (tag, "rest")}

    assert cached_data("demo", "inputs-1", lambda: compute("one")) == {"literal": ("one", "rest")}
    assert cached_data("demo", "inputs-1", lambda: compute("never")) == {"literal": ("one", "rest")}
    assert cached_data("demo", "inputs-2", lambda: compute("two")) == {"literal": ("two", "rest")}
    assert calls == ["one", "two"]
    # A damaged entry: computed again.
    for key in _entries(folder, "demo:"):
        _overwrite(folder, key, b"garbage")
    assert cached_data("demo", "inputs-1", lambda: compute("three")) == {
        "literal": ("three", "rest")
    }
    assert calls == ["one", "two", "three"]


def test_engine_built_from_the_cache_lints_as_built_fresh(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from candor.language.engine import Engine
    from candor.language.rules import ALL_RULES

    rules = [r for r in ALL_RULES if r.category in ("age", "salary_history")]
    text = (
        "He is too old for the role and said his current salary is 80k. "
        "She seemed young but handled the retired API migration well."
    )
    monkeypatch.setenv("CANDOR_CACHE_DIR", "off")
    fresh = Engine.build(rules).lint(text, second_opinion=False)
    monkeypatch.setenv("CANDOR_CACHE_DIR", str(tmp_path))
    Engine.build(rules)  # fills the cache
    assert _entries(tmp_path, "prefilter:")
    cached = Engine.build(rules).lint(text, second_opinion=False)
    assert cached.findings == fresh.findings
    assert {f.rule_id for f in cached.findings} >= {"CND-AGE-002"}


def test_a_file_that_is_not_a_database_is_set_aside(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "cache.sqlite3").write_bytes(b"this is not a database " * 100)
    monkeypatch.setattr(recache, "_STORE", recache._Store())
    _same(compile_cached(SOURCE), re.compile(SOURCE))
    assert (folder / "cache.sqlite3.damaged").exists()
    assert len(_entries(folder)) == 1  # a new cache, in use


def test_entries_unused_for_a_month_are_pruned(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    compile_cached(SOURCE)
    (old,) = _entries(folder)
    compile_cached(SOURCE, re.IGNORECASE)
    (recent,) = set(_entries(folder)) - {old}
    db = sqlite3.connect(folder / "cache.sqlite3")
    with db:
        db.execute("UPDATE entries SET touched = 0 WHERE key = ?", (old,))
    db.close()
    monkeypatch.setattr(recache, "_STORE", recache._Store())  # a new process opens it
    compile_cached(SOURCE, re.IGNORECASE)
    assert set(_entries(folder)) == {recent}
