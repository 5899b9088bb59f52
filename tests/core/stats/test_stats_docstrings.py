"""The examples in the statistics docstrings run and give the numbers they show."""

from __future__ import annotations

import doctest
import importlib

import pytest


@pytest.mark.parametrize("module", ["reliability", "alpha", "impact", "severity", "ratings"])
def test_docstring_examples(module: str) -> None:
    mod = importlib.import_module(f"candor.stats.{module}")
    result = doctest.testmod(mod, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0
