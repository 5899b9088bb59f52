"""Web test fixtures: two organisations, staff of every role, the demo plan."""

from __future__ import annotations

from typing import Any

import pytest

from tests.web.factories import World, build_world


@pytest.fixture
def world(db: None) -> World:
    return build_world()


@pytest.fixture(autouse=True)
def fast_password_hashing(settings: Any) -> None:
    """Argon2 costs ~0.12 s a hash by design; tests create many users. Production's
    setting is checked in tests/web/accounts/test_permissions.py."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
