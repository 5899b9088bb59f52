"""Statistics of the core: rater reliability, rater severity and adverse impact.

Every result is a frozen dataclass carrying a ``method_id`` (``"icc@1"``,
``"krippendorff_alpha@1"``, ``"rater_severity_ols@1"``, ``"four_fifths@1"``);
an undefined value is ``None`` with a reason, never ``nan``. The functions take
numpy arrays or plain sequences and never read files; :mod:`candor_cli` does
that.
"""

from candor.stats.alpha import LEVELS, AlphaResult, krippendorff_alpha, krippendorff_alpha_matrix
from candor.stats.impact import (
    GroupImpact,
    ImpactTable,
    combine_codes,
    count_by_group,
    impact_from_rows,
    impact_ratios,
    scoring_outcome,
)
from candor.stats.ratings import Ratings
from candor.stats.reliability import ICC_FORMS, ICCForm, ICCResult, MeanSquares, icc, icc_matrix
from candor.stats.severity import AdjustedScore, RaterSeverity, SeverityResult, rater_severity

__all__ = [
    "ICC_FORMS",
    "LEVELS",
    "AdjustedScore",
    "AlphaResult",
    "GroupImpact",
    "ICCForm",
    "ICCResult",
    "ImpactTable",
    "MeanSquares",
    "RaterSeverity",
    "Ratings",
    "SeverityResult",
    "combine_codes",
    "count_by_group",
    "icc",
    "icc_matrix",
    "impact_from_rows",
    "impact_ratios",
    "krippendorff_alpha",
    "krippendorff_alpha_matrix",
    "rater_severity",
    "scoring_outcome",
]
