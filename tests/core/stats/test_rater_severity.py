"""Rater severity: the additive model against statsmodels OLS, and the design properties."""

from __future__ import annotations

import numpy as np
import pytest

from candor.stats import Ratings, rater_severity

# Shrout & Fleiss (1979) Table 2: complete, 6 candidates x 4 judges.
SF = np.array(
    [[9, 2, 5, 8], [6, 1, 3, 2], [8, 4, 6, 8], [7, 1, 2, 6], [10, 5, 6, 9], [6, 2, 4, 7]],
    dtype=float,
)


def _from_matrix(y: np.ndarray) -> Ratings:
    c, r = np.nonzero(~np.isnan(y))
    return Ratings.from_codes(c, r, y[c, r])


def _incomplete_panel(seed: int) -> tuple[Ratings, np.ndarray]:
    rng = np.random.default_rng(seed)
    n, k = 40, 7
    a = rng.normal(3, 1, n)
    b = np.linspace(-1, 1, k)
    rows = [
        (i, j, a[i] + b[j] + rng.normal(0, 0.4))
        for i in range(n)
        for j in rng.choice(k, size=3, replace=False)
    ]
    arr = np.array(rows)
    return Ratings.from_codes(arr[:, 0], arr[:, 1], arr[:, 2]), arr


@pytest.mark.parametrize("seed", range(4))
def test_matches_statsmodels_ols_with_sum_coded_raters(seed: int) -> None:
    """b_j, its SE, the residual SD and adjusted scores equal OLS rating ~ C(c) + C(r, Sum)."""
    pd = pytest.importorskip("pandas")
    smf = pytest.importorskip("statsmodels.formula.api")
    ratings, arr = _incomplete_panel(seed)
    df = pd.DataFrame(arr, columns=["c", "r", "y"]).astype({"c": int, "r": int})
    fit = smf.ols("y ~ C(c) + C(r, Sum)", df).fit()
    res = rater_severity(ratings)
    k = ratings.n_raters
    b = [fit.params[f"C(r, Sum)[S.{j}]"] for j in range(k - 1)]
    b.append(-sum(b))
    for j, rs in enumerate(res.raters):
        assert rs.severity == pytest.approx(b[j], abs=1e-9)
        if j < k - 1:
            assert rs.se == pytest.approx(fit.bse[f"C(r, Sum)[S.{j}]"], rel=1e-8)
    assert res.residual_sd == pytest.approx(np.sqrt(fit.scale), rel=1e-10)
    # The adjusted score is the fitted value with the rater effect set to zero.
    grid = pd.DataFrame({"c": range(ratings.n_candidates)})
    for cand in res.candidates:
        row = df[df.c == cand.candidate].iloc[0]
        fitted = fit.predict(pd.DataFrame({"c": [cand.candidate], "r": [int(row.r)]}))[0]
        assert cand.adjusted == pytest.approx(fitted - b[int(row.r)], abs=1e-9)
    assert len(grid) == len(res.candidates)
    assert res.method_id == "rater_severity_ols@1"


def test_complete_design_indices_coincide_and_adjusted_equals_raw() -> None:
    """Balanced, complete: naive = model effect; deviation from others = k/(k-1) times it."""
    res = rater_severity(_from_matrix(SF))
    k = SF.shape[1]
    for rs in res.raters:
        assert rs.severity == pytest.approx(rs.naive)
        assert rs.mean_deviation == pytest.approx(rs.naive * k / (k - 1))
    for c in res.candidates:
        assert c.adjusted == pytest.approx(c.raw_mean)
    assert res.components == 1


def test_incomplete_design_separates_leniency_from_candidate_strength() -> None:
    """A fair rater who saw only strong candidates is not called lenient by the model."""
    # Raters 0 and 1 see the strong candidates, 1 and 2 the weak ones. Rater 1 links them.
    strong, weak = [8.0, 9.0, 8.5], [3.0, 2.0, 2.5]
    rows = []
    for i, t in enumerate(strong):
        rows += [(i, 0, t), (i, 1, t)]
    for i, t in enumerate(weak, start=3):
        rows += [(i, 1, t), (i, 2, t + 1.0)]  # rater 2 is one point lenient
    arr = np.array(rows)
    res = rater_severity(Ratings.from_codes(arr[:, 0], arr[:, 1], arr[:, 2]), min_ratings=1)
    r0, r1, r2 = res.raters
    # The table of docs/methods/severity.md.
    assert [r.mean for r in res.raters] == pytest.approx([8.5, 5.5, 3.5])
    assert [r.naive for r in res.raters] == pytest.approx([2.75, -0.25, -2.25])
    assert [r.mean_deviation for r in res.raters] == pytest.approx([0.0, -0.5, 1.0])
    assert [r.severity for r in res.raters] == pytest.approx([-1 / 3, -1 / 3, 2 / 3])
    assert res.candidates[4].raw_mean == 2.5
    assert res.candidates[4].adjusted == pytest.approx(7 / 3)
    assert r0.naive > 2  # naive: rater 0 looks very lenient
    assert r0.mean_deviation == pytest.approx(0.0)  # but agrees with rater 1
    assert r2.severity is not None and r0.severity is not None
    assert r2.severity - r0.severity == pytest.approx(1.0)
    assert r2.severity - (r1.severity or 0) == pytest.approx(1.0)
    assert "systematic_disagreement" in r2.flags  # exact fit: no noise
    for c in res.candidates[3:]:
        # As an average rater (1/3 point more lenient than raters 0 and 1) would score.
        assert c.adjusted == pytest.approx(weak[int(c.candidate) - 3] - r0.severity)


def test_disconnected_panels_are_reported_as_components() -> None:
    arr = np.array([(0, 0, 3), (0, 1, 4), (1, 0, 2), (1, 1, 2), (2, 2, 5), (2, 3, 4)], float)
    res = rater_severity(Ratings.from_codes(arr[:, 0], arr[:, 1], arr[:, 2]), min_ratings=1)
    assert res.components == 2
    assert res.raters[0].component == res.raters[1].component != res.raters[2].component
    # Effects sum to zero within each component.
    assert (res.raters[0].severity or 0) + (res.raters[1].severity or 0) == pytest.approx(0)
    assert (res.raters[2].severity or 0) + (res.raters[3].severity or 0) == pytest.approx(0)


def test_rater_who_does_not_use_the_scale_is_flagged() -> None:
    y = SF.copy()
    y[:, 2] = 4.0
    res = rater_severity(_from_matrix(y))
    assert res.raters[2].sd == 0.0
    assert "no_variance" in res.raters[2].flags
    assert all("no_variance" not in r.flags for i, r in enumerate(res.raters) if i != 2)


def test_small_effects_and_few_ratings_are_not_flagged_as_systematic() -> None:
    rng = np.random.default_rng(1)
    y = rng.normal(size=(30, 1)) + rng.normal(0, 0.5, size=(30, 3))
    res = rater_severity(_from_matrix(y), threshold=0.5)
    assert all("systematic_disagreement" not in r.flags for r in res.raters)
    few = rater_severity(_from_matrix(SF), min_ratings=10)
    assert all(r.flags == ("few_ratings",) for r in few.raters)


def test_a_rater_sharing_no_candidate_is_not_compared() -> None:
    arr = np.array([(0, 0, 3), (0, 1, 4), (1, 0, 2), (1, 1, 3), (2, 2, 5)], float)
    res = rater_severity(Ratings.from_codes(arr[:, 0], arr[:, 1], arr[:, 2]), min_ratings=1)
    lonely = res.raters[2]
    assert lonely.severity is None and lonely.mean_deviation is None
    assert "not_compared" in lonely.flags
