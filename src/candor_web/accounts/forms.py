from __future__ import annotations

from django import forms

from candor_web.accounts.models import Role


class UserCreateForm(forms.Form):
    username = forms.CharField(max_length=150, help_text="Letters, digits and . _ - only.")
    first_name = forms.CharField(max_length=150)
    last_name = forms.CharField(max_length=150)
    email = forms.EmailField(required=False)
    job_title = forms.CharField(max_length=200, required=False)
    role = forms.ChoiceField(choices=Role.choices)
    password = forms.CharField(
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text="At least 8 characters; not a common password.",
    )

    def clean_username(self) -> str:
        value: str = self.cleaned_data["username"].strip()
        if not value.replace(".", "").replace("_", "").replace("-", "").isalnum():
            raise forms.ValidationError("Use letters, digits and . _ - only.")
        return value
