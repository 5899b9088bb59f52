"""Small display filters for candor's templates."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django import template

register = template.Library()


@register.filter
def get(mapping: Mapping[Any, Any], key: Any) -> Any:
    """``{{ names|get:criterion_id }}``"""
    return mapping.get(key, key)


@register.filter
def score(value: float | None) -> str:
    """Two decimals, as the core prints them; an em dash for no value."""
    return "—" if value is None else f"{value:.2f}"
