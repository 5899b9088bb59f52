from __future__ import annotations

from typing import Any

from django import forms

from candor.plans import Plan
from candor_web.decisions.models import Outcome


class DecisionForm(forms.Form):
    plan_hash = forms.CharField(widget=forms.HiddenInput)
    outcome = forms.ChoiceField(choices=Outcome.choices, widget=forms.RadioSelect)
    criteria = forms.MultipleChoiceField(
        label="Criteria the decision rests on",
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    note = forms.CharField(
        label="Note for the record",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=5000,
        help_text="Required when the outcome differs from the plan's rule or breaks a tie. "
        "Refer to criteria and evidence only.",
    )

    def __init__(self, *args: Any, plan: Plan, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["criteria"]
        assert isinstance(field, forms.MultipleChoiceField)
        field.choices = [(c.id, c.name) for c in plan.criteria]
