"""Roles become permissions in one table; platform operators see no tenant data."""

from __future__ import annotations

import pytest
from django.contrib.auth.hashers import Argon2PasswordHasher

from candor_web.accounts.models import User
from candor_web.accounts.permissions import Perm, has_perm
from candor_web.accounts.services import user_create
from candor_web.errors import ServiceError
from tests.web.factories import World

EXPECTED = {
    "admin": {
        "manage_people",
        "manage_hiring",
        "view_hiring",
        "decide",
        "view_audit",
        "handle_feedback",
    },
    "recruiter": {"manage_hiring", "view_hiring", "decide", "handle_feedback"},
    "interviewer": {"rate"},
    "analyst": {"view_hiring", "view_audit"},
}


@pytest.mark.parametrize("who", ["admin", "recruiter", "i1", "analyst"])
def test_role_permissions(world: World, who: str) -> None:
    user = world.a[who]
    granted = {p.value for p in Perm if has_perm(user, p)}
    assert granted == EXPECTED[user.role]


def test_inactive_and_organisationless_users_have_no_permissions(world: World) -> None:
    user = world.a["admin"]
    user.is_active = False
    assert not any(has_perm(user, p) for p in Perm)
    operator = User.objects.create_superuser("root", password="x" * 12)
    assert not any(has_perm(operator, p) for p in Perm)


def test_passwords_are_hashed_with_argon2() -> None:
    from candor_web import settings as production

    assert production.PASSWORD_HASHERS[0] == "django.contrib.auth.hashers.Argon2PasswordHasher"
    hasher = Argon2PasswordHasher()
    assert hasher.encode("pw", hasher.salt()).startswith("argon2$argon2id$")


def test_user_create_validates_password_and_uniqueness(world: World) -> None:
    org = world.a.organisation
    with pytest.raises(ServiceError) as err:
        user_create(organisation=org, username="newbie", password="password", role="analyst")
    assert err.value.code == "user_password"
    with pytest.raises(ServiceError) as err:
        user_create(
            organisation=org, username="NF-ADMIN", password="a-long-passphrase", role="analyst"
        )
    assert err.value.code == "user_exists"
    with pytest.raises(ServiceError) as err:
        user_create(
            organisation=org,
            username="x",
            password="a-long-passphrase",
            role="analyst",
            actor=world.b["admin"],
        )
    assert err.value.code == "user_org"
