from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import path

from candor_web.accounts import views as accounts
from candor_web.audit import views as audit
from candor_web.decisions import views as decisions
from candor_web.feedback import portal_views as portal
from candor_web.feedback import views as feedback
from candor_web.hiring import views as hiring
from candor_web.organisations import views
from candor_web.scorecards import views as scorecards

urlpatterns = [
    path("", accounts.home, name="home"),
    path("health/", views.health, name="health"),
    path(
        "login/",
        auth_views.LoginView.as_view(
            template_name="candor/login.html", redirect_authenticated_user=True
        ),
        name="login",
    ),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("people/", accounts.people, name="people"),
    path("audit/", audit.audit_log, name="audit"),
    path("interviews/", hiring.interviews, name="interviews"),
    path("positions/", hiring.positions, name="positions"),
    path("positions/new/", hiring.position_new, name="position_new"),
    path("positions/<int:pk>/", hiring.position_detail, name="position"),
    path("positions/<int:pk>/plan/", hiring.plan_detail, name="plan"),
    path("positions/<int:pk>/plan/edit/", hiring.plan_edit, name="plan_edit"),
    path("positions/<int:pk>/candidates/new/", hiring.candidate_new, name="candidate_new"),
    path("positions/<int:pk>/candidates/import/", hiring.candidate_import, name="candidate_import"),
    path("candidates/", hiring.candidates, name="candidates"),
    path("decisions/", decisions.decisions, name="decisions"),
    path("applications/<int:pk>/", hiring.application_detail, name="application"),
    path("applications/<int:pk>/panel/", hiring.panel_edit, name="panel_edit"),
    path("applications/<int:pk>/close-round/", hiring.round_close, name="round_close"),
    path("applications/<int:pk>/scorecard/", scorecards.scorecard, name="scorecard"),
    path(
        "applications/<int:pk>/scorecard/correct/",
        scorecards.scorecard_correction,
        name="scorecard_correct",
    ),
    path("applications/<int:pk>/screen/", scorecards.screen_note, name="screen"),
    path("applications/<int:pk>/consensus/", decisions.consensus, name="consensus"),
    path("requests/", feedback.queue, name="feedback_requests"),
    path("requests/<int:pk>/", feedback.request_detail, name="feedback_request"),
    path("requests/<int:pk>/draft/", feedback.request_draft, name="feedback_draft"),
    path("requests/<int:pk>/edit/", feedback.request_edit, name="feedback_edit"),
    path("requests/<int:pk>/screen/", feedback.request_screen, name="feedback_screen"),
    path("requests/<int:pk>/approve/", feedback.request_approve, name="feedback_approve"),
    path("requests/<int:pk>/decline/", feedback.request_decline, name="feedback_decline"),
    path("requests/<int:pk>/close/", feedback.request_close, name="feedback_close"),
    path("requests/triage/", feedback.triage, name="triage"),
    path("requests/triage/<int:pk>/", feedback.triage_resolve, name="triage_resolve"),
    path("requests/outbox/", feedback.outbox, name="outbox"),
    path("requests/outbox/<int:pk>/retry/", feedback.outbox_retry_view, name="outbox_retry"),
    path("requests/figures/", feedback.figures, name="feedback_figures"),
    path(
        "applications/<int:pk>/feedback-request/",
        feedback.request_new,
        name="feedback_request_new",
    ),
    path("applications/<int:pk>/incidents/", feedback.incident_new, name="incident_new"),
    path(
        "applications/<int:pk>/outcome-email/",
        feedback.outcome_send,
        name="outcome_notice_send",
    ),
    # The candidate's pages (no sign-in; signed links).
    path("feedback/", portal.ask, name="feedback_ask"),
    path("feedback/verify/<str:token>/", portal.verify, name="feedback_verify"),
    path("feedback/outcome/<str:token>/", portal.outcome, name="feedback_outcome"),
    path("portal/<str:token>/", portal.portal, name="portal"),
    path("portal/<str:token>/letter.pdf", portal.portal_pdf, name="portal_pdf"),
    path("portal/<str:token>/survey/", portal.portal_survey, name="portal_survey"),
    path("portal/<str:token>/withdraw/", portal.portal_withdraw, name="portal_withdraw"),
    path("admin/", admin.site.urls),
]
