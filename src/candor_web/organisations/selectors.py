"""Reads for the organisations app."""

from __future__ import annotations

from typing import Any

from django.db import connection
from django.db.migrations.executor import MigrationExecutor

import candor


def system_health() -> dict[str, Any]:
    """Database reachability and whether every migration is applied."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    executor = MigrationExecutor(connection)
    pending = executor.migration_plan(executor.loader.graph.leaf_nodes())
    return {
        "status": "ok" if not pending else "migrations_pending",
        "version": candor.__version__,
        "database": connection.vendor,
        "pending_migrations": len(pending),
    }
