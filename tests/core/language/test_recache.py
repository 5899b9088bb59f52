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


# --- packs: many small entries, read in one piece, written at exit ------------------

SHORT = r"(?P<word>\b(?:w00012x|w02999x|w00500x))\s+(?P<tail>[a-z]+)"


def _new_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """What a process's exit and the next one's start do to the packs."""
    recache._save_packs()
    monkeypatch.setattr(recache, "_PACKS", {})
    monkeypatch.setattr(recache, "_PACK_OF", {})
    monkeypatch.setattr(recache, "_STORE", recache._Store())


def test_a_packed_result_is_computed_once_across_processes(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _new_process(monkeypatch)
    calls: list[str] = []

    def compute(key: str) -> tuple[str, int]:
        calls.append(key)
        return (key.upper(), len(key))

    assert recache.packed("demo", "v1", "alpha", lambda: compute("alpha")) == ("ALPHA", 5)
    assert not _entries(folder, "pack:")  # written at exit, not at each result
    _new_process(monkeypatch)
    assert len(_entries(folder, "pack:")) == 1
    assert recache.packed("demo", "v1", "alpha", lambda: compute("never")) == ("ALPHA", 5)
    assert recache.packed("demo", "v1", "beta", lambda: compute("beta")) == ("BETA", 4)
    # Another version of the code computes its own.
    assert recache.packed("demo", "v2", "alpha", lambda: compute("alpha2")) == ("ALPHA2", 6)
    assert calls == ["alpha", "beta", "alpha2"]
    _new_process(monkeypatch)
    assert recache.packed("demo", "v1", "beta", lambda: compute("never")) == ("BETA", 4)
    assert len(_entries(folder, "pack:")) == 2  # v1 and v2


def test_a_pack_keeps_what_another_process_wrote_meanwhile(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _new_process(monkeypatch)
    recache.packed("demo", "v1", "mine", lambda: 1)
    other = recache._Pack(folder, next(iter(recache._PACKS.values())).key)
    other.get("theirs")
    other.add("theirs", 2)
    other.save()  # the other process exits first
    _new_process(monkeypatch)  # then this one
    assert recache.packed("demo", "v1", "mine", lambda: -1) == 1
    assert recache.packed("demo", "v1", "theirs", lambda: -1) == 2


def test_compile_packed_loads_the_stored_program(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _new_process(monkeypatch)
    first = recache.compile_packed(SHORT, re.IGNORECASE)
    _same(first, re.compile(SHORT, re.IGNORECASE))
    _new_process(monkeypatch)

    def no_compiling(*args: object) -> None:
        raise AssertionError("compiled again although the program was packed")

    monkeypatch.setattr(recache, "_compile_parts", no_compiling)
    again = recache.compile_packed(SHORT, re.IGNORECASE)
    _same(again, re.compile(SHORT, re.IGNORECASE))
    assert [m.group("tail") for m in again.finditer(TEXT)] == ["alpha", "Beta", "omega"]
    # Flags are part of the key: without them the program is made anew.
    with pytest.raises(AssertionError, match="compiled again"):
        recache.compile_packed(SHORT)


def test_a_long_pattern_is_an_entry_of_its_own(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _new_process(monkeypatch)
    _same(recache.compile_packed(SOURCE), re.compile(SOURCE))
    assert len(_entries(folder)) == 1  # compile_cached's entry, at once
    _new_process(monkeypatch)
    assert not _entries(folder, "pack:")  # nothing went into a pack


def test_a_damaged_packed_program_is_compiled_again_and_mended(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _new_process(monkeypatch)
    recache.compile_packed(SHORT)
    _new_process(monkeypatch)
    ((key, blob),) = _entries(folder, "pack:").items()
    stored_key, entries = marshal.loads(zlib.decompress(blob))
    flags, code, groups, groupindex, indexgroup = entries[(SHORT, 0)]
    entries[(SHORT, 0)] = (flags, b"\xff" * 4 + code[4:], groups, groupindex, indexgroup)
    _overwrite(folder, key, zlib.compress(marshal.dumps((stored_key, entries))))
    _same(recache.compile_packed(SHORT), re.compile(SHORT))  # _sre refused the program
    _new_process(monkeypatch)
    _, mended = marshal.loads(zlib.decompress(_entries(folder, "pack:")[key]))
    assert mended[(SHORT, 0)][1] == code


def test_packs_off_or_unwritable_still_compile(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CANDOR_CACHE_DIR", "off")
    _new_process(monkeypatch)
    _same(recache.compile_packed(SHORT), re.compile(SHORT))
    assert recache.packed("demo", "v1", "k", lambda: (1, 2)) == (1, 2)
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder should be")
    monkeypatch.setenv("CANDOR_CACHE_DIR", str(blocker))
    _same(recache.compile_packed(SHORT), re.compile(SHORT))
    assert recache.packed("demo", "v1", "k", lambda: (3, 4)) == (3, 4)
    _new_process(monkeypatch)  # writing them fails quietly


def test_invalid_packed_patterns_raise_as_re_does(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _new_process(monkeypatch)
    with pytest.raises(re.error):
        recache.compile_packed("(" + SHORT)
    _new_process(monkeypatch)
    assert not (folder / "cache.sqlite3").exists() or not _entries(folder, "pack:")


def test_a_full_pack_keeps_only_what_the_last_process_used(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _new_process(monkeypatch)
    monkeypatch.setattr(recache, "PACK_LIMIT", 3)
    for k in ("a", "b", "c"):
        recache.packed("demo", "v1", k, lambda k=k: k * 2)
    _new_process(monkeypatch)
    assert recache.packed("demo", "v1", "a", lambda: "again") == "aa"
    assert recache.packed("demo", "v1", "d", lambda: "dd") == "dd"  # a fourth: over the limit
    _new_process(monkeypatch)
    assert recache.packed("demo", "v1", "a", lambda: "again") == "aa"
    assert recache.packed("demo", "v1", "d", lambda: "again") == "dd"
    assert recache.packed("demo", "v1", "b", lambda: "new") == "new"  # dropped


def test_rules_built_from_packs_are_the_rules_built_fresh(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from candor.language.model import Rule
    from candor.language.rules import ALL_RULES

    def rebuilt() -> list[tuple[object, ...]]:
        out = []
        for r in ALL_RULES:
            again = Rule(
                id=r.id,
                category=r.category,
                severity=r.severity,
                title=r.title,
                terms=r.terms,
                message=r.message,
                rationale=r.rationale,
                suggestion=r.suggestion,
                bad=r.bad,
                good=r.good,
                check=r.check,
                exemptions=r.exemptions,
                anchors=r.anchors,
            )
            out.append(
                (
                    again.start_terms,
                    again.start_anchors,
                    again.start_regex and again.start_regex.pattern,
                    again.window_regex and again.window_regex.pattern,
                    again.regex.pattern,
                )
            )
        return out

    monkeypatch.setenv("CANDOR_CACHE_DIR", "off")
    _new_process(monkeypatch)
    fresh = rebuilt()
    monkeypatch.setenv("CANDOR_CACHE_DIR", str(tmp_path))
    _new_process(monkeypatch)
    assert rebuilt() == fresh  # computed, and packed at exit
    _new_process(monkeypatch)
    monkeypatch.setattr("candor.language.model._split_terms", None)  # must not be called
    assert rebuilt() == fresh


def test_cached_data_stored_uncompressed_comes_back(folder: Path) -> None:
    value = bytes(range(256)) * 64
    assert cached_data("raw", "inputs", lambda: value, compress=False) == value
    ((_, blob),) = _entries(folder, "raw:").items()
    assert blob[:1] == recache._RAW and value in blob  # stored as it is
    assert cached_data("raw", "inputs", lambda: b"computed again", compress=False) == value
    _overwrite(folder, next(iter(_entries(folder, "raw:"))), recache._RAW + b"\xff")
    assert cached_data("raw", "inputs", lambda: b"again", compress=False) == b"again"
