"""The audit chain: appends link by hash; any edit, gap or deletion is reported."""

from __future__ import annotations

import pytest

from candor_cli.main import main
from candor_web.audit.models import AuditChainHead, AuditEvent
from candor_web.audit.selectors import audit_chain_verify, audit_chain_verify_all
from candor_web.audit.services import audit_record
from tests.web.factories import World


def test_every_service_step_is_an_event_with_a_dotted_code(world: World) -> None:
    actions = set(
        AuditEvent.objects.filter(organisation=world.a.organisation).values_list(
            "action", flat=True
        )
    )
    assert {
        "candor.organisation.created",
        "candor.user.created",
        "candor.position.created",
        "candor.plan.created",
        "candor.candidate.created",
        "candor.application.created",
        "candor.candidate.imported",
        "candor.panel.assigned",
    } <= actions
    assert all(a.startswith("candor.") and a.count(".") >= 2 for a in actions)


def test_chains_verify_and_are_per_organisation(world: World) -> None:
    a = audit_chain_verify(organisation=world.a.organisation)
    b = audit_chain_verify(organisation=world.b.organisation)
    assert a.ok and b.ok
    assert a.events == AuditEvent.objects.filter(organisation=world.a.organisation).count()
    head = AuditChainHead.objects.get(organisation=world.a.organisation)
    assert head.sequence == a.events


def test_altered_payload_is_reported_at_its_event(world: World) -> None:
    event = AuditEvent.objects.filter(organisation=world.a.organisation).order_by("sequence")[4]
    # Bypass the model's append-only guard, as an attacker with SQL access would.
    AuditEvent.objects.filter(pk=event.pk).update(payload={"forged": True})
    report = audit_chain_verify(organisation=world.a.organisation)
    assert not report.ok
    assert report.broken_at == event.sequence
    assert "altered" in report.problem
    assert audit_chain_verify(organisation=world.b.organisation).ok


def test_deleted_event_is_reported(world: World) -> None:
    event = AuditEvent.objects.filter(organisation=world.a.organisation).order_by("sequence")[2]
    AuditEvent.objects.filter(pk=event.pk).delete()
    report = audit_chain_verify(organisation=world.a.organisation)
    assert not report.ok and report.broken_at == event.sequence + 1


def test_deleted_last_event_is_reported_by_the_head(world: World) -> None:
    last = AuditEvent.objects.filter(organisation=world.a.organisation).order_by("-sequence")[0]
    AuditEvent.objects.filter(pk=last.pk).delete()
    report = audit_chain_verify(organisation=world.a.organisation)
    assert not report.ok and "deleted" in report.problem


def test_events_cannot_be_saved_twice_or_deleted(world: World) -> None:
    event = AuditEvent.objects.filter(organisation=world.a.organisation).first()
    assert event is not None
    with pytest.raises(RuntimeError, match="append-only"):
        event.save()
    with pytest.raises(RuntimeError, match="append-only"):
        event.delete()


def test_action_codes_must_be_dotted(world: World) -> None:
    with pytest.raises(ValueError, match="dotted code"):
        audit_record(organisation=world.a.organisation, actor=None, action="scorecard_submitted")


def test_cli_verify_exit_status(world: World, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["web", "audit", "verify"]) == 0
    assert "ok      Northfield Components" in capsys.readouterr().out
    event = AuditEvent.objects.filter(organisation=world.b.organisation).order_by("sequence")[1]
    AuditEvent.objects.filter(pk=event.pk).update(action="candor.forged.event")
    assert main(["web", "audit", "verify"]) == 1
    out = capsys.readouterr().out
    assert f"BROKEN  Other Works: event #{event.sequence}" in out
    assert [r.ok for r in audit_chain_verify_all()] == [True, False]
