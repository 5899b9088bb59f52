"""Language screening: flag wording in notes and letters that may be risky.

The entry point is :func:`lint`, and :func:`lint_many` for bulk work. It flags wording that *may* be risky in a
hiring record (protected characteristics and proxies, undefined fit, comparisons
with other candidates, promises, accusations, salary history) and proposes a
job-related rewrite. It does not detect bias; a person decides.

.. versionadded:: 0.1
"""

from __future__ import annotations

from candor.language.catalogue import explain, get_rule, rules
from candor.language.engine import lint, lint_many
from candor.language.model import (
    CATEGORIES,
    SEVERITIES,
    Category,
    Finding,
    LintReport,
    Rule,
    Severity,
    UnknownRuleError,
)

__all__ = [
    "CATEGORIES",
    "SEVERITIES",
    "Category",
    "Finding",
    "LintReport",
    "Rule",
    "Severity",
    "UnknownRuleError",
    "explain",
    "get_rule",
    "lint",
    "lint_many",
    "rules",
]
