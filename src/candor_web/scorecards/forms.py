from __future__ import annotations

from typing import Any

from django import forms

from candor.plans import Plan
from candor_web.scorecards.services import Entry, evidence_field, rating_field


class ScorecardForm(forms.Form):
    """One rating (radio buttons, one per anchored level) and one note per criterion.

    ``plan_hash`` carries the plan version the form was built from, so a form
    opened before the plan changed is refused instead of saved.
    """

    plan_hash = forms.CharField(widget=forms.HiddenInput)

    def __init__(self, *args: Any, plan: Plan, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.plan = plan
        for c in plan.criteria:
            self.fields[rating_field(c.id)] = forms.ChoiceField(
                label=f"Rating: {c.name}",
                choices=[
                    (str(level), f"{level} {plan.scale.label(level)}")
                    for level in plan.scale.levels
                ],
                widget=forms.RadioSelect,
                error_messages={
                    "required": f"Choose a rating for {c.name}.",
                    "invalid_choice": (
                        f"The rating for {c.name} must be on the scale "
                        f"{plan.scale.min}-{plan.scale.max}."
                    ),
                },
            )
            self.fields[evidence_field(c.id)] = forms.CharField(
                label=f"Evidence: {c.name}",
                widget=forms.Textarea(attrs={"rows": 4}),
                max_length=5000,
                error_messages={
                    "required": f"Write the evidence for {c.name}: what the candidate said or did."
                },
            )

    def entries(self) -> dict[str, Entry]:
        """What was typed, for the service (which validates again)."""
        data = self.data
        return {
            c.id: Entry(
                str(data.get(rating_field(c.id), "")), str(data.get(evidence_field(c.id), ""))
            )
            for c in self.plan.criteria
        }


class CorrectionForm(ScorecardForm):
    base_revision = forms.IntegerField(widget=forms.HiddenInput)
    reason = forms.CharField(
        label="Why are you correcting your scorecard?",
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=2000,
    )
