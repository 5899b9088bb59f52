"""Positions, their versioned selection plans, candidates, applications and panels.

Every table carries ``organisation``; unique constraints start with it so that
the schema can later be distributed by organisation (see docs/architecture.md).
"""

from __future__ import annotations

from django.conf import settings
from django.db import models

from candor_web.organisations.models import Organisation


class Position(models.Model):
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    ref = models.SlugField(max_length=64, help_text="The plan's position.id")
    title = models.CharField(max_length=200)
    current_plan = models.ForeignKey(
        "PlanVersion", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["title", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["organisation", "ref"], name="position_org_ref")
        ]

    def __str__(self) -> str:
        return self.title


class PlanVersion(models.Model):
    """One version of a position's selection plan, stored as its YAML source.

    A version with scorecards against it never changes: an edit makes version
    ``number + 1``. ``content_hash`` is the core's ``Plan.version``.
    """

    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    position = models.ForeignKey(Position, on_delete=models.PROTECT, related_name="plan_versions")
    number = models.PositiveIntegerField()
    content_hash = models.CharField(max_length=80)
    source_yaml = models.TextField()
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["position_id", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "position", "number"], name="plan_version_org_number"
            )
        ]

    def __str__(self) -> str:
        return f"{self.position_id} v{self.number}"


class Candidate(models.Model):
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    ref = models.CharField(max_length=64, help_text="The candidate ID used in files and exports")
    name = models.CharField(max_length=200)
    email = models.EmailField(blank=True)
    internal = models.BooleanField(
        default=False, help_text="An employee applying for a promotion or transfer"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["organisation", "ref"], name="candidate_org_ref")
        ]

    def __str__(self) -> str:
        return self.name or self.ref


class Application(models.Model):
    """One candidate for one position, assessed under one plan version by a panel."""

    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    position = models.ForeignKey(Position, on_delete=models.PROTECT, related_name="applications")
    candidate = models.ForeignKey(Candidate, on_delete=models.PROTECT, related_name="applications")
    plan_version = models.ForeignKey(PlanVersion, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    round_closed_at = models.DateTimeField(null=True, blank=True)
    round_closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    missing_at_close = models.JSONField(
        default=list, blank=True, help_text="Usernames whose scorecards were missing at close"
    )

    class Meta:
        ordering = ["candidate__name", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "position", "candidate"],
                name="application_org_position_candidate",
            )
        ]

    def __str__(self) -> str:
        return f"{self.candidate_id} for {self.position_id}"


class PanelAssignment(models.Model):
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="panel")
    interviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="assignments"
    )
    assigned_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["interviewer__username"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "application", "interviewer"],
                name="panel_org_application_interviewer",
            )
        ]

    def __str__(self) -> str:
        return f"{self.interviewer_id} on {self.application_id}"
