"""Adverse impact: UGESP Q&A and DCWP examples, exact flags, cross-checks, properties."""

from __future__ import annotations

from fractions import Fraction

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from candor.errors import InputError
from candor.stats import (
    combine_codes,
    count_by_group,
    impact_from_rows,
    impact_ratios,
    scoring_outcome,
)


def test_ugesp_qa_12_four_step_example() -> None:
    """UGESP Questions and Answers (44 FR 11996, 1979), Q&A 12: 48 of 80 white and 12 of
    40 Black applicants hired; rates 60 % and 30 %; the Black rate is one-half (50 %) of
    the white rate, so adverse impact is indicated."""
    t = impact_ratios(["White", "Black"], [80, 40], [48, 12])
    assert t.reference_group == "White"
    assert (t["White"].rate, t["Black"].rate) == (0.6, 0.3)
    assert t["Black"].impact_ratio == 0.5
    assert t["Black"].adverse_impact is True
    assert t["White"].impact_ratio == 1.0 and t["White"].adverse_impact is False


def test_ugesp_qa_11_exactly_four_fifths_is_not_flagged() -> None:
    """UGESP Q&A 11: hiring rates of 60 % (whites), 45 % (American Indians), 48 %
    (Hispanics), 51 % (Blacks) give ratios 75 %, 80 % and 85 %; adverse impact is
    indicated for American Indians but not for Hispanics or Blacks. The Q&A gives
    rates only; per-100 counts reproduce them exactly."""
    t = impact_ratios(
        ["White", "American Indian", "Hispanic", "Black"], [100] * 4, [60, 45, 48, 51]
    )
    assert [t[g].impact_ratio for g in ("American Indian", "Hispanic", "Black")] == [
        0.75,
        0.8,
        0.85,
    ]
    assert t["American Indian"].adverse_impact is True
    assert t["Hispanic"].adverse_impact is False
    assert t["Black"].adverse_impact is False


def test_float_boundary_case_from_the_reference_notes() -> None:
    """(36/50)/(9/10) is 0.7999999999999999 in doubles but exactly 4/5: not flagged."""
    assert (36 / 50) / (9 / 10) < 0.8  # the trap the integer rule avoids
    t = impact_ratios(["A", "B"], [10, 50], [9, 36])
    assert t["B"].impact_ratio == 0.8 and t["B"].adverse_impact is False
    t2 = impact_ratios(["A", "B"], [10, 50], [9, 35])
    assert t2["B"].adverse_impact is True


# 6 RCNY § 5-301(d), example of a scored AEDT ("culture fit"): number of applicants,
# scoring rate and impact ratio per category as printed in the DCWP rule. The rule
# gives no raw scores; the counts above the median are the published rate times the
# applicants (e.g. 54.3 % of 92 = 50). The printed rates are cut to one decimal
# (64.2 % for 18/28) or rounded (41.7 % for 10/24); both are within 0.1 point.
DCWP_SCORING_SEX = {"Male": (92, 50, 54.3, 1.00), "Female": (76, 34, 44.7, 0.82)}
DCWP_SCORING_RACE = {
    "Hispanic or Latino": (28, 18, 64.2, 1.00),
    "White (Not Hispanic or Latino)": (40, 15, 37.5, 0.58),
    "Black or African American (Not Hispanic or Latino)": (32, 16, 50.0, 0.78),
    "Native Hawaiian or Pacific Islander (Not Hispanic or Latino)": (8, 5, 62.5, 0.97),
    "Asian (Not Hispanic or Latino)": (24, 10, 41.7, 0.65),
}


@pytest.mark.parametrize("example", [DCWP_SCORING_SEX, DCWP_SCORING_RACE], ids=["sex", "race"])
def test_dcwp_scoring_rate_example(example: dict[str, tuple[int, int, float, float]]) -> None:
    names = list(example)
    t = impact_ratios(
        names,
        [example[g][0] for g in names],
        [example[g][1] for g in names],
        rate="scoring",
    )
    for g in names:
        _, _, rate_pct, ratio = example[g]
        row = t[g]
        assert abs(100 * row.rate - rate_pct) < 0.1
        assert row.impact_ratio is not None and round(row.impact_ratio, 2) == ratio
    assert t.reference_group == names[0]


def test_scoring_rate_uses_strictly_above_the_full_sample_median() -> None:
    """DCWP § 5-300 'scoring rate': above the median of the full sample, unknown included."""
    scores = [1, 2, 3, 3, 3, 4, 5, 6]  # even n: median (3 + 3)/2 = 3; ties are not above
    above, median = scoring_outcome(scores)
    assert median == 3.0
    assert above.tolist() == [False, False, False, False, False, True, True, True]
    groups = {"sex": ["F", "F", "M", "M", None, "F", "M", None]}
    (t,) = impact_from_rows(groups, scores=scores)
    assert t.rate == "scoring" and t.median == 3.0 and t.unknown == 2
    assert (t["F"].applicants, t["F"].selected, t["M"].applicants, t["M"].selected) == (3, 1, 3, 1)


def test_unknown_rows_are_counted_not_dropped() -> None:
    sex = ["F", None, "M", "M", None, "F"]
    (t,) = impact_from_rows({"sex": sex}, selected=[True, True, False, True, False, True])
    assert t.unknown == 2
    assert t.applicants == 4 and t["F"].selected == 2 and t["M"].selected == 1


def test_intersection_table_joins_values_in_by_order() -> None:
    sex = ["F", "F", "M", "M", "F", None]
    race = ["A", "B", "A", "B", "A", "A"]
    tables = impact_from_rows(
        {"sex": sex, "race": race}, selected=[True, False, True, True, True, True]
    )
    assert [t.by for t in tables] == [("sex",), ("race",), ("sex", "race")]
    inter = tables[2]
    assert [g.group for g in inter.groups] == ["F | A", "F | B", "M | A", "M | B"]
    assert inter["F | A"].applicants == 2 and inter.unknown == 1


def test_min_share_excludes_small_groups_from_ratios_but_reports_them() -> None:
    """LL144 § 5-301(d): a category under 2 % may be left out of the impact ratios; its
    number of applicants and rate must still be published."""
    t = impact_ratios(["A", "B", "Tiny"], [500, 480, 19], [200, 150, 19], min_share=0.02)
    tiny = t["Tiny"]
    assert tiny.excluded and tiny.impact_ratio is None and tiny.adverse_impact is None
    assert tiny.applicants == 19 and tiny.rate == 1.0
    assert "excluded" in tiny.reasons["impact_ratio"]
    assert t.reference_group == "A"  # not the 100 % tiny group
    unexcluded = impact_ratios(["A", "B", "Tiny"], [500, 480, 19], [200, 150, 19])
    assert unexcluded.reference_group == "Tiny"
    assert "reference_group_small" in unexcluded.warnings
    exactly_two_percent = impact_ratios(["A", "B"], [98, 2], [1, 1], min_share=0.02)
    assert not exactly_two_percent["B"].excluded  # "less than 2 %" only


def test_tests_match_scipy_and_statsmodels() -> None:
    """Fisher two- and one-sided p equal scipy.stats.fisher_exact; Z equals statsmodels'
    pooled proportions_ztest (positive when the focal group is selected less)."""
    from scipy import stats

    ztest = pytest.importorskip("statsmodels.stats.proportion").proportions_ztest
    t = impact_ratios(["ref", "focal"], [120, 90], [60, 25])
    f = t["focal"]
    table = [[25, 65], [60, 60]]
    assert f.fisher_p == pytest.approx(stats.fisher_exact(table).pvalue, rel=1e-12)
    assert f.fisher_p_less == pytest.approx(
        stats.fisher_exact(table, alternative="less").pvalue, rel=1e-12
    )
    z, p = ztest([60, 25], [120, 90], value=0, prop_var=False)
    assert f.z == pytest.approx(z, rel=1e-12) and f.z > 0
    assert f.z_p == pytest.approx(p, rel=1e-10)
    chi2 = stats.chi2_contingency(table, correction=False)[0]
    assert f.z**2 == pytest.approx(chi2, rel=1e-10)


def test_rates_and_ratios_match_fairlearn_metricframe() -> None:
    """Per-group rates equal fairlearn's MetricFrame(selection_rate).by_group; the UGESP
    ratio is by_group / by_group.max() (not fairlearn's to_overall)."""
    fl = pytest.importorskip("fairlearn.metrics")
    rng = np.random.default_rng(2)
    sex = rng.choice(["F", "M", "X"], size=600, p=[0.45, 0.45, 0.1])
    race = rng.choice(["a", "b", "c"], size=600)
    selected = rng.random(600) < np.where(sex == "F", 0.3, 0.4)
    tables = impact_from_rows({"sex": sex.tolist(), "race": race.tolist()}, selected=selected)
    mf = fl.MetricFrame(
        metrics=fl.selection_rate,
        y_true=selected,
        y_pred=selected,
        sensitive_features={"sex": sex, "race": race},
    )
    by_group = mf.by_group
    inter = tables[2]
    for (s, r), rate in by_group.items():
        row = inter[f"{s} | {r}"]
        assert row.rate == pytest.approx(rate)
        assert row.impact_ratio == pytest.approx(rate / by_group.max())
    single = fl.MetricFrame(
        metrics=fl.selection_rate, y_true=selected, y_pred=selected, sensitive_features=sex
    ).by_group
    for g, rate in single.items():
        assert tables[0][g].rate == pytest.approx(rate)


def test_shortfall_needed_and_swap() -> None:
    t = impact_ratios(["ref", "focal"], [100, 50], [50, 10])
    f = t["focal"]
    assert f.shortfall == pytest.approx(50 * 60 / 150 - 10)
    # ceil(4 * 50 * 50 / (5 * 100)) - 10 = 20 - 10
    assert f.selections_needed == 10
    assert impact_ratios(["ref", "focal"], [100, 50], [50, 20])["focal"].adverse_impact is False
    assert impact_ratios(["ref", "focal"], [100, 50], [50, 19])["focal"].adverse_impact is True
    assert f.swap_reverses is False


def test_one_person_swap_reverses_small_result() -> None:
    """UGESP Q&A 21: with small numbers one different selection can reverse the result."""
    t = impact_ratios(["A", "B"], [10, 8], [3, 1])
    b = t["B"]
    assert b.adverse_impact is True and b.swap_reverses is True  # 2/8 >= 2/10
    assert "one_person_swap_reverses" in b.warnings
    assert "small_expected_count" in b.warnings


def test_nobody_selected_leaves_ratios_undefined() -> None:
    t = impact_ratios(["A", "B"], [10, 20], [0, 0])
    assert t.reference_group is None and t.reason is not None
    for g in t.groups:
        assert g.impact_ratio is None and g.adverse_impact is None
        assert "nobody was selected" in g.reasons["impact_ratio"]
    assert "none_selected" in t.warnings


def test_z_undefined_when_everyone_selected() -> None:
    t = impact_ratios(["A", "B"], [10, 20], [10, 20])
    assert t["B"].z is None and "pooled selection rate" in t["B"].reasons["z"]
    assert t["B"].fisher_p == 1.0


@pytest.mark.parametrize(
    ("groups", "applicants", "selected", "fragment"),
    [
        (["A", "B"], [10, 5], [11, 1], "11 selected but only 10"),
        (["A", "B"], [10, -5], [1, 1], "negative"),
        (["A", "B"], [10, 0], [1, 0], "no applicants"),
        (["A"], [10], [1], "at least two groups"),
        (["A", "A"], [10, 10], [1, 1], "appears twice"),
    ],
)
def test_bad_counts_raise_input_error(
    groups: list[str], applicants: list[int], selected: list[int], fragment: str
) -> None:
    with pytest.raises(InputError, match=fragment):
        impact_ratios(groups, applicants, selected)


def test_count_by_group_and_combine_codes() -> None:
    codes = np.array([0, 1, 1, 2, 3, 3, 0], dtype=np.int8)
    sel = np.array([1, 0, 1, 1, 1, 0, 0], dtype=bool)
    n, s, unknown = count_by_group(codes, sel, n_groups=3)
    assert n.tolist() == [2, 2, 1] and s.tolist() == [1, 1, 1] and unknown == 2
    combined, total = combine_codes([np.array([0, 1, 2, 1]), np.array([1, 0, 0, 3])], [2, 3])
    assert total == 6 and combined.tolist() == [1, 3, 6, 6]


counts = st.lists(
    st.tuples(st.integers(1, 400), st.integers(0, 400)).map(lambda t: (t[0], min(t[0], t[1]))),
    min_size=2,
    max_size=8,
)


@settings(max_examples=150, deadline=None)
@given(counts)
def test_properties_of_any_table(rows: list[tuple[int, int]]) -> None:
    names = [f"g{i}" for i in range(len(rows))]
    n = [r[0] for r in rows]
    s = [r[1] for r in rows]
    t = impact_ratios(names, n, s, tests=False)
    assert sum(g.shortfall for g in t.groups) == pytest.approx(0, abs=1e-6)
    if sum(s) == 0:
        assert all(g.impact_ratio is None for g in t.groups)
        return
    ref = t[t.reference_group or ""]
    assert ref.impact_ratio == 1.0 and ref.adverse_impact is False
    ref_rate = Fraction(ref.selected, ref.applicants)
    for g in t.groups:
        assert g.impact_ratio is not None and 0 <= g.impact_ratio <= 1
        exact = Fraction(g.selected, g.applicants) / ref_rate
        assert g.adverse_impact is (exact < Fraction(4, 5))
        assert g.selections_needed is not None
        after = Fraction(g.selected + g.selections_needed, g.applicants) / ref_rate
        assert after >= Fraction(4, 5)
        if g.selections_needed > 0:
            before = Fraction(g.selected + g.selections_needed - 1, g.applicants) / ref_rate
            assert before < Fraction(4, 5)
    # Order of the groups changes no number.
    t2 = impact_ratios(names[::-1], n[::-1], s[::-1], tests=False)
    for g in t.groups:
        assert t2[g.group].impact_ratio == g.impact_ratio
