"""Scorecards: one per interviewer per application; submitted revisions never change."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from candor_web.hiring.models import Application, PlanVersion
from candor_web.organisations.models import Organisation


class Scorecard(models.Model):
    """One interviewer's scorecard of one application.

    Created when first submitted. ``current_revision`` points at the latest
    submitted revision; a correction adds a revision and never overwrites one.
    """

    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    application = models.ForeignKey(
        Application, on_delete=models.PROTECT, related_name="scorecards"
    )
    interviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="scorecards"
    )
    plan_version = models.ForeignKey(PlanVersion, on_delete=models.PROTECT, related_name="+")
    current_revision = models.ForeignKey(
        "ScorecardRevision", null=True, on_delete=models.PROTECT, related_name="+"
    )
    submitted_at = models.DateTimeField()

    class Meta:
        ordering = ["application_id", "interviewer__username"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "application", "interviewer"],
                name="scorecard_org_application_interviewer",
            )
        ]

    def __str__(self) -> str:
        return f"scorecard {self.pk}"


class ScorecardRevision(models.Model):
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    scorecard = models.ForeignKey(Scorecard, on_delete=models.PROTECT, related_name="revisions")
    number = models.PositiveIntegerField()
    submitted_at = models.DateTimeField()
    reason = models.TextField(blank=True, help_text="Why a correction was made (revision 2+)")

    class Meta:
        ordering = ["scorecard_id", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "scorecard", "number"], name="scorecard_revision_number"
            )
        ]

    def __str__(self) -> str:
        return f"scorecard {self.scorecard_id} r{self.number}"


class ScorecardRating(models.Model):
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    revision = models.ForeignKey(
        ScorecardRevision, on_delete=models.PROTECT, related_name="ratings"
    )
    criterion_id = models.CharField(max_length=64)
    level = models.SmallIntegerField()
    evidence = models.TextField()

    class Meta:
        ordering = ["revision_id", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "revision", "criterion_id"],
                name="scorecard_rating_criterion",
            )
        ]

    def __str__(self) -> str:
        return f"{self.criterion_id}={self.level}"
