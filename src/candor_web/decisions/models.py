"""The decision record: what was decided, by which rule, from which scores, by whom."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from candor_web.hiring.models import Application, PlanVersion
from candor_web.organisations.models import Organisation


class Outcome(models.TextChoices):
    SELECTED = "selected", "Selected"
    NOT_SELECTED = "not_selected", "Not selected"


class Decision(models.Model):
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    application = models.OneToOneField(
        Application, on_delete=models.PROTECT, related_name="decision"
    )
    plan_version = models.ForeignKey(PlanVersion, on_delete=models.PROTECT, related_name="+")
    outcome = models.CharField(max_length=20, choices=Outcome.choices)
    rule_outcome = models.CharField(
        max_length=30, help_text="The outcome the plan's rule gave (the core's result)"
    )
    overridden = models.BooleanField(default=False)
    rule_method = models.CharField(max_length=40)
    aggregation_method = models.CharField(max_length=40)
    overall_method = models.CharField(max_length=40)
    overall = models.FloatField(null=True)
    criteria = models.JSONField(
        default=list, help_text="Criterion IDs the recorded reasons rest on"
    )
    reasons = models.JSONField(default=list, help_text="The rule's reasons (code, text, criterion)")
    result = models.JSONField(default=dict, help_text="The core's result for this candidate")
    note = models.TextField(blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    decided_at = models.DateTimeField()

    class Meta:
        ordering = ["-decided_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "application"], name="decision_org_application"
            )
        ]

    def __str__(self) -> str:
        return f"{self.outcome} for application {self.application_id}"
