"""The built-in rules, one module per category family.

Rule IDs are stable: an ID names one rule forever and is never reused, even after the
rule is withdrawn (docs/language.md, "Rule IDs").
"""

from __future__ import annotations

from candor.language.model import Rule
from candor.language.rules import (
    accusation,
    age,
    appearance,
    comparison,
    disability,
    family,
    fit,
    genetic,
    promise,
    race,
    religion,
    salary,
    sex_gender,
    sogi,
    veteran,
)

ALL_RULES: tuple[Rule, ...] = (
    *age.RULES,
    *sex_gender.RULES,
    *family.RULES,
    *race.RULES,
    *religion.RULES,
    *disability.RULES,
    *sogi.RULES,
    *genetic.RULES,
    *veteran.RULES,
    *appearance.RULES,
    *fit.RULES,
    *comparison.RULES,
    *promise.RULES,
    *accusation.RULES,
    *salary.RULES,
)

__all__ = ["ALL_RULES"]
