"""Krippendorff's alpha: the worked examples of Krippendorff (2011), cross-checks, edge cases."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from candor.stats import Ratings, icc_matrix, krippendorff_alpha, krippendorff_alpha_matrix

nan = np.nan

# Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability, section A:
# binary data, two observers, no missing data; published alpha = 0.095.
SECTION_A = np.array(
    [[0, 1, 0, 0, 0, 0, 0, 0, 1, 0], [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]], dtype=float
).T

# Section B: nominal data (values a-e), two observers, no missing data; alpha = 0.692.
SECTION_B = [
    ["a", "a", "b", "b", "d", "c", "c", "c", "e", "d", "d", "a"],
    ["b", "a", "b", "b", "b", "c", "c", "c", "e", "d", "d", "d"],
]

# Section C: 4 observers x 12 units with missing data (also Content Analysis, 4th ed.,
# ch. 12). Published: nominal .743, ordinal .815, interval .849, ratio .797.
SECTION_C = np.array(
    [
        [1, 2, 3, 3, 2, 1, 4, 1, 2, nan, nan, nan],
        [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, nan, 3],
        [nan, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, nan],
        [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, nan],
    ]
).T
SECTION_C_ALPHA = {"nominal": 0.743, "ordinal": 0.815, "interval": 0.849, "ratio": 0.797}


def test_section_a_binary_two_observers() -> None:
    res = krippendorff_alpha_matrix(SECTION_A, levels=["nominal"])["nominal"]
    assert res.value is not None and round(res.value, 3) == 0.095
    assert res.method_id == "krippendorff_alpha@1"


def test_section_b_nominal_labels_two_observers() -> None:
    """Labels are coded as numbers first; the nominal level ignores their order."""
    units = [u for u in range(12) for _ in range(2)]
    raters = ["A", "B"] * 12
    codes = {v: i for i, v in enumerate("abcde")}
    values = [codes[SECTION_B[o][u]] for u in range(12) for o in range(2)]
    res = krippendorff_alpha(Ratings.from_long(units, raters, values), levels=["nominal"])
    value = res["nominal"].value
    assert value is not None and round(value, 3) == 0.692


@pytest.mark.parametrize(("level", "expected"), SECTION_C_ALPHA.items())
def test_section_c_four_levels_with_missing_data(level: str, expected: float) -> None:
    res = krippendorff_alpha_matrix(SECTION_C)[level]  # type: ignore[index]
    assert res.value is not None and round(res.value, 3) == expected
    # Unit 12 has a single value and is not pairable: 11 units, 40 values.
    assert (res.units, res.pairable_values) == (11, 40)


@pytest.mark.parametrize("seed", range(8))
def test_matches_krippendorff_package_with_missing_values(seed: int) -> None:
    """Same numbers as the krippendorff package (0.9, test-only, GPL) at every level."""
    kd = pytest.importorskip("krippendorff")
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 7, size=(int(rng.integers(5, 40)), int(rng.integers(2, 7)))).astype(float)
    y[rng.random(y.shape) < 0.4] = nan
    ours = krippendorff_alpha_matrix(y)
    for level, res in ours.items():
        try:
            theirs = kd.alpha(reliability_data=y.T, level_of_measurement=level)
        except ValueError:  # the package refuses degenerate data; we say why
            assert res.value is None and res.reason
            continue
        assert res.value == pytest.approx(theirs, rel=1e-9, abs=1e-12), level


def test_nominal_identity_with_fleiss_kappa() -> None:
    """Complete data: alpha_nominal = 1 - (1 - kappa_Fleiss)(nk - 1)/(nk) (reliability.md §7)."""
    ir = pytest.importorskip("statsmodels.stats.inter_rater")
    rng = np.random.default_rng(3)
    y = rng.integers(1, 5, size=(20, 3))
    table, _ = ir.aggregate_raters(y)
    kappa = ir.fleiss_kappa(table, method="fleiss")
    nk = y.size
    value = krippendorff_alpha_matrix(y.astype(float))["nominal"].value
    assert value == pytest.approx(1 - (1 - kappa) * (nk - 1) / nk)


def test_interval_identity_with_one_way_anova() -> None:
    """Complete data: alpha_interval = 1 - WMS / (SST / (nk - 1)) (reliability.md §7)."""
    rng = np.random.default_rng(4)
    y = rng.normal(size=(15, 4)) + rng.normal(size=(15, 1))
    ms = icc_matrix(y).mean_squares
    assert ms is not None
    sst = ((y - y.mean()) ** 2).sum()
    value = krippendorff_alpha_matrix(y)["interval"].value
    assert value == pytest.approx(1 - ms.wms / (sst / (y.size - 1)))


def test_continuous_scores_beyond_the_coincidence_limit() -> None:
    """Many distinct values: nominal and interval still computed, ordinal/ratio say why not."""
    rng = np.random.default_rng(5)
    y = rng.normal(size=(1500, 2)) + rng.normal(size=(1500, 1)) * 2
    res = krippendorff_alpha_matrix(y)
    assert res["interval"].value is not None and 0.5 < res["interval"].value < 1
    assert res["nominal"].value is not None
    assert res["ordinal"].value is None and "distinct values" in (res["ordinal"].reason or "")


@pytest.mark.parametrize(
    ("matrix", "fragment"),
    [
        (np.full((4, 3), 2.0), "same value"),
        (np.array([[1.0, nan], [nan, 2.0]]), "no candidate has ratings from two raters"),
    ],
    ids=["one-value", "nothing-pairable"],
)
def test_degenerate_data_is_undefined_with_a_reason(matrix: np.ndarray, fragment: str) -> None:
    for res in krippendorff_alpha_matrix(matrix).values():
        assert res.value is None and res.reason is not None and fragment in res.reason


def test_ratio_level_needs_non_negative_values() -> None:
    res = krippendorff_alpha_matrix(np.array([[-1.0, 1.0], [2.0, 2.0], [3.0, 2.0]]))
    assert res["ratio"].value is None and "non-negative" in (res["ratio"].reason or "")
    assert res["interval"].value is not None


def test_ratio_with_zeros_agreeing_perfectly_is_one() -> None:
    """(0 - 0)/(0 + 0) counts as no disagreement (krippendorff package convention)."""
    res = krippendorff_alpha_matrix(np.array([[0.0, 0.0], [1.0, 1.0], [2.0, 2.0]]))
    assert res["ratio"].value == 1.0


def test_unknown_level_is_rejected() -> None:
    with pytest.raises(ValueError, match="unknown level"):
        krippendorff_alpha_matrix(SECTION_C, levels=["absolute"])  # type: ignore[list-item]


@settings(max_examples=50, deadline=None)
@given(
    st.lists(
        st.lists(st.one_of(st.none(), st.integers(1, 5)), min_size=3, max_size=3),
        min_size=2,
        max_size=12,
    ),
)
def test_invariant_to_unit_and_observer_order(rows: list[list[int | None]]) -> None:
    y = np.array([[nan if v is None else v for v in r] for r in rows], dtype=float)
    res = krippendorff_alpha_matrix(y)
    res2 = krippendorff_alpha_matrix(y[::-1, ::-1])
    for level, a in res.items():
        b = res2[level]
        assert (a.value is None) == (b.value is None)
        if a.value is not None:
            assert b.value == pytest.approx(a.value, abs=1e-12)
            assert a.value <= 1 + 1e-12
        else:
            assert a.reason
