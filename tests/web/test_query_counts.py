"""List pages run a constant number of queries, however many rows they show."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client
from django.urls import reverse
from pytest_django import DjangoAssertNumQueries

from candor_web.hiring.services import candidates_import, position_create
from tests.web.factories import PLAN_YAML, World, submit

#: Session, user and organisation lookups that every signed-in page makes.
BASE = 3


def grow(world: World) -> None:
    """Add a second position and more candidates, scorecards and decisions."""
    recruiter = world.a["recruiter"]
    other = position_create(
        actor=recruiter, plan_yaml=PLAN_YAML.replace("prod-supervisor-line3", "prod-sup-line4")
    )
    rows = "".join(f"D{i},Person {i},external,p{i}@example.com\n" for i in range(8))
    candidates_import(
        actor=recruiter,
        position=other,
        data=("candidate,name,internal,email\n" + rows).encode(),
        filename="more.csv",
    )
    for ref in ("C02", "C03"):
        submit(world.a, "i1", ref)


PAGES: dict[str, tuple[str, int, Callable[[World], str]]] = {
    "positions": ("recruiter", BASE + 1, lambda w: reverse("positions")),
    "candidates": ("recruiter", BASE + 1, lambda w: reverse("candidates")),
    "decisions": ("analyst", BASE + 1, lambda w: reverse("decisions")),
    "interviews": ("i1", BASE + 1, lambda w: reverse("interviews")),
    "people": ("admin", BASE + 1, lambda w: reverse("people")),
    "audit": ("admin", BASE + 3, lambda w: reverse("audit")),
    "position": ("recruiter", BASE + 2, lambda w: reverse("position", args=[w.a.position.pk])),  # type: ignore[union-attr]
}


@pytest.mark.parametrize("page", sorted(PAGES))
def test_list_page_query_count_is_constant(
    world: World, django_assert_num_queries: DjangoAssertNumQueries, page: str
) -> None:
    who, expected, url_of = PAGES[page]
    client = Client()
    client.force_login(world.a[who])
    with django_assert_num_queries(expected):
        assert client.get(url_of(world)).status_code == 200
    grow(world)
    with django_assert_num_queries(expected):
        assert client.get(url_of(world)).status_code == 200
