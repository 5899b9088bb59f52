"""The health page and the skeleton's database, on SQLite and on PostgreSQL."""

import pytest
from django.core.management import call_command
from django.db import connection

from candor_web.organisations.models import Organisation


@pytest.mark.django_db
def test_health_page_reports_ok(client) -> None:
    response = client.get("/health/")
    assert response.status_code == 200
    data = response.json()
    assert data["status"] == "ok"
    assert data["database"] == connection.vendor
    assert data["pending_migrations"] == 0


@pytest.mark.django_db
def test_health_rejects_post(client) -> None:
    assert client.post("/health/").status_code == 405


@pytest.mark.django_db
def test_organisation_round_trip() -> None:
    Organisation.objects.create(name="Northfield Components", slug="northfield")
    assert Organisation.objects.get(slug="northfield").name == "Northfield Components"


def test_which_database_runs() -> None:
    # Printed into the test log so CI output shows both runs.
    print(f"database vendor: {connection.vendor}")
    assert connection.vendor in ("sqlite", "postgresql")


@pytest.mark.django_db
def test_no_missing_migrations() -> None:
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


def test_system_checks_pass() -> None:
    call_command("check", fail_level="WARNING")
