from __future__ import annotations

from typing import Any

from django import forms

from candor_web.accounts.models import User

MAX_UPLOAD = 2 * 1024 * 1024


class PlanForm(forms.Form):
    """A plan as YAML text, or an uploaded YAML file (the file wins)."""

    plan_yaml = forms.CharField(
        label="Plan (YAML)",
        required=False,
        widget=forms.Textarea(attrs={"rows": 24, "spellcheck": "false", "class": "code"}),
    )
    plan_file = forms.FileField(label="…or import a YAML file", required=False)
    base_hash = forms.CharField(widget=forms.HiddenInput, required=False)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        upload = data.get("plan_file")
        if upload is not None:
            if upload.size > MAX_UPLOAD:
                raise forms.ValidationError("The file is larger than 2 MB.")
            try:
                data["plan_yaml"] = upload.read().decode("utf-8-sig")
            except UnicodeDecodeError:
                raise forms.ValidationError("The file is not UTF-8 text.") from None
            data["source"] = upload.name
        else:
            data["source"] = "plan.yaml"
        if not (data.get("plan_yaml") or "").strip():
            self.add_error("plan_yaml", "Paste the plan, or choose a YAML file.")
        return data


class CandidateForm(forms.Form):
    name = forms.CharField(max_length=200)
    email = forms.EmailField(required=False)
    internal = forms.TypedChoiceField(
        label="Applicant type",
        choices=[("external", "External applicant"), ("internal", "Internal (employee)")],
        coerce=lambda v: v == "internal",
        widget=forms.RadioSelect,
        initial="external",
    )
    ref = forms.CharField(
        label="Candidate ID",
        max_length=64,
        required=False,
        help_text="Leave empty to number automatically (C01, C02, …).",
    )


class CandidateImportForm(forms.Form):
    file = forms.FileField(
        label="Candidates CSV",
        help_text="Columns: candidate, name, internal (internal/external), email.",
    )

    def clean_file(self) -> Any:
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD:
            raise forms.ValidationError("The file is larger than 2 MB.")
        return upload


class PanelForm(forms.Form):
    interviewers = forms.ModelMultipleChoiceField(
        queryset=User.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        label="Panel",
    )

    def __init__(self, *args: Any, choices: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["interviewers"]
        assert isinstance(field, forms.ModelMultipleChoiceField)
        field.queryset = choices
        field.label_from_instance = lambda u: (  # type: ignore[method-assign,assignment]
            f"{u.display_name}" + (f" ({u.job_title})" if u.job_title else "")
        )
