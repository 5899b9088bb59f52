"""Feedback requests, their letters, the survey, process incidents, inbound mail and rate limits.

The state of a request changes only through ``services.feedback_transition``,
which asks the core (:func:`candor.feedback.check_transition`) first.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models

from candor_web.hiring.models import Application
from candor_web.organisations.models import Organisation


class FeedbackPolicy(models.Model):
    """The organisation's feedback policy, as the YAML the core validates (docs/letters.md).

    ``second_approval`` is a web-side setting (the core's policy format has no
    key for it): when true, a letter needs the approval of two different people.
    """

    organisation = models.OneToOneField(
        Organisation, on_delete=models.CASCADE, related_name="feedback_policy"
    )
    source_yaml = models.TextField()
    second_approval = models.BooleanField(default=False)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"policy of {self.organisation_id}"


class State(models.TextChoices):
    RECEIVED = "received", "Received (awaiting identity check)"
    VERIFIED = "verified", "Verified"
    DRAFTED = "drafted", "Draft ready for review"
    APPROVED = "approved", "Approved (sending)"
    SENT = "sent", "Sent"
    CLOSED = "closed", "Closed"
    DECLINED = "declined", "Declined"
    WITHDRAWN = "withdrawn", "Withdrawn"
    EXPIRED = "expired", "Expired (never verified)"


OPEN_STATES = ("received", "verified", "drafted", "approved")


class Channel(models.TextChoices):
    FORM = "form", "Public request form"
    LINK = "link", "Link in the outcome e-mail"
    STAFF = "staff", "Recorded by staff (call or e-mail)"
    EMAIL = "email", "Inbound e-mail"


class AskedBy(models.TextChoices):
    CANDIDATE = "candidate", "The candidate"
    PARENT = "parent", "A parent or relative"
    RECRUITER = "recruiter", "An agency recruiter"
    LAWYER = "lawyer", "A lawyer"
    OTHER = "other", "Another third party"


class FeedbackRequest(models.Model):
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    application = models.ForeignKey(
        Application, on_delete=models.PROTECT, related_name="feedback_requests"
    )
    state = models.CharField(max_length=12, choices=State.choices, default=State.RECEIVED)
    channel = models.CharField(max_length=10, choices=Channel.choices)
    asked_by = models.CharField(max_length=12, choices=AskedBy.choices, default=AskedBy.CANDIDATE)
    requester_name = models.CharField(max_length=200, blank=True)
    requester_email = models.EmailField(blank=True)
    message = models.TextField(blank=True, help_text="What the requester wrote or said")
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    received_at = models.DateTimeField()
    due_date = models.DateField(help_text="Business-day deadline under the policy")
    verified_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    reminder_sent_at = models.DateTimeField(null=True, blank=True)
    # Identity verification: the nonce of the one live link (emptied when used).
    verify_nonce = models.CharField(max_length=64, blank=True)
    verify_expires_at = models.DateTimeField(null=True, blank=True)
    # The candidate's portal link carries this key; changing it revokes the link.
    portal_key = models.CharField(max_length=64, blank=True)
    decline_reason = models.CharField(max_length=300, blank=True)
    inbound_message_id = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["due_date", "pk"]
        indexes = [
            models.Index(fields=["organisation", "state", "due_date"], name="feedback_queue"),
        ]

    def __str__(self) -> str:
        return f"request {self.pk} ({self.state})"

    @property
    def is_third_party(self) -> bool:
        return self.asked_by != AskedBy.CANDIDATE

    @property
    def is_open(self) -> bool:
        return self.state in OPEN_STATES


class FeedbackLetter(models.Model):
    """The letter of one request: the core's composition, edits, screening and approvals.

    ``letter`` is the core ``Letter.to_dict()`` (every sentence with its
    provenance); an edit replaces a sentence's text and lists its index in
    ``edited``. ``version`` goes up on every edit, so an approval names exactly
    what was approved.
    """

    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    request = models.OneToOneField(FeedbackRequest, on_delete=models.PROTECT, related_name="letter")
    kind = models.CharField(max_length=30)
    letter = models.JSONField()
    edited = models.JSONField(default=list)
    screening = models.JSONField(default=dict)
    version = models.PositiveIntegerField(default=1)
    first_approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    approved_version = models.PositiveIntegerField(null=True, blank=True)
    approved_at = models.DateTimeField(null=True, blank=True)
    override_reason = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["organisation", "request"], name="letter_org_request")
        ]

    def __str__(self) -> str:
        return f"letter v{self.version} of request {self.request_id}"


class SurveyResponse(models.Model):
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    request = models.OneToOneField(FeedbackRequest, on_delete=models.PROTECT, related_name="survey")
    useful = models.PositiveSmallIntegerField(help_text="Was this feedback useful? 1 to 5")
    comment = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["organisation", "request"], name="survey_org_request"),
            models.CheckConstraint(
                condition=models.Q(useful__gte=1) & models.Q(useful__lte=5), name="survey_1_to_5"
            ),
        ]

    def __str__(self) -> str:
        return f"survey of request {self.request_id}: {self.useful}"


class ProcessIncident(models.Model):
    """Where the employer's own process failed a candidate; letters then carry an apology."""

    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    application = models.ForeignKey(Application, on_delete=models.PROTECT, related_name="incidents")
    kind = models.CharField(max_length=40)
    date = models.DateField(null=True, blank=True)
    description = models.TextField()
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"{self.kind} for application {self.application_id}"


class InboundOutcome(models.TextChoices):
    REQUEST = "request", "Became a request"
    UNMATCHED = "unmatched", "Sender matches no candidate"
    AMBIGUOUS = "ambiguous", "Sender matches several applications"
    AUTO_REPLY = "auto_reply", "Automatic reply"


class InboundMail(models.Model):
    """Every ingested message, once (by Message-ID); unmatched ones form the triage queue."""

    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    message_id = models.CharField(max_length=300)
    source = models.CharField(max_length=500)
    from_name = models.CharField(max_length=200, blank=True)
    from_address = models.CharField(max_length=320)
    subject = models.CharField(max_length=300, blank=True)
    text = models.TextField(blank=True)
    date = models.DateTimeField(null=True, blank=True)
    outcome = models.CharField(max_length=12, choices=InboundOutcome.choices)
    request = models.ForeignKey(
        FeedbackRequest, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "message_id"], name="inbound_org_message_id"
            )
        ]

    def __str__(self) -> str:
        return f"{self.from_address}: {self.subject} ({self.outcome})"


class RateBucket(models.Model):
    """One counter of a rate limit: ``key`` (endpoint and client) in one time window."""

    key = models.CharField(max_length=200)
    window_start = models.DateTimeField()
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["key", "window_start"], name="rate_key_window")
        ]

    def __str__(self) -> str:
        return f"{self.key} @ {self.window_start}: {self.count}"


class SecurityEvent(models.Model):
    """A refused public link that cannot be tied to an organisation (a forged signature).

    Refusals that can be tied to a request (expired, reused) go to that
    organisation's audit log instead.
    """

    kind = models.CharField(max_length=40)
    client = models.CharField(max_length=64, help_text="sha256 of the client address, cut")
    detail = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"{self.kind} at {self.created_at}"
