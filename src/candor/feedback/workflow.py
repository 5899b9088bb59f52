"""The feedback-request state machine, enforced in this one place.

::

    received ──verify──▶ verified ──draft──▶ drafted ──approve──▶ approved ──send──▶ sent ──close──▶ closed
        │                   │                   │  ▲                  │
        │                   │                   │  └──── redraft ─────┘ (edit after approval re-opens review)
        ├── decline ────────┴───────────────────┴──▶ declined     (third party, out of policy)
        ├── withdraw ─────────────────────────────▶ withdrawn    (the candidate withdraws)
        └── expire ───────────────────────────────▶ expired      (never verified in time)

``approved → drafted`` exists so that editing an approved letter sends it back
for approval instead of silently changing what was approved.
"""

from __future__ import annotations

from typing import Literal, cast

from candor.errors import CandorError

__all__ = [
    "STATES",
    "TERMINAL_STATES",
    "TRANSITIONS",
    "RequestState",
    "TransitionError",
    "allowed_transitions",
    "check_transition",
]

RequestState = Literal[
    "received",
    "verified",
    "drafted",
    "approved",
    "sent",
    "closed",
    "declined",
    "withdrawn",
    "expired",
]

STATES: tuple[RequestState, ...] = (
    "received",
    "verified",
    "drafted",
    "approved",
    "sent",
    "closed",
    "declined",
    "withdrawn",
    "expired",
)

TERMINAL_STATES: frozenset[str] = frozenset({"closed", "declined", "withdrawn", "expired"})

TRANSITIONS: dict[str, frozenset[str]] = {
    "received": frozenset({"verified", "declined", "withdrawn", "expired"}),
    "verified": frozenset({"drafted", "declined", "withdrawn"}),
    "drafted": frozenset({"drafted", "approved", "declined", "withdrawn"}),
    "approved": frozenset({"sent", "drafted", "withdrawn"}),
    "sent": frozenset({"closed"}),
    "closed": frozenset(),
    "declined": frozenset(),
    "withdrawn": frozenset(),
    "expired": frozenset(),
}


class TransitionError(CandorError):
    """A state change the workflow does not allow; the message says what is allowed."""

    def __init__(self, current: str, target: str) -> None:
        allowed = (
            ", ".join(sorted(TRANSITIONS.get(current, frozenset()))) or "nothing (final state)"
        )
        super().__init__(f"a request that is {current} cannot become {target}; allowed: {allowed}")
        self.current = current
        self.target = target


def allowed_transitions(current: str) -> frozenset[str]:
    return TRANSITIONS.get(current, frozenset())


def check_transition(current: str, target: str) -> RequestState:
    """Return ``target`` if ``current → target`` is allowed, else raise :class:`TransitionError`."""
    if current not in TRANSITIONS or target not in TRANSITIONS:
        raise TransitionError(current, target)
    if target not in TRANSITIONS[current]:
        raise TransitionError(current, target)
    return cast(RequestState, target)
