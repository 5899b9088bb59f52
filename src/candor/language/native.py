"""The optional compiled part of the engine: ``candor_speedups`` (``native/``, C).

The engine's hot loops run in C when the ``speedups`` extra is installed: the rules'
scan (:class:`candor.language.prefilter.Prefilter`, whose rests a small matcher checks,
:mod:`candor.language.rxprog`), the homonym test (the same matcher), the sentence
splitter, and the second opinion's per-sentence sums and probabilities, word counts
and category logits (:mod:`candor.language.classifier`). Each has a pure-Python twin
that gives the same results, bit for bit (``tests/core/language/test_speedups.py``; the
rests' matcher has ``re`` as its twin, ``test_rxprog.py``); the C versions are only
faster. Why this is a separate, optional package is in docs/architecture.md.

.. versionadded:: 0.11
"""

from __future__ import annotations

import importlib
import os
from typing import Any

__all__ = ["SPEEDUPS", "speedups"]


#: The extension's VERSION this code needs (4: the rests' matcher Rx and span_sums'
#: bias argument; 5: SpanScorer's category_z and word_counts; 6: Rx.match's endpos and
#: Rx.covers; 7: SpanScorer's cues and cue_sums; 8: Rx.search; 9: the scan's tables of
#: third characters; 10: Rx.may, Rx.may_search and Rx.automaton, the automata that
#: rule rests and windows out; 11: match_each, the rules' start patterns at a
#: position; 12: SpanScorer.dump and SpanScorer.load; 13: Scanner.scan_rules; 14:
#: sentence_ends, the engine's sentence boundaries, and the scan's gates; 15: settle,
#: reports out of the garbage collector's care). An
#: older build, left in place by an install that did not rebuild it, is not used: the
#: pure-Python code runs instead.
REQUIRED_VERSION = 15


def _load() -> Any:
    try:
        module = importlib.import_module("candor_speedups")
    except ImportError:  # pragma: no cover - depends on the install
        return None
    if getattr(module, "VERSION", 0) < REQUIRED_VERSION:  # pragma: no cover - a stale build
        return None
    return module


#: The module ``candor_speedups``, or ``None`` when it is not installed.
speedups: Any = _load()

#: Whether the engine uses the compiled loops. Read at each call, so a test may turn it
#: off; ``CANDOR_SPEEDUPS=0`` in the environment runs the pure-Python code instead.
SPEEDUPS = speedups is not None and os.environ.get("CANDOR_SPEEDUPS", "1") != "0"
