"""Ratings in long form (candidate, rater, score), the input of the reliability methods.

A panel in which not every rater rates every candidate is the normal case, so
ratings are kept as three aligned arrays rather than as a candidates × raters
matrix. :class:`Ratings` factorises the labels once; the methods work on the
integer codes.

.. versionadded:: 0.1
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from candor.errors import InputError, Problem

__all__ = ["Ratings"]

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.intp]


@dataclass(frozen=True, slots=True, eq=False)
class Ratings:
    """Aligned arrays of candidate codes, rater codes and numeric scores.

    Attributes
    ----------
    candidate, rater : ndarray of int
        Codes in ``range(len(candidates))`` and ``range(len(raters))``.
    score : ndarray of float
        One finite score per rating.
    candidates, raters : tuple
        The label of each code.
    """

    candidate: IntArray
    rater: IntArray
    score: FloatArray
    candidates: tuple[Hashable, ...]
    raters: tuple[Hashable, ...]

    @property
    def n_candidates(self) -> int:
        return len(self.candidates)

    @property
    def n_raters(self) -> int:
        return len(self.raters)

    @property
    def n_ratings(self) -> int:
        return int(self.score.size)

    @property
    def is_complete(self) -> bool:
        """True when every rater rated every candidate exactly once."""
        return self.n_ratings == self.n_candidates * self.n_raters

    @classmethod
    def from_long(
        cls,
        candidates: Sequence[Hashable] | npt.ArrayLike,
        raters: Sequence[Hashable] | npt.ArrayLike,
        scores: Sequence[float] | npt.ArrayLike,
    ) -> Ratings:
        """Build from three equally long sequences (labels may be any hashable).

        Raises :class:`~candor.errors.InputError` when the lengths differ, a
        score is not finite, or one rater rated one candidate twice.
        """
        cand = np.asarray(candidates)
        rat = np.asarray(raters)
        if cand.ndim != 1 or rat.ndim != 1:
            raise InputError(Problem("candidates and raters must be one-dimensional"))
        cand_labels, cand_codes = np.unique(cand, return_inverse=True)
        rater_labels, rater_codes = np.unique(rat, return_inverse=True)
        return cls.from_codes(
            cand_codes,
            rater_codes,
            scores,
            candidates=tuple(cand_labels.tolist()),
            raters=tuple(rater_labels.tolist()),
        )

    @classmethod
    def from_codes(
        cls,
        candidate: npt.ArrayLike,
        rater: npt.ArrayLike,
        scores: npt.ArrayLike,
        *,
        candidates: Sequence[Hashable] | int | None = None,
        raters: Sequence[Hashable] | int | None = None,
    ) -> Ratings:
        """Build from integer codes (the fast path: no label factorisation).

        ``candidates``/``raters`` give the labels, or their number; by default
        the codes themselves are the labels and the count is ``max + 1``.
        """
        c = np.asarray(candidate, dtype=np.intp)
        r = np.asarray(rater, dtype=np.intp)
        y = np.asarray(scores, dtype=np.float64)
        if not (c.shape == r.shape == y.shape) or c.ndim != 1:
            raise InputError(
                Problem(
                    "candidate, rater and score must be one-dimensional and equally long "
                    f"(got {c.shape}, {r.shape}, {y.shape})"
                )
            )
        if c.size == 0:
            raise InputError(Problem("there are no ratings"))
        if not np.isfinite(y).all():
            bad = int(np.flatnonzero(~np.isfinite(y))[0])
            raise InputError(Problem(f"score number {bad + 1} is not a finite number"))
        n_c = _count(candidates, c)
        n_r = _count(raters, r)
        if c.min() < 0 or r.min() < 0 or c.max() >= n_c or r.max() >= n_r:
            raise InputError(Problem("a candidate or rater code is out of range"))
        pair = c * n_r + r
        counts = np.bincount(pair, minlength=n_c * n_r)
        if counts.max() > 1:
            first = int(np.flatnonzero(counts > 1)[0])
            raise InputError(
                Problem(
                    f"rater {_label(raters, first % n_r)!s} rated candidate "
                    f"{_label(candidates, first // n_r)!s} more than once"
                )
            )
        cand_labels = _labels(candidates, n_c)
        rater_labels = _labels(raters, n_r)
        return cls(c, r, y, cand_labels, rater_labels)

    def wide(self) -> FloatArray:
        """The candidates × raters matrix, ``nan`` where a rating is missing."""
        out = np.full((self.n_candidates, self.n_raters), np.nan)
        out[self.candidate, self.rater] = self.score
        return out

    def select(self, mask: npt.NDArray[np.bool_]) -> Ratings:
        """The ratings where ``mask`` is true, with unused labels dropped."""
        return Ratings.from_long(
            np.asarray(self.candidates, dtype=object)[self.candidate[mask]],
            np.asarray(self.raters, dtype=object)[self.rater[mask]],
            self.score[mask],
        )


def _count(labels: Sequence[Hashable] | int | None, codes: IntArray) -> int:
    if labels is None:
        return int(codes.max()) + 1 if codes.size else 0
    if isinstance(labels, int):
        return labels
    return len(labels)


def _labels(labels: Sequence[Hashable] | int | None, n: int) -> tuple[Hashable, ...]:
    if labels is None or isinstance(labels, int):
        return tuple(range(n))
    return tuple(labels)


def _label(labels: Sequence[Hashable] | int | None, code: int) -> Hashable:
    if labels is None or isinstance(labels, int):
        return code
    return labels[code]
