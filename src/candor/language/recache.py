"""Compiled regular expressions and derived data kept on disk between runs.

The prefilter's scan (:class:`candor.language.prefilter.Prefilter`) is one pattern of
about two million characters, the rules' own patterns add a few hundred more, and the
engine compiles one pattern per scan literal it meets (about 600 in the first megabyte
of typical notes). ``re`` parses and compiles every pattern in Python: about five
seconds for the scan at every start of a process (each single ``candor lint`` call,
each web worker, each test process) and several more seconds of warm-up in the first
megabytes of a bulk run. The compiled program is a list of integers that
``_sre.compile`` turns into a pattern object in microseconds to tens of milliseconds,
so :func:`compile_cached` keeps that list and hands it back on the next start.

Storage: one SQLite file (``cache.sqlite3``), safe for several processes at once (web
workers, ``candor lint --jobs``). A program is looked up by the SHA-256 of the pattern,
its flags and the regular expression engine's version (``_sre.MAGIC``, code size, the
Python version), and holds the pattern's hash again; ``_sre.compile`` validates every
program it is given (a damaged one raises ``RuntimeError``). Anything unexpected (a
damaged entry, a Python whose ``re`` internals differ, a read-only or missing folder, a
locked database) falls back to :func:`re.compile` and never changes a result.

Packs (:func:`packed`, :func:`compile_packed`): the many small entries a process needs
at every start (the rules' own patterns and analyses, the checks' patterns, the scan's
rests: several thousand, each a millisecond or more to make and about 0.1 ms to read
as an entry of its own) are kept together, one entry per pack, read at its first use
and written back when the process exits if it made any new ones.

Where: ``$CANDOR_CACHE_DIR`` if set (``off`` turns the cache off), otherwise
``$XDG_CACHE_HOME/candor`` or ``~/.cache/candor``. Like Python's own ``__pycache__``
(also :mod:`marshal`), the folder must be writable only by the user who runs candor.
Delete it at any time; it is filled again as candor runs. Entries unused for
:data:`PRUNE_DAYS` days are deleted, and a file that is not a database is set aside
(``cache.sqlite3.damaged``) and replaced.

.. versionadded:: 0.7
"""

from __future__ import annotations

import array
import atexit
import contextlib
import functools
import gc
import hashlib
import importlib
import logging
import marshal
import os
import re
import sqlite3
import sys
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

__all__ = ["cache_dir", "cached_data", "code_digest", "compile_cached", "compile_packed", "packed"]

log = logging.getLogger(__name__)

T = TypeVar("T")

#: Patterns shorter than this compile in about a millisecond: not worth an entry.
MIN_CACHED_LENGTH = 2_000

_FORMAT = 3
_FILE = "cache.sqlite3"
_DAY = 86_400
#: Entries unused for this many days are deleted when a process opens the cache.
PRUNE_DAYS = 30


def cache_dir() -> Path | None:
    """Return the cache folder, or ``None`` when the cache is off."""
    configured = os.environ.get("CANDOR_CACHE_DIR")
    if configured is not None:
        if configured.strip().lower() in ("", "off", "0", "none"):
            return None
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "candor"


class _Store:
    """The SQLite file, opened once per process (a connection must not cross a fork)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pid = -1
        self._path: Path | None = None
        self._conn: sqlite3.Connection | None = None

    def _connect(self, folder: Path) -> sqlite3.Connection | None:
        path = folder / _FILE
        if self._pid == os.getpid() and self._path == path:
            return self._conn
        self._pid, self._path, self._conn = os.getpid(), path, None
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            log.debug("cache folder %s not usable (%s)", folder, exc)
            return None
        for attempt in (1, 2):
            try:
                self._conn = _open(path)
                return self._conn
            except sqlite3.DatabaseError as exc:
                if attempt == 2 or not path.is_file():
                    log.debug("cache %s not usable (%s)", path, exc)
                    return None
                # Not a database (damaged, or another program's file): set it aside once.
                log.debug("cache %s damaged (%s); starting a new one", path, exc)
                try:
                    path.replace(path.with_name(path.name + ".damaged"))
                except OSError:
                    return None
            except OSError as exc:
                log.debug("cache %s not usable (%s)", path, exc)
                return None
        return None  # pragma: no cover - the loop always returns

    def get(self, folder: Path, key: str) -> bytes | None:
        with self._lock:
            conn = self._connect(folder)
            if conn is None:
                return None
            try:
                row = conn.execute(
                    "SELECT value, touched FROM entries WHERE key = ?", (key,)
                ).fetchone()
                now = int(time.time())
                if row is not None and row[1] < now - _DAY:
                    # Mark it used (at most once a day), so that pruning keeps it.
                    conn.execute("UPDATE entries SET touched = ? WHERE key = ?", (now, key))
            except sqlite3.Error as exc:
                log.debug("cache read failed (%s)", exc)
                return None
        return bytes(row[0]) if row is not None else None

    def put(self, folder: Path, key: str, value: bytes) -> None:
        with self._lock:
            conn = self._connect(folder)
            if conn is None:
                return
            try:
                conn.execute(
                    "INSERT OR REPLACE INTO entries (key, value, touched) VALUES (?, ?, ?)",
                    (key, value, int(time.time())),
                )
            except sqlite3.Error as exc:
                log.debug("cache write failed (%s)", exc)


def _open(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, timeout=5, isolation_level=None, check_same_thread=False)
    try:
        # A cache: losing the last writes to a crash costs a recompile, nothing more.
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=OFF")
        conn.execute(
            "CREATE TABLE IF NOT EXISTS entries"
            " (key TEXT PRIMARY KEY, value BLOB NOT NULL, touched INTEGER NOT NULL)"
        )
        # Entries of rules and Python versions no longer in use (each rule change makes
        # a new scan program of a few megabytes) go once unused for PRUNE_DAYS.
        conn.execute(
            "DELETE FROM entries WHERE touched < ?", (int(time.time()) - PRUNE_DAYS * _DAY,)
        )
    except BaseException:
        conn.close()
        raise
    return conn


_STORE = _Store()


@functools.cache
def _engine_tag() -> str | None:
    """The regular expression engine's version, or ``None`` where the cache cannot work."""
    if sys.implementation.name != "cpython":
        return None
    try:
        sre = _sre()
    except ImportError:  # pragma: no cover - CPython always has it
        return None
    return f"{sys.implementation.cache_tag}-{sre.MAGIC}-{sre.CODESIZE}-f{_FORMAT}"


@functools.cache
def code_digest(*files: str) -> str:
    """The SHA-256 of these source files, read once per process: what a cached result
    derived by their code is keyed by (``version`` of :func:`packed`)."""
    h = hashlib.sha256()
    for file in files:
        h.update(Path(file).read_bytes())
    return h.hexdigest()


def _key(source: str, flags: int, tag: str) -> str:
    h = hashlib.sha256()
    h.update(f"{tag}\0{flags}\0".encode())
    h.update(source.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def _compile_parts(source: str, flags: int) -> tuple[Any, ...]:
    """What ``re._compiler.compile`` passes to ``_sre.compile``, without the pattern."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    p = _parser.parse(source, flags)
    code = _compiler._code(p, flags)
    groupindex = dict(p.state.groupdict)
    indexgroup: list[str | None] = [None] * p.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return (int(flags | p.state.flags), code, p.state.groups - 1, groupindex, tuple(indexgroup))


def _sre() -> Any:
    """CPython's regular expression engine (a private module with no type stubs)."""
    return importlib.import_module("_sre")


def _from_parts(source: str, parts: tuple[Any, ...]) -> re.Pattern[str]:
    flags, code, groups, groupindex, indexgroup = parts
    pattern: re.Pattern[str] = _sre().compile(source, flags, code, groups, groupindex, indexgroup)
    return pattern


def compile_cached(
    source: str, flags: int = 0, *, min_length: int = MIN_CACHED_LENGTH
) -> re.Pattern[str]:
    """Return ``re.compile(source, flags)``, from the disk cache when it holds it.

    The first call for a pattern compiles it and stores the program; a later process
    loads it instead. The result is the same pattern object ``re.compile`` would give.
    Patterns shorter than ``min_length`` are compiled directly.
    """
    tag = _engine_tag()
    folder = cache_dir()
    if tag is None or folder is None or len(source) < min_length:
        return re.compile(source, flags)
    flags = int(flags)
    key = "re:" + _key(source, flags, tag)
    loaded = _load(folder, source, key)
    if loaded is not None:
        return loaded
    try:
        parts = _compile_parts(source, flags)
        pattern = _from_parts(source, parts)
    except (ImportError, AttributeError, TypeError, ValueError, RuntimeError) as exc:
        # Another Python's internals: compile the ordinary way (re.error still raises).
        log.debug("regex cache not usable (%s); compiling without it", exc)
        return re.compile(source, flags)
    _store(folder, key, parts)
    return pattern


def cached_data(name: str, inputs: str, compute: Callable[[], T], *, compress: bool = True) -> T:
    """Return ``compute()``, from the disk cache when it holds the result for ``inputs``.

    For slow, deterministic derivations (the prefilter's scan entries from the rules):
    ``inputs`` must describe everything the result depends on, the code that computes it
    included. The result must be plain data that :mod:`marshal` stores (str, int, float,
    tuple, list, dict, set). ``compress=False`` stores it as it is: for bytes that zlib
    hardly shrinks and that are read at every start (the compiled scorer's tables,
    17 MB: 70 ms to decompress).
    """
    tag = _engine_tag()
    folder = cache_dir()
    if tag is None or folder is None:
        return compute()
    key = f"{name}:" + _key(f"{name}\0{inputs}", 0, tag)
    value = _get(folder, key)
    if value is _MISSING:
        value = compute()
        _put(folder, key, value, compress=compress)
    return value  # type: ignore[no-any-return]


def _load(folder: Path, source: str, key: str) -> re.Pattern[str] | None:
    stored = _get(folder, key)
    if stored is _MISSING:
        return None
    return _from_stored(source, stored, key)


def _store(folder: Path, key: str, parts: tuple[Any, ...]) -> None:
    try:
        stored = _to_stored(parts)
    except OverflowError as exc:
        log.debug("regex cache entry %s not stored (%s)", key, exc)
        return
    _put(folder, key, stored)


def _to_stored(parts: tuple[Any, ...]) -> tuple[Any, ...]:
    """``_compile_parts``'s result as stored: the program as bytes (OverflowError where
    a code does not fit 32 bits)."""
    flags, code, groups, groupindex, indexgroup = parts
    return (flags, array.array("I", code).tobytes(), groups, groupindex, indexgroup)


def _from_stored(source: str, stored: Any, where: str) -> re.Pattern[str] | None:
    """The pattern of a stored program, or ``None`` where ``_sre`` refuses it."""
    try:
        flags, code_bytes, groups, groupindex, indexgroup = stored
        code = array.array("I", code_bytes).tolist()
        return _from_parts(source, (flags, code, groups, groupindex, indexgroup))
    except (ValueError, TypeError, RuntimeError, ImportError) as exc:
        log.debug("regex cache entry %s unusable (%s); compiling again", where, exc)
        return None


#: What :func:`_get` returns for an absent, damaged or foreign entry.
_MISSING: Any = object()


def _get(folder: Path, key: str) -> Any:
    """The value stored under ``key`` (checked against the key it was stored with)."""
    blob = _STORE.get(folder, key)
    if blob is None:
        return _MISSING
    try:
        # The same trust as Python's own __pycache__ (also marshal): a folder only the
        # user running candor writes to. marshal builds data, never runs code.
        data = blob[1:] if blob[:1] == _RAW else zlib.decompress(blob)
        with _collector_paused():
            stored_key, value = marshal.loads(data)  # noqa: S302
    except (ValueError, TypeError, EOFError, zlib.error) as exc:
        log.debug("cache entry %s unusable (%s)", key, exc)
        return _MISSING
    return value if stored_key == key else _MISSING


#: The first byte of an entry stored uncompressed (a zlib stream starts with 0x78).
_RAW = b"\0"


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the garbage collector while a large entry is read back.

    The scan's tables are a million small tuples: made one by one, they set off a
    collection every 700 and each of those walks the ones made before it, which took
    two thirds of the read (0.21 s against 0.07 without; docs/performance.md, 0.19).
    Tuples of numbers leave the collector's care at its next pass anyway.
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _put(folder: Path, key: str, value: Any, *, compress: bool = True) -> None:
    """Store ``value`` (plain data) under ``key``, with the key inside for :func:`_get`."""
    try:
        data = marshal.dumps((key, value))
        blob = zlib.compress(data, 1) if compress else _RAW + data
    except ValueError as exc:  # not plain data: computed every time
        log.debug("cache entry %s not stored (%s)", key, exc)
        return
    _STORE.put(folder, key, blob)


#: A pack holding more entries than this when it is written keeps only those this
#: process used: entries of code no longer in use do not pile up.
PACK_LIMIT = 20_000


class _Pack:
    """One pack's entries in one cache folder: read at first use, written at exit."""

    def __init__(self, folder: Path, key: str) -> None:
        self.folder = folder
        self.key = key
        self.lock = threading.Lock()
        self.entries: dict[Any, Any] | None = None
        self.used: set[Any] = set()
        self.added: dict[Any, Any] = {}

    def get(self, key: Any) -> Any:
        with self.lock:
            if self.entries is None:
                stored = _get(self.folder, self.key)
                self.entries = stored if isinstance(stored, dict) else {}
            self.used.add(key)
            return self.entries.get(key, _MISSING)

    def add(self, key: Any, value: Any) -> None:
        with self.lock:
            assert self.entries is not None  # get() came first
            self.entries[key] = value
            self.added[key] = value

    def save(self) -> None:
        """Write the new entries, with those another process stored meanwhile."""
        with self.lock:
            if not self.added or not self.folder.is_dir():
                return  # nothing new, or a folder removed since (a test's)
            stored = _get(self.folder, self.key)
            merged = stored if isinstance(stored, dict) else {}
            merged.update(self.entries or {})
            if len(merged) > PACK_LIMIT:
                merged = {k: v for k, v in merged.items() if k in self.used}
            _put(self.folder, self.key, merged)
            self.added = {}


_PACKS: dict[tuple[str, Path], _Pack] = {}
_PACKS_LOCK = threading.Lock()


#: (name, version, the environment that names the folder) -> the pack, or None when the
#: cache is off: a pack is asked for at each of the scan's rests (about 1,300 in the
#: first megabyte), and cache_dir() builds a path each time.
_PACK_OF: dict[tuple[str, str, str | None, str | None, str | None], _Pack | None] = {}


def _pack(name: str, version: str) -> _Pack | None:
    env = os.environ
    memo = (name, version, env.get("CANDOR_CACHE_DIR"), env.get("XDG_CACHE_HOME"), env.get("HOME"))
    if memo in _PACK_OF:
        return _PACK_OF[memo]
    tag = _engine_tag()
    folder = cache_dir()
    got: _Pack | None = None
    if tag is not None and folder is not None:
        pack_key = f"pack:{name}:" + _key(f"pack\0{name}\0{version}", 0, tag)
        with _PACKS_LOCK:
            got = _PACKS.get((pack_key, folder))
            if got is None:
                if not _PACKS:
                    atexit.register(_save_packs)
                got = _PACKS[(pack_key, folder)] = _Pack(folder, pack_key)
    _PACK_OF[memo] = got
    return got


def _save_packs() -> None:
    """Write every pack with new entries (at exit; a failure leaves the cache as it was)."""
    with _PACKS_LOCK:
        packs = list(_PACKS.values())
    for pack in packs:
        try:
            pack.save()
        except Exception as exc:
            log.debug("cache pack %s not written (%s)", pack.key, exc)


def packed(name: str, version: str, key: Any, compute: Callable[[], T]) -> T:
    """Return ``compute()``, from pack ``name`` when it holds the result for ``key``.

    Like :func:`cached_data` for many small results that a process needs at every
    start: ``version`` must describe the code that computes them, ``key`` (plain data,
    as :mod:`marshal` stores it) what else the result depends on, and the result must
    be plain data. The pack is read in one piece at its first use in a process.
    """
    pack = _pack(name, version)
    if pack is None:
        return compute()
    value = pack.get(key)
    if value is _MISSING:
        value = compute()
        pack.add(key, value)
    return value  # type: ignore[no-any-return]


def compile_packed(source: str, flags: int = 0) -> re.Pattern[str]:
    """Return ``re.compile(source, flags)``: a long pattern as :func:`compile_cached`
    keeps it (an entry of its own), a short one from the pack of compiled patterns."""
    if len(source) >= MIN_CACHED_LENGTH:
        return compile_cached(source, flags)
    flags = int(flags)
    pack = _pack("re", "")
    if pack is None:
        return re.compile(source, flags)
    key = (source, flags)
    stored = pack.get(key)
    if stored is not _MISSING:
        got = _from_stored(source, stored, f"packed {source[:60]!r}")
        if got is not None:
            return got
    try:
        made = _compile_parts(source, flags)
        pattern = _from_parts(source, made)
        stored = _to_stored(made)
    except (ImportError, AttributeError, TypeError, ValueError, RuntimeError, OverflowError):
        return re.compile(source, flags)  # another Python's internals (re.error raises)
    pack.add(key, stored)  # new, or mended
    return pattern
