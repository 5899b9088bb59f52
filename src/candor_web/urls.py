from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import path

from candor_web.accounts import views as accounts
from candor_web.audit import views as audit
from candor_web.decisions import views as decisions
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
    path("admin/", admin.site.urls),
]
