"""The second opinion: a linear model over word n-grams, for what no rule's wording covers.

The rules (:mod:`candor.language.engine`) catch what they have words for; unseen text
says the same things in words nobody listed ("can already see the finish line"). The
second opinion is a logistic regression over the words and word pairs of each sentence,
trained on the labelled corpus (``tests/data/language/corpus.jsonl``) plus ordinary
job-related note sentences, with one more logistic regression per category to name the
category. It speaks where no rule found anything in the sentence, only above a high
threshold, always as a ``warning`` (never blocking a letter), and it says which words
weighed most, so a reviewer can see why. Where it is sure a sentence is job-related it
drops the rules' findings there (an ``error`` only below a lower probability).

Training is deterministic and uses numpy and scipy only at training time
(``scripts/train_language_model.py`` writes ``data/second_opinion.json``); scoring is
plain Python dictionary look-ups, so it needs neither.

Figures (leave-one-author-out cross-validation and the fresh holdouts) are in
docs/language.md.

.. versionadded:: 0.5
.. versionchanged:: 0.6
   The category models read every word (:func:`category_features`); the sentences of
   safe passages and the rules' examples are training data; threshold 0.7; a veto needs
   the model to know the words the rule matched (:meth:`SecondOpinion.knows_all`).
.. versionchanged:: 0.7
   Threshold 0.75 (leave-one-author-out cross-validation over holdout7 to holdout31).
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import json
import math
import operator
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from candor.language import native
from candor.language.model import CATEGORIES, Category
from candor.language.recache import cached_data

__all__ = [
    "MIN_KNOWN",
    "MIN_KNOWN_SHARE",
    "MODEL_PATH",
    "Scored",
    "SecondOpinion",
    "category_features",
    "features",
    "load_model",
    "sentence_spans",
    "train",
    "training_set",
]

MODEL_PATH = Path(__file__).with_name("data") / "second_opinion.json"

#: Words (letters, digits, inner apostrophes) of lower-cased text with digits folded to
#: ``0``: an age of 58 and one of 61 are the same feature, a score of 3/4 and 2/4 too.
_TOKEN = re.compile(r"[^\W_][\w']*")
#: Between sentences in :meth:`SecondOpinion.probabilities`: a token no text has.
_MARK = "\x00"
_TOKEN_OR_MARK = re.compile(r"[^\W_][\w']*|\x00")
_DIGIT = re.compile(r"\d")
_ZEROJ = itertools.repeat(0j)
#: The model judges a sentence only when it knows at least this many of its words...
MIN_KNOWN = 3
#: ...and at least this share of them (see :meth:`SecondOpinion.knows`).
MIN_KNOWN_SHARE = 0.6
#: Features at least this rare (idf; "so" is 3.7, "months" 5.5) may be named as cues.
_CUE_MIN_IDF = 4.5
#: Sentence ends: ``.``, ``!`` or ``?`` followed by white space, or a line break.
_SENTENCE_END = re.compile(r"[.!?\n](?:(?<=[.!?])([\"')\]]*)\s+|(?<=\n)\s*)")


#: Words that are never features: pronouns, titles and gendered words. "Pronouns and
#: gendered words alone are never findings" holds for the model by construction, and a
#: note's "he" or "Ms." says nothing about whether its content is job-related.
UNFEATURED = frozenset(
    [
        "he",
        "she",
        "him",
        "her",
        "his",
        "hers",
        "himself",
        "herself",
        "they",
        "them",
        "their",
        "theirs",
        "themselves",
        "he's",
        "she's",
        "they're",
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "sir",
        "madam",
        "man",
        "woman",
        "men",
        "women",
        "guy",
        "guys",
        "gal",
        "gals",
        "lady",
        "ladies",
        "gentleman",
        "gentlemen",
        "boy",
        "boys",
        "girl",
        "girls",
        "male",
        "males",
        "female",
        "females",
    ]
)
#: Words before a full stop that does not end a sentence.
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "mx",
        "dr",
        "prof",
        "sr",
        "jr",
        "st",
        "vs",
        "etc",
        "eg",
        "ie",
        "e.g",
        "i.e",
        "approx",
        "no",
        "nos",
        "inc",
        "ltd",
        "co",
        "corp",
        "dept",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "am",
        "pm",
        "a.m",
        "p.m",
        "fig",
        "min",
        "max",
    ]
)
_WORD_BEFORE = re.compile(r"([\w.]+)[.!?]*$")


#: A feature: a word, or a pair of adjacent words.
Feature = str | tuple[str, str]


def _words(low: str) -> list[str]:
    """The words of lower-cased ``low`` the model reads: digits folded, UNFEATURED out."""
    return [t for t in _TOKEN.findall(_DIGIT.sub("0", low)) if t not in UNFEATURED]


def _with_pairs(toks: list[str]) -> list[Feature]:
    """``toks`` followed by their adjacent pairs."""
    out: list[Feature] = list(toks)
    out += itertools.pairwise(toks)
    return out


def features(low: str) -> list[Feature]:
    """Return the features of lower-cased ``low``, with repeats: its words and adjacent
    word pairs, without the words in :data:`UNFEATURED`."""
    return _with_pairs(_words(low))


def category_features(low: str) -> list[Feature]:
    """Return the features the category models read: as :func:`features`, but with every
    word, the :data:`UNFEATURED` ones included.

    Whether a sentence is risky never depends on a pronoun or a gendered word; which
    category a risky sentence belongs to often does ("ladies do turndown", "uses
    they/them"). The category models only name the category of a sentence already
    found risky, so they may read them.
    """
    return _with_pairs(_TOKEN.findall(_DIGIT.sub("0", low)))


def feature_name(f: Feature) -> str:
    """Return ``f`` as written in the model file and in messages ("word" or "two words")."""
    return f if isinstance(f, str) else " ".join(f)


def _feature_key(name: str) -> Feature:
    a, _, b = name.partition(" ")
    return (a, b) if b else a


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Return the (start, end) of each non-blank sentence of ``text``, trimmed."""
    if native.SPEEDUPS:
        spans: list[tuple[int, int]] = native.speedups.sentence_spans(text, _ABBREVIATIONS)
        return spans
    return sentence_spans_py(text)


def sentence_spans_py(text: str) -> list[tuple[int, int]]:
    """:func:`sentence_spans` in pure Python (the compiled twin gives the same spans)."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _SENTENCE_END.finditer(text):
        stop = m.start() + 1
        end = stop + len(m.group(1) or "")  # keep the full stop and closing quotes
        if text[m.start()] == ".":
            before = _WORD_BEFORE.search(text, max(pos, stop - 12), stop)
            word = before.group(1).lower().rstrip(".") if before else ""
            if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                continue  # "Ms. Patel", "J. Smith", "e.g. Excel": not a sentence end
        _add_trimmed(spans, text, pos, end)
        pos = m.end()
    _add_trimmed(spans, text, pos, len(text))
    return spans


def _add_trimmed(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    if start < end and not text[start].isspace() and not text[end - 1].isspace():
        spans.append((start, end))  # the usual case: nothing to trim
        return
    piece = text[start:end]
    stripped = piece.strip()
    if stripped:
        lead = len(piece) - len(piece.lstrip())
        spans.append((start + lead, start + lead + len(stripped)))


def _sigmoid(z: float) -> float:
    """A category model's probability for logit ``z`` (clamped: exp overflows below -709)."""
    return 1.0 / (1.0 + math.exp(-max(-50.0, z)))


@dataclass(frozen=True, slots=True)
class Scored:
    """The second opinion on one stretch of text."""

    start: int
    end: int
    #: Probability that the stretch is risky wording.
    probability: float
    #: The most likely category.
    category: Category
    #: Features that raised the score most, strongest first.
    cues: tuple[str, ...]
    #: Every category with its probability (one-vs-rest), most likely first.
    ranked: tuple[tuple[Category, float], ...] = ()


@dataclass(frozen=True, slots=True)
class SecondOpinion:
    """A trained model: per feature its idf and risk weight; per category feature its idf
    and category weights."""

    #: Feature (:func:`features`) -> (idf, weight of "risky").
    weights: Mapping[Feature, tuple[float, float]]
    bias: float
    #: Category feature (:func:`category_features`) -> (idf, weight of each category in
    #: CATEGORIES order).
    category_weights: Mapping[Feature, tuple[float, tuple[float, ...]]]
    category_bias: tuple[float, ...]
    #: Probability at or above which a sentence is reported.
    threshold: float
    #: Probability below which a rule's warning or info in the sentence is dropped
    #: (0 turns this off).
    veto: float
    #: SHA-256 of the training data, to tell whether the shipped model is current.
    trained_on: str
    #: Probability below which even a rule's error in the sentence is dropped (0: never).
    veto_errors: float = 0.0
    #: In a sentence a rule flagged, the model adds its category when that category is
    #: not the rule's and its probability reaches this (0: never).
    confident_category: float = 0.0
    #: What the compiled scorer's tables are kept under in the cache (the digests of
    #: the model file and of this code), or "" for a model not read from a file.
    scorer_key: str = field(default="", repr=False, compare=False)
    #: The compiled scorer (``candor_speedups.SpanScorer``), built on first use.
    _scorer: list[Any] = field(init=False, repr=False, compare=False, default_factory=list)
    #: The tables of the pure-Python scoring (:meth:`_tables`), made on first use.
    _derived: list[Any] = field(init=False, repr=False, compare=False, default_factory=list)

    def _tables(
        self,
    ) -> tuple[dict[Feature, complex], dict[Feature, tuple[float, tuple[float, ...]]]]:
        """Per feature, idf * weight and idf ** 2 packed in one complex number (one
        look-up and one running sum give both); per category feature, idf ** 2 and idf *
        weight of each category. Made on first use: with the compiled scorer read from
        the cache, a process never needs them (0.2 s saved at its start)."""
        if not self._derived:
            sn = {f: complex(idf * w, idf * idf) for f, (idf, w) in self.weights.items()}
            cat = {
                f: (idf * idf, tuple(idf * c for c in cw))
                for f, (idf, cw) in self.category_weights.items()
            }
            self._derived[:] = [(sn, cat)]
        got: tuple[dict[Feature, complex], dict[Feature, tuple[float, tuple[float, ...]]]] = (
            self._derived[0]
        )
        return got

    @property
    def _sn(self) -> dict[Feature, complex]:
        return self._tables()[0]

    @property
    def _cat(self) -> dict[Feature, tuple[float, tuple[float, ...]]]:
        return self._tables()[1]

    def probability(self, low: str, start: int = 0, end: int | None = None) -> float:
        """Return the probability that ``low[start:end]`` (lower-cased) is risky wording."""
        # map() over dict.get keeps the loop in C.
        d = sum(map(self._sn.get, features(low[start:end]), _ZEROJ), 0j)
        return self._logistic(d.real, d.imag)

    def _logistic(self, s: float, norm2: float) -> float:
        z = self.bias + (s / math.sqrt(norm2) if norm2 else 0.0)
        return 1.0 / (1.0 + math.exp(-z)) if z > -50 else 0.0

    def probabilities(self, low: str, spans: Sequence[tuple[int, int]]) -> list[float]:
        """Return :meth:`probability` of each span of ``low``, computed in one pass."""
        if not spans:
            return []
        if native.SPEEDUPS:
            # The sums and the logistic in C, bit for bit (test_speedups).
            probs: list[float] = self._compiled_scorer().span_sums(low, spans, self.bias)
            return probs
        return [self._logistic(d.real, d.imag) for d in self.span_sums(low, spans)]

    def probabilities_many(
        self, lows: Sequence[str], spans: Sequence[Sequence[tuple[int, int]]]
    ) -> list[tuple[float, ...]]:
        """Each text's :meth:`probabilities` (as a tuple), the compiled scorer looked up
        once for all of them (bulk screening's texts)."""
        if len(lows) != len(spans):
            raise ValueError("probabilities_many: as many texts as lists of spans are needed")
        if not native.SPEEDUPS:
            return [tuple(self.probabilities(low, sp)) for low, sp in zip(lows, spans, strict=True)]
        sums, bias = self._compiled_scorer().span_sums, self.bias
        return [
            tuple(sums(low, sp, bias)) if sp else () for low, sp in zip(lows, spans, strict=True)
        ]

    def span_sums(self, low: str, spans: Sequence[tuple[int, int]]) -> list[complex]:
        """Return, per span of ``low``, the sum over its features of idf * weight (real
        part) and idf ** 2 (imaginary part): what :meth:`probabilities` needs.

        This runs on every sentence screened, so the text is tokenised once, with a
        mark between sentences, and each sentence's sums are differences of running
        sums; no Python loop runs per word. :meth:`span_sums_compiled` gives the same
        numbers, bit for bit.
        """
        pieces = [low[a:b] for a, b in spans]
        if _MARK in low:  # a NUL in the text is no sentence end
            pieces = [p.replace(_MARK, " ") for p in pieces]
        joined = _DIGIT.sub("0", _MARK.join(pieces))
        toks = [t for t in _TOKEN_OR_MARK.findall(joined) if t not in UNFEATURED]
        toks.append(_MARK)
        get = self._sn.get
        # Pairs across a mark weigh nothing; each token's value includes the pair it starts.
        run = list(
            itertools.accumulate(
                map(
                    operator.add,
                    map(get, toks, _ZEROJ),
                    map(get, itertools.pairwise(toks), _ZEROJ),
                ),
                initial=0j,
            )
        )
        out = []
        prev = 0
        find = toks.index
        for _ in spans:
            at = find(_MARK, prev)
            out.append(run[at] - run[prev])
            prev = at + 1
        return out

    def span_sums_compiled(self, low: str, spans: Sequence[tuple[int, int]]) -> list[complex]:
        """:meth:`span_sums` by the compiled ``candor_speedups`` (a C loop, about ten
        times faster); raises ``RuntimeError`` when that is not installed."""
        sums: list[complex] = self._compiled_scorer().span_sums(low, spans)
        return sums

    def _compiled_scorer(self) -> Any:
        if not self._scorer:
            if native.speedups is None:
                raise RuntimeError("candor_speedups is not installed (uv sync --all-extras)")
            self._scorer[:] = [self._make_scorer(native.speedups)]
        return self._scorer[0]

    def _make_scorer(self, compiled: Any) -> Any:
        """Copy the tables into C structs (about 0.3 s with the pure-Python tables they
        are made from), or, for the shipped model, load them from the cache (dump()'s
        bytes, about 20 ms; damaged bytes are rebuilt)."""

        def build() -> Any:
            return compiled.SpanScorer(
                self._sn, UNFEATURED, categories=self._cat, cues=self._cues()
            )

        if not self.scorer_key:
            return build()
        built: list[Any] = []

        def dump() -> bytes:
            built.append(build())
            data: bytes = built[0].dump()
            return data

        # The build's own layout: the extension's version is part of the key.
        key = f"{self.scorer_key}\0{compiled.VERSION}\0{sys.maxsize}"
        data = cached_data("span-scorer", key, dump, compress=False)
        if built:
            return built[0]
        try:
            return compiled.SpanScorer.load(data)
        except (ValueError, TypeError):
            return build()

    def knows(self, low: str, start: int = 0, end: int | None = None) -> bool:
        """Whether the model knows enough of the words of ``low[start:end]`` to judge it:
        at least :data:`MIN_KNOWN` of them, and :data:`MIN_KNOWN_SHARE` of all.

        Text in another language, or a fragment of names and numbers, is scored on the
        one or two words that happen to be in the vocabulary, which says nothing.
        """
        words, known = self.word_counts(low, start, end)
        return known >= MIN_KNOWN and known >= MIN_KNOWN_SHARE * words

    def knows_all(self, low: str, start: int = 0, end: int | None = None) -> bool:
        """Whether every word of ``low[start:end]`` that the model reads is in its
        vocabulary (true of a stretch of pronouns alone)."""
        words, known = self.word_counts(low, start, end)
        return known == words

    def word_counts(self, low: str, start: int = 0, end: int | None = None) -> tuple[int, int]:
        """How many words of ``low[start:end]`` the model reads, and how many of them
        it has a weight for (in C when the speedups are installed; the same counts)."""
        if native.SPEEDUPS:
            end = len(low) if end is None else end
            counts: tuple[int, int] = self._compiled_scorer().word_counts(low, start, end)
            return counts
        sn = self._sn
        toks = _words(low[start:end])
        return len(toks), sum(t in sn for t in toks)

    def category(self, low: str, start: int = 0, end: int | None = None) -> tuple[Category, float]:
        """Return the most likely category of ``low[start:end]`` and its probability
        (what :meth:`score` ranks first, without the cues)."""
        z = self._category_z(low[start:end])
        best = max(range(len(z)), key=z.__getitem__)
        return CATEGORIES[best], _sigmoid(z[best])

    def _category_z(self, low: str) -> list[float]:
        """Each category's logit for lower-cased ``low`` (in C when the speedups are
        installed: :meth:`category_z_compiled`, the same floats)."""
        if native.SPEEDUPS:
            return self.category_z_compiled(low)
        return self.category_z_py(low)

    def category_z_py(self, low: str) -> list[float]:
        """:meth:`_category_z` in pure Python."""
        z = list(self.category_bias)
        cat = self._cat
        known = [e for f in category_features(low) if (e := cat.get(f)) is not None]
        if known:
            # Summed one by one, in order, as the C loop sums: not with sum(), which
            # compensates its rounding from Python 3.12 on.
            norm = math.sqrt(functools.reduce(operator.add, (n2 for n2, _ in known), 0.0))
            sums = [0.0] * len(z)
            for _, cw in known:
                sums = list(map(operator.add, sums, cw))
            z = [b + s / norm for b, s in zip(z, sums, strict=True)]
        return z

    def category_z_compiled(self, low: str) -> list[float]:
        """:meth:`_category_z` by the compiled ``candor_speedups`` (0.6 µs against 12
        for a short sentence); raises ``RuntimeError`` when that is not installed."""
        z: list[float] = self._compiled_scorer().category_z(low, self.category_bias)
        return z

    def score(
        self, low: str, start: int = 0, end: int | None = None, *, ranked: bool = True
    ) -> Scored:
        """Score ``low[start:end]`` (lower-cased text): probability, category and cues.

        ``ranked=False`` leaves :attr:`Scored.ranked` empty: a finding does not show it,
        and it costs about a third of the call.
        """
        end = len(low) if end is None else end
        cat_z = self._category_z(low[start:end])
        best = max(range(len(cat_z)), key=cat_z.__getitem__)
        if native.SPEEDUPS:
            s, norm2, found = self._compiled_scorer().cue_sums(low, start, end, best)
        else:
            s, norm2, found = self.cue_sums_py(low, start, end, best)
        # Cues: features that raised the risk, ranked by what they add to the risk and to
        # the category named; the commonest words ("so", "we") explain nothing to a reader.
        cues = tuple(name for _, name in sorted(set(found), key=lambda vn: (-vn[0], vn[1]))[:3])
        by_category = (
            tuple(
                sorted(
                    ((c, _sigmoid(z)) for c, z in zip(CATEGORIES, cat_z, strict=True)),
                    key=lambda cp: -cp[1],
                )
            )
            if ranked
            else ()
        )
        return Scored(start, end, self._logistic(s, norm2), CATEGORIES[best], cues, by_category)

    def cue_sums_py(
        self, low: str, start: int, end: int, best: int
    ) -> tuple[float, float, list[tuple[float, str]]]:
        """What :meth:`score` reads of ``low[start:end]``'s features that have a weight:
        the sums of idf * weight and of idf ** 2, and (value, name) of each one that may
        be named as a cue (:meth:`_cues`), its value being what it adds to the risk and to
        category number ``best``. In pure Python; ``SpanScorer.cue_sums`` gives the same,
        bit for bit (about 60 µs a sentence here against 3 in C).
        """
        weights, cat = self.weights, self._cat
        present = [(f, e) for f in features(low[start:end]) if (e := weights.get(f)) is not None]
        # Summed one by one, in order, as the C loop sums (sum() compensates its rounding
        # from Python 3.12 on).
        s = functools.reduce(operator.add, (idf * w for _, (idf, w) in present), 0.0)
        norm2 = functools.reduce(operator.add, (idf * idf for _, (idf, _) in present), 0.0)
        found = [
            (idf * w + (cat[f][1][best] if f in cat else 0.0), feature_name(f))
            for f, (idf, w) in present
            if w > 0 and idf >= _CUE_MIN_IDF
        ]
        return s, norm2, found

    def _cues(self) -> frozenset[Feature]:
        """The features that may be named as cues: those that raise the risk and are rare
        enough to mean something (idf at least ``_CUE_MIN_IDF``)."""
        return frozenset(f for f, (idf, w) in self.weights.items() if w > 0 and idf >= _CUE_MIN_IDF)

    def to_json(self) -> dict[str, Any]:
        """Return the model as JSON-able data (rounded, sorted: a stable file)."""
        return {
            "format": 2,
            "trained_on": self.trained_on,
            "threshold": self.threshold,
            "veto": self.veto,
            "confident_category": self.confident_category,
            "veto_errors": self.veto_errors,
            "bias": round(self.bias, 6),
            "categories": list(CATEGORIES),
            "category_bias": [round(b, 6) for b in self.category_bias],
            "features": {
                feature_name(f): [round(idf, 5), round(w, 5)]
                for f, (idf, w) in sorted(self.weights.items(), key=lambda kv: feature_name(kv[0]))
            },
            "category_features": {
                feature_name(f): [round(idf, 5), [round(c, 4) for c in cw]]
                for f, (idf, cw) in sorted(
                    self.category_weights.items(), key=lambda kv: feature_name(kv[0])
                )
            },
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SecondOpinion:
        """Rebuild a model written by :meth:`to_json`."""
        return cls(**_fields_from_json(data))


def _fields_from_json(data: dict[str, Any]) -> dict[str, Any]:
    """The constructor arguments of the model written as ``data`` (plain data)."""
    if data.get("format") != 2 or tuple(data.get("categories", ())) != CATEGORIES:
        raise ValueError("second-opinion model: unknown format or category list")
    return {
        "weights": {_feature_key(f): (v[0], v[1]) for f, v in data["features"].items()},
        "bias": float(data["bias"]),
        "category_weights": {
            _feature_key(f): (v[0], tuple(v[1])) for f, v in data["category_features"].items()
        },
        "category_bias": tuple(float(b) for b in data["category_bias"]),
        "threshold": float(data["threshold"]),
        "veto": float(data["veto"]),
        "confident_category": float(data.get("confident_category", 0.0)),
        "veto_errors": float(data.get("veto_errors", 0.0)),
        "trained_on": str(data["trained_on"]),
    }


_LOADED: SecondOpinion | None = None


def load_model(path: Path | None = None) -> SecondOpinion:
    """Return the shipped model (read once), or the one at ``path``."""
    global _LOADED
    if path is not None:
        return _read_model(path)
    if _LOADED is None:
        _LOADED = _read_model(MODEL_PATH)
    return _LOADED


def _read_model(path: Path) -> SecondOpinion:
    """Read a model file. Parsing 12 MB of JSON and rebuilding its tables costs about
    0.6 s, a third of a ``candor lint`` call's start: the parsed tables are kept in the
    pattern cache (:mod:`candor.language.recache`, marshal) under the digests of the
    file and of this code. Reading them back still takes about 0.3 s, which a process
    with the compiled scorer (also cached) never needs: the weights are read on first
    use (:class:`_CachedTable`), the model's few numbers at once."""
    raw = path.read_bytes()
    inputs = hashlib.sha256(raw).hexdigest() + hashlib.sha256(_CODE.read_bytes()).hexdigest()
    fields: list[dict[str, Any]] = []

    def whole() -> dict[str, Any]:
        if not fields:
            fields.append(
                cached_data("second-opinion", inputs, lambda: _fields_from_json(json.loads(raw)))
            )
        return fields[0]

    head = cached_data(
        "second-opinion-head",
        inputs,
        lambda: {k: v for k, v in whole().items() if k not in _TABLES},
    )
    return SecondOpinion(
        weights=_CachedTable(lambda: whole()["weights"]),
        category_weights=_CachedTable(lambda: whole()["category_weights"]),
        scorer_key=inputs,
        **head,
    )


#: The fields of a model that are its large tables.
_TABLES = ("weights", "category_weights")


class _CachedTable(Mapping[Any, Any]):
    """A model's table, read from the cache on first use (see :func:`_read_model`)."""

    __slots__ = ("_read", "_table")

    def __init__(self, read: Callable[[], dict[Any, Any]]) -> None:
        self._read = read
        self._table: dict[Any, Any] | None = None

    def _get(self) -> dict[Any, Any]:
        if self._table is None:
            self._table = self._read()
        return self._table

    def __getitem__(self, key: Any) -> Any:
        return self._get()[key]

    def __iter__(self) -> Iterator[Any]:
        return iter(self._get())

    def __len__(self) -> int:
        return len(self._get())

    def __contains__(self, key: object) -> bool:
        return key in self._get()

    def get(self, key: Any, default: Any = None) -> Any:
        return self._get().get(key, default)

    def items(self) -> Any:
        return self._get().items()


_CODE = Path(__file__)


def training_digest(texts: Iterable[str], labels: Iterable[Sequence[str] | None]) -> str:
    """SHA-256 over the training texts and their labels (``None`` = safe)."""
    h = hashlib.sha256()
    for t, cats in zip(texts, labels, strict=True):
        h.update(json.dumps([t, None if cats is None else sorted(cats)]).encode())
    return h.hexdigest()


def train(
    texts: Sequence[str],
    labels: Sequence[Sequence[str] | None],
    *,
    c: float = 4.0,
    category_c: float = 48.0,
    min_df: int = 2,
    threshold: float = 0.75,
    veto: float = 0.15,
    confident_category: float = 0.3,
    veto_errors: float = 0.1,
) -> SecondOpinion:
    """Fit the model on ``texts``; ``labels[i]`` is the categories of a risky text or ``None``.

    L2-regularised logistic regressions (the loss ``c * sum(log-loss) + |w|^2 / 2`` with an
    unpenalised bias, as scikit-learn's ``LogisticRegression(C=c)``) on word and
    word-pair counts weighted by smoothed idf and scaled per text. The category models
    (one per category, on the risky texts, over :func:`category_features`) use
    ``category_c``: in leave-one-author-out cross-validation over holdout7-19 their
    first choice for a whole risky item was right for 0.928 of items with 48, 0.924 with
    16, and 0.921 with 16 before they read pronouns and gendered words. Needs numpy and
    scipy.
    """
    import numpy as np
    from scipy import sparse
    from scipy.optimize import minimize

    def design(
        fn: Callable[[str], list[Feature]], rows_of: Sequence[str]
    ) -> tuple[Any, list[Feature], Any]:
        """The matrix of ``fn``'s features of ``rows_of`` (features in at least ``min_df``
        texts), its vocabulary and idf."""
        feats = [Counter(fn(t.lower())) for t in rows_of]
        df: dict[Feature, int] = {}
        for fs in feats:
            for f in fs:
                df[f] = df.get(f, 0) + 1
        vocab = sorted((f for f, k in df.items() if k >= min_df), key=feature_name)
        index = {f: i for i, f in enumerate(vocab)}
        n = len(rows_of)
        idf = np.array([math.log((1 + n) / (1 + df[f])) + 1.0 for f in vocab])
        rows: list[int] = []
        cols: list[int] = []
        vals: list[float] = []
        for r, fs in enumerate(feats):
            # x_f = count_f * idf_f / sqrt(sum of count_f * idf_f ** 2): each occurrence
            # adds to the norm, so a sentence's sums are additive and can be computed in
            # one pass.
            idx = sorted((index[f], k) for f, k in fs.items() if f in index)
            norm = math.sqrt(sum(k * idf[i] ** 2 for i, k in idx)) or 1.0
            rows += [r] * len(idx)
            cols += [i for i, _ in idx]
            vals += [k * idf[i] / norm for i, k in idx]
        return sparse.csr_matrix((vals, (rows, cols)), shape=(n, len(vocab))), vocab, idf

    def fit(xm: Any, y: Any, cc: float) -> tuple[Any, float]:
        def loss(theta: Any) -> tuple[float, Any]:
            w, b = theta[:-1], theta[-1]
            z = xm @ w + b
            # log(1 + exp(-y z)) with y in {-1, 1}, computed stably.
            yz = y * z
            lo = np.logaddexp(0.0, -yz)
            g = -y * (1.0 / (1.0 + np.exp(yz)))
            grad_w = cc * (xm.T @ g) + w
            return float(cc * lo.sum() + 0.5 * w @ w), np.append(grad_w, cc * g.sum())

        theta0 = np.zeros(xm.shape[1] + 1)
        res = minimize(loss, theta0, jac=True, method="L-BFGS-B", options={"maxiter": 5000})
        return res.x[:-1], float(res.x[-1])

    x, vocab, idf = design(features, texts)
    risky = np.array([1.0 if lab is not None else -1.0 for lab in labels])
    w, b = fit(x, risky, c)
    pos = [i for i, lab in enumerate(labels) if lab is not None]
    xr, cat_vocab, cat_idf = design(category_features, [texts[i] for i in pos])
    cat_w = []
    cat_b = []
    for cat in CATEGORIES:
        y = np.array([1.0 if cat in (labels[i] or ()) else -1.0 for i in pos])
        cw, cb = fit(xr, y, category_c)
        cat_w.append(cw)
        cat_b.append(cb)
    cat_matrix = np.array(cat_w).T  # features x categories
    weights = {f: (float(idf[i]), float(w[i])) for i, f in enumerate(vocab)}
    category_weights = {
        f: (float(cat_idf[i]), tuple(float(v) for v in cat_matrix[i]))
        for i, f in enumerate(cat_vocab)
    }
    return SecondOpinion(
        weights=weights,
        bias=b,
        category_weights=category_weights,
        category_bias=tuple(cat_b),
        threshold=threshold,
        veto=veto,
        confident_category=confident_category,
        veto_errors=veto_errors,
        trained_on=training_digest(texts, labels),
    )


def training_set(
    items: Iterable[dict[str, Any]],
    safe_sentences: Sequence[str] = (),
    *,
    split_safe: bool = True,
) -> tuple[list[str], list[list[str] | None]]:
    """Return the texts and labels to train on: labelled corpus items, then
    ``safe_sentences`` (ordinary job-related note sentences) as safe.

    With ``split_safe``, each sentence of a safe item of several sentences is also a safe
    example of its own. The model scores sentences, and a safe item's sentences are safe
    by the labelling policy; without them it learns a closing line ("Best of luck in your
    next kitchen.") only from the risky letters it ends, and flags it alone.
    """
    texts: list[str] = []
    labels: list[list[str] | None] = []
    extra: list[str] = []
    for it in items:
        text = str(it["text"])
        texts.append(text)
        labels.append(list(it["categories"]) if it["label"] == "risky" else None)
        if split_safe and it["label"] != "risky":
            spans = sentence_spans(text)
            if len(spans) > 1:
                extra += [text[a:b] for a, b in spans]
    for s in [*extra, *safe_sentences]:
        texts.append(s)
        labels.append(None)
    return texts, labels
