from __future__ import annotations

from django import forms

from candor.letters.incidents import INCIDENT_KINDS
from candor_web.feedback.models import AskedBy


class PublicRequestForm(forms.Form):
    email = forms.EmailField(
        label="The e-mail address you applied with",
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    message = forms.CharField(
        label="Anything you would like us to know (optional)",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class RecordForm(forms.Form):
    asked_by = forms.ChoiceField(label="Who asked?", choices=AskedBy.choices)
    requester_name = forms.CharField(
        label="Requester's name (third parties)", required=False, max_length=200
    )
    requester_email = forms.EmailField(
        label="Requester's e-mail (third parties; the decline letter goes there)",
        required=False,
    )
    message = forms.CharField(
        label="What they asked", required=False, widget=forms.Textarea(attrs={"rows": 3})
    )


class ApproveForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput)
    override_reason = forms.CharField(
        label="Reason for approving despite flagged wording",
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class DeclineForm(forms.Form):
    reason = forms.CharField(label="Why is the request declined?", max_length=300)


class EditForm(forms.Form):
    """One text field per sentence of the letter (``s0``, ``s1`` ...)."""

    version = forms.IntegerField(widget=forms.HiddenInput)

    def __init__(self, *args: object, texts: list[str], **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        for i, text in enumerate(texts):
            self.fields[f"s{i}"] = forms.CharField(
                label=f"Sentence {i + 1}",
                initial=text,
                max_length=4000,
                widget=forms.Textarea(attrs={"rows": 2}),
            )

    def texts(self) -> dict[int, str]:
        return {
            int(name[1:]): value
            for name, value in self.cleaned_data.items()
            if name.startswith("s") and name[1:].isdigit()
        }


class SurveyForm(forms.Form):
    useful = forms.TypedChoiceField(
        label="Was this feedback useful?",
        coerce=int,
        choices=[(i, str(i)) for i in range(1, 6)],
        widget=forms.RadioSelect,
        help_text="1 = not at all, 5 = very useful",
    )
    comment = forms.CharField(
        label="Comment (optional)",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class TriageForm(forms.Form):
    candidate_ref = forms.CharField(
        label="Candidate ID (leave empty to dismiss the message)", required=False, max_length=64
    )
    asked_by = forms.ChoiceField(label="Who wrote?", choices=AskedBy.choices)


class IncidentForm(forms.Form):
    kind = forms.ChoiceField(
        label="What went wrong",
        choices=[(k, k.replace("_", " ").capitalize()) for k in INCIDENT_KINDS],
    )
    date = forms.DateField(
        label="When (optional)", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    description = forms.CharField(
        label="In plain words, as the candidate will read it",
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Quoted in the apology. Describe what we did wrong; never the candidate.",
    )
