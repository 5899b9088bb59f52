"""The feedback-request state machine."""

from itertools import pairwise

import pytest

from candor.feedback import (
    STATES,
    TERMINAL_STATES,
    TransitionError,
    allowed_transitions,
    check_transition,
)

HAPPY_PATH = ["received", "verified", "drafted", "approved", "sent", "closed"]


def test_happy_path() -> None:
    for current, target in pairwise(HAPPY_PATH):
        assert check_transition(current, target) == target


@pytest.mark.parametrize(
    ("current", "target"),
    [
        ("received", "sent"),
        ("received", "approved"),
        ("verified", "approved"),
        ("sent", "drafted"),
        ("closed", "received"),
    ],
)
def test_skipping_steps_is_refused(current: str, target: str) -> None:
    with pytest.raises(
        TransitionError, match=f"a request that is {current} cannot become {target}"
    ):
        check_transition(current, target)


def test_terminal_states_go_nowhere() -> None:
    for state in TERMINAL_STATES:
        assert allowed_transitions(state) == frozenset()
    with pytest.raises(TransitionError, match=r"allowed: nothing \(final state\)"):
        check_transition("declined", "verified")


def test_edit_after_approval_goes_back_to_review() -> None:
    assert check_transition("approved", "drafted") == "drafted"


def test_third_party_request_can_be_declined_unverified() -> None:
    assert check_transition("received", "declined") == "declined"


def test_unknown_state() -> None:
    with pytest.raises(TransitionError):
        check_transition("lost", "verified")


def test_every_state_is_reachable_from_received() -> None:
    seen = {"received"}
    frontier = ["received"]
    while frontier:
        for nxt in allowed_transitions(frontier.pop()):
            if nxt not in seen:
                seen.add(nxt)
                frontier.append(nxt)
    assert seen == set(STATES)
