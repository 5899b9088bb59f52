"""Shared fixtures. Web tests (under tests/web) are marked ``web`` automatically so
that the test command can run them again on PostgreSQL with ``-m web``."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
DEMO = ROOT / "src" / "candor" / "data" / "demo"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if "/tests/web/" in str(item.path):
            item.add_marker(pytest.mark.web)


@pytest.fixture
def demo_dir() -> Path:
    return DEMO


@pytest.fixture
def data_dir() -> Path:
    return DATA
