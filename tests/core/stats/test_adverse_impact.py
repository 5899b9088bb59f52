"""Adverse impact: UGESP Q&A and DCWP examples, exact flags, cross-checks, properties."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from candor.errors import InputError
from candor.stats import (
    ImpactTable,
    combine_codes,
    count_by_group,
    impact_from_rows,
    impact_ratios,
    scoring_outcome,
)

# UGESP Questions and Answers, 44 FR 11996 (2 March 1979),
# https://www.eeoc.gov/laws/guidance/questions-and-answers-clarify-and-provide-common-interpretation-uniform-guidelines
# The EEOC page could not be read past its opening here (the stored copy holds only the
# start of the page). What was retrieved, and from where, is noted on each test.


def test_ugesp_qa_12_four_step_example() -> None:
    """UGESP Q&A 12: 48 of 80 white and 12 of 40 Black applicants hired; rates 60 % and
    30 %; the Black rate is one-half (50 %) of the white rate, so adverse impact is
    indicated.

    NOT VERIFIED against the primary text: these counts were written from memory. That
    Q&A 12 is the four-step method is confirmed only by a secondary source
    (http://adverseimpact.org/CalculatingAdverseImpact/Four-FifthsRule.htm, "see Question
    & Answer #12"). Check the counts against the EEOC page before citing them.
    """
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
    rates only; per-100 counts reproduce them exactly.

    Text retrieved as quoted (verbatim, with the EEOC as source) at
    https://dataethicsrepository.iaa.ncsu.edu/?p=1099: "For example, if the hiring rate
    for whites other than Hispanics is 60%, for American Indians 45%, for Hispanics 48%,
    and for Blacks 51%, ... These comparisons show the following impact ratios: American
    Indians 45/60 or 75%; Hispanics 48/60 or 80%; and Blacks 51/60 or 85%. Applying the
    4/5ths or 80% rule of thumb, on the basis of the above information alone, adverse
    impact is indicated for American Indians but not for Hispanics or Blacks." The
    example is attributed to Q&A 11 by that page's summary and the project reference.
    """
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


# --- NYC DCWP rules for Local Law 144, 6 RCNY § 5-301 ("Bias Audit") -------------
#
# Source: NYC Department of Consumer and Worker Protection, Rules on Automated Employment
# Decision Tools (Notice of Adoption, April 2023), 6 RCNY § 5-301,
# https://codelibrary.amlegal.com/codes/newyorkcity/latest/NYCrules/0-0-0-138530
#
# What was retrieved, and from where:
# - amlegal page (primary): the text of § 5-301(a)-(b)(4) and the opening of the
#   selection example up to its "Sex Categories" heading; the tables themselves were
#   not in the retrievable part of the page.
# - DCWP rule PDF as chunked in the Hugging Face dataset rk68/LL144-giskard-239
#   (https://huggingface.co/datasets/rk68/LL144-giskard-239, "Document 12"; primary
#   text): the scoring example's sex table and the first five race/ethnicity rows.
# - Everything else (the whole selection example, the last two race/ethnicity rows and
#   the intersectional table of the scoring example, the unknown counts) comes from a
#   Markdown rendition of the final rule: GitHub DenzilGreenwood/CIAF_Model_Creation,
#   Docs/Regulatory_Bodies/US_State/New_York/NYC_Local_Law_144_Final_Rule.md (commit
#   2306714db0d7db48155c8f46240e40a59932b5ef). SECONDARY: check these numbers against
#   the DCWP PDF before citing them. Where the rendition overlaps the primary chunk
#   (scoring sex table, five race rows) it agrees cell for cell, and every printed rate
#   and ratio below follows from the printed counts.


def _reads_as(value: float, printed: str) -> bool:
    """Whether value, rounded half-up to as many decimals as printed has, reads as printed."""
    shown = Decimal(printed)
    return Decimal(repr(value)).quantize(shown, rounding=ROUND_HALF_UP) == shown


# § 5-301(b), example of an AEDT that selects (resume screening; vendor data from
# several employers): group -> (# of applicants, # selected, selection rate %, impact
# ratio) as printed. The rates and ratios are rounded half-up, not cut: 667/1390 is
# 47.99 % and prints as 48 %; 15/32 is 46.875 % and prints as 46.9 %. The ratios are
# computed from the exact rates, not the printed ones (95/226 over 215/412 is 0.8055,
# printed 0.806; 42.0/52.2 would give 0.805). The rule adds: "The AEDT was also used to
# assess 250 individuals with an unknown sex or race/ethnicity category. Data on those
# individuals was not included in the calculations above."
DCWP_SELECTION_UNKNOWN = 250
DCWP_SELECTION_SEX = {
    "Male": (1390, 667, "48", "1.00"),
    "Female": (1181, 555, "47", "0.979"),  # three decimals as rendered; others have two
}
DCWP_SELECTION_RACE = {
    "Hispanic or Latino": (408, 204, "50", "0.97"),
    "White (Not Hispanic or Latino)": (797, 412, "52", "1.00"),
    "Black or African American (Not Hispanic or Latino)": (390, 170, "44", "0.84"),
    "Native Hawaiian or Pacific Islander (Not Hispanic or Latino)": (119, 52, "44", "0.85"),
    "Asian (Not Hispanic or Latino)": (616, 302, "49", "0.95"),
    "Native American or Alaska Native (Not Hispanic or Latino)": (41, 18, "44", "0.85"),
    "Two or More Races (Not Hispanic or Latino)": (213, 96, "45", "0.87"),
}
# Intersectional table: "Hispanic or Latino" by sex, then "Non/Hispanic or Latino" by
# sex and race. Keys are (sex, race/ethnicity).
DCWP_SELECTION_INTERSECTIONAL = {
    ("Male", "Hispanic or Latino"): (205, 90, "43.9", "0.841"),
    ("Female", "Hispanic or Latino"): (190, 82, "43.2", "0.827"),
    ("Male", "White"): (412, 215, "52.2", "1.000"),
    ("Male", "Black or African American"): (226, 95, "42.0", "0.806"),
    ("Male", "Native Hawaiian or Pacific Islander"): (87, 37, "42.5", "0.815"),
    ("Male", "Asian"): (321, 167, "52.0", "0.997"),
    ("Male", "Native American or Alaska Native"): (24, 11, "45.8", "0.878"),
    ("Male", "Two or More Races"): (115, 52, "45.2", "0.866"),
    ("Female", "White"): (385, 197, "51.2", "0.981"),
    ("Female", "Black or African American"): (164, 75, "45.7", "0.876"),
    ("Female", "Native Hawaiian or Pacific Islander"): (32, 15, "46.9", "0.898"),
    ("Female", "Asian"): (295, 135, "45.8", "0.877"),
    ("Female", "Native American or Alaska Native"): (17, 7, "41.2", "0.789"),
    ("Female", "Two or More Races"): (98, 44, "44.9", "0.860"),
}


def _selection_table(
    example: dict[str, tuple[int, int, str, str]],
    *,
    unknown: int = 0,
    min_share: float | None = None,
) -> ImpactTable:
    names = list(example)
    return impact_ratios(
        names,
        [example[g][0] for g in names],
        [example[g][1] for g in names],
        unknown=unknown,
        min_share=min_share,
    )


@pytest.mark.parametrize(
    ("example", "reference"),
    [
        (DCWP_SELECTION_SEX, "Male"),
        (DCWP_SELECTION_RACE, "White (Not Hispanic or Latino)"),
    ],
    ids=["sex", "race"],
)
def test_dcwp_selection_example(
    example: dict[str, tuple[int, int, str, str]], reference: str
) -> None:
    """6 RCNY § 5-301(b) example, sex and race/ethnicity tables: every printed selection
    rate and impact ratio, the most selected category, and no ratio under four-fifths."""
    t = _selection_table(example, unknown=DCWP_SELECTION_UNKNOWN)
    assert t.reference_group == reference
    assert t.unknown == DCWP_SELECTION_UNKNOWN
    for g, (n, s, rate_pct, ratio) in example.items():
        row = t[g]
        assert (row.applicants, row.selected) == (n, s)
        assert _reads_as(100 * row.rate, rate_pct), (g, row.rate, rate_pct)
        assert row.impact_ratio is not None and _reads_as(row.impact_ratio, ratio), g
        assert row.adverse_impact is False


def test_dcwp_selection_intersectional_example() -> None:
    """6 RCNY § 5-301(b) example, intersectional table: every printed rate (one decimal)
    and ratio (three decimals). White male is the most selected category; Native American
    or Alaska Native female (7 of 17, ratio 0.789) is the one ratio under four-fifths,
    though every marginal sex and race/ethnicity ratio passes."""
    example = {f"{sex} | {race}": v for (sex, race), v in DCWP_SELECTION_INTERSECTIONAL.items()}
    t = _selection_table(example, unknown=DCWP_SELECTION_UNKNOWN)
    assert t.reference_group == "Male | White"
    for g, (_, _, rate_pct, ratio) in example.items():
        row = t[g]
        assert _reads_as(100 * row.rate, rate_pct), (g, row.rate, rate_pct)
        assert row.impact_ratio is not None and _reads_as(row.impact_ratio, ratio), g
    flagged = [g.group for g in t.groups if g.adverse_impact]
    assert flagged == ["Female | Native American or Alaska Native"]
    # § 5-301(d) lets the auditor leave out categories under 2 % of the data; the example
    # does not. With the option, the three small cells drop out and nothing else changes.
    cut = _selection_table(example, min_share=0.02)
    assert [g.group for g in cut.groups if g.excluded] == [
        "Male | Native American or Alaska Native",
        "Female | Native Hawaiian or Pacific Islander",
        "Female | Native American or Alaska Native",
    ]
    assert cut.reference_group == "Male | White"
    assert not any(g.adverse_impact for g in cut.groups)
    for g in cut.groups:
        if not g.excluded:
            assert g.impact_ratio == t[g.group].impact_ratio


def test_dcwp_selection_example_marginals_from_intersectional_rows() -> None:
    """Per-applicant rows built from the intersectional counts (plus the 250 unknowns)
    give the published sex table exactly. The race/ethnicity marginals match the
    published race table except Hispanic or Latino: the intersectional cells sum to 395
    applicants and 172 selected, the race table prints 408 and 204 (its total is 2584
    applicants against 2571 in the sex and intersectional tables). The discrepancy is in
    the published example, not in candor."""
    sex: list[str | None] = []
    race: list[str | None] = []
    selected: list[bool] = []
    for (s_, r_), (n, k, _, _) in DCWP_SELECTION_INTERSECTIONAL.items():
        sex += [s_] * n
        race += [r_] * n
        selected += [True] * k + [False] * (n - k)
    sex += [None] * DCWP_SELECTION_UNKNOWN
    race += [None] * DCWP_SELECTION_UNKNOWN
    selected += [False] * DCWP_SELECTION_UNKNOWN
    by_sex, by_race, inter = impact_from_rows({"sex": sex, "race": race}, selected=selected)
    for g, (n, k, _, _) in DCWP_SELECTION_SEX.items():
        assert (by_sex[g].applicants, by_sex[g].selected) == (n, k)
    assert by_sex.unknown == by_race.unknown == inter.unknown == DCWP_SELECTION_UNKNOWN
    for published, (n, k, _, _) in DCWP_SELECTION_RACE.items():
        short = published.removesuffix(" (Not Hispanic or Latino)")
        got = (by_race[short].applicants, by_race[short].selected)
        if short == "Hispanic or Latino":
            assert got == (395, 172) != (n, k)
        else:
            assert got == (n, k)
    assert by_race.reference_group == "White"
    assert inter.reference_group == "Male | White"


# § 5-301(d) example of an AEDT that scores ("culture fit"): number of applicants,
# scoring rate and impact ratio per category as printed. The rule gives no raw scores;
# the counts above the median are the published rate times the applicants (e.g. 54.3 %
# of 92 = 50). The printed rates are cut to one decimal (64.2 % for 18/28) or rounded
# (41.7 % for 10/24); both are within 0.1 point. Sex rows and the first five race rows
# are checked against the primary chunk; the last two race rows and the intersectional
# table are from the secondary rendition (see the source note above). The rule adds that
# the AEDT also assessed 15 individuals with an unknown sex or race/ethnicity category.
DCWP_SCORING_SEX = {"Male": (92, 50, 54.3, 1.00), "Female": (76, 34, 44.7, 0.82)}
DCWP_SCORING_RACE = {
    "Hispanic or Latino": (28, 18, 64.2, 1.00),
    "White (Not Hispanic or Latino)": (40, 15, 37.5, 0.58),
    "Black or African American (Not Hispanic or Latino)": (32, 16, 50.0, 0.78),
    "Native Hawaiian or Pacific Islander (Not Hispanic or Latino)": (8, 5, 62.5, 0.97),
    "Asian (Not Hispanic or Latino)": (24, 10, 41.7, 0.65),
    "Native American or Alaska Native (Not Hispanic or Latino)": (16, 10, 62.5, 0.97),
    "Two or More Races (Not Hispanic or Latino)": (20, 10, 50.0, 0.78),
}
DCWP_SCORING_INTERSECTIONAL = {
    ("Male", "Hispanic or Latino"): (16, 12, 75.0, 1.00),
    ("Female", "Hispanic or Latino"): (12, 6, 50.0, 0.67),
    ("Male", "White"): (20, 7, 35.0, 0.47),
    ("Male", "Black or African American"): (20, 10, 50.0, 0.67),
    ("Male", "Native Hawaiian or Pacific Islander"): (4, 3, 75.0, 1.00),
    ("Male", "Asian"): (12, 7, 58.3, 0.78),
    ("Male", "Native American or Alaska Native"): (8, 5, 62.5, 0.83),
    ("Male", "Two or More Races"): (12, 6, 50.0, 0.67),
    ("Female", "White"): (20, 8, 40.0, 0.53),
    ("Female", "Black or African American"): (12, 6, 50.0, 0.67),
    ("Female", "Native Hawaiian or Pacific Islander"): (4, 2, 50.0, 0.67),
    ("Female", "Asian"): (12, 3, 25.0, 0.33),
    ("Female", "Native American or Alaska Native"): (8, 5, 62.5, 0.83),
    ("Female", "Two or More Races"): (8, 4, 50.0, 0.67),
}
DCWP_SCORING_INTERSECTIONAL_BY_NAME = {
    f"{sex} | {race}": v for (sex, race), v in DCWP_SCORING_INTERSECTIONAL.items()
}


@pytest.mark.parametrize(
    "example",
    [DCWP_SCORING_SEX, DCWP_SCORING_RACE, DCWP_SCORING_INTERSECTIONAL_BY_NAME],
    ids=["sex", "race", "intersectional"],
)
def test_dcwp_scoring_rate_example(example: dict[str, tuple[int, int, float, float]]) -> None:
    """6 RCNY § 5-301(d) scoring example: printed scoring rates (within 0.1 point) and
    impact ratios (two decimals); the highest-scoring category is listed first (in the
    intersectional table Hispanic or Latino male ties with Native Hawaiian or Pacific
    Islander male at 75 %, and the first listed is the reference)."""
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
        # The flag agrees with the exact ratio; printed ratios never sit at 0.80 here.
        assert row.adverse_impact is (ratio < 0.8)
    assert t.reference_group == names[0]


def test_dcwp_scoring_example_marginals_from_intersectional_rows() -> None:
    """The scoring example is internally consistent: rows built from its intersectional
    counts give exactly the published sex and race/ethnicity tables."""
    sex: list[str | None] = []
    race: list[str | None] = []
    above: list[bool] = []
    for (s_, r_), (n, k, _, _) in DCWP_SCORING_INTERSECTIONAL.items():
        sex += [s_] * n
        race += [r_] * n
        above += [True] * k + [False] * (n - k)
    by_sex, by_race, _ = impact_from_rows({"sex": sex, "race": race}, selected=above)
    for g, (n, k, _, _) in DCWP_SCORING_SEX.items():
        assert (by_sex[g].applicants, by_sex[g].selected) == (n, k)
    for published, (n, k, _, _) in DCWP_SCORING_RACE.items():
        short = published.removesuffix(" (Not Hispanic or Latino)")
        assert (by_race[short].applicants, by_race[short].selected) == (n, k)


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
    """UGESP Q&A 21: with small numbers one different selection can reverse the result.

    Retrieved wording (from a third-party copy of the Q&A text, page
    https://kmsdv.ru/validating-unethical-behaviors-3102.html; the question number is not
    visible there): "Generally, it is inappropriate to require validity evidence or to
    take enforcement action where the number of persons and the difference in selection
    rates are so small that the selection of one different person for one job would shift
    the result from adverse impact against one group to a situation in which that group
    has a higher selection rate than the other group." The counts below are candor's own,
    not the Q&A's: after the swap B's rate (2/8) is strictly higher than A's (2/10), so the
    case holds under the Q&A's "higher" as well as candor's "at least as high".
    """
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
