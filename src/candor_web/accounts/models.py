"""Staff accounts: every user belongs to one organisation and has one role."""

from __future__ import annotations

from django.contrib.auth.models import AbstractUser
from django.db import models

from candor_web.organisations.models import Organisation


class Role(models.TextChoices):
    ADMIN = "admin", "Administrator"
    RECRUITER = "recruiter", "Recruiter"
    INTERVIEWER = "interviewer", "Interviewer"
    ANALYST = "analyst", "Analyst"


class User(AbstractUser):
    """A member of staff.

    ``organisation`` and ``role`` are empty only for platform operators
    (Django superusers who run the installation); they use ``/admin/`` and see
    no organisation's hiring data in the app. The username is the rater ID used
    in ratings, exports and the core's results.
    """

    organisation = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=models.PROTECT, related_name="users"
    )
    role = models.CharField(max_length=20, choices=Role.choices, blank=True)
    job_title = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["last_name", "first_name", "username"]
        constraints = [
            models.CheckConstraint(
                condition=(models.Q(organisation__isnull=True) & models.Q(role=""))
                | (models.Q(organisation__isnull=False) & ~models.Q(role="")),
                name="user_role_iff_organisation",
            )
        ]

    @property
    def display_name(self) -> str:
        return self.get_full_name() or self.username
