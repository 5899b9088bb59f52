"""Feedback requests in the core: the workflow, deadlines and inbound e-mail parsing.

The web app stores requests and calls these functions; the rules live here so
that they are the same everywhere and testable without a database.
"""

from candor.feedback.deadlines import add_business_days, business_days_between, us_federal_holidays
from candor.feedback.inbound import InboundMessage, parse_message, read_mailbox
from candor.feedback.workflow import (
    STATES,
    TERMINAL_STATES,
    TRANSITIONS,
    RequestState,
    TransitionError,
    allowed_transitions,
    check_transition,
)

__all__ = [
    "STATES",
    "TERMINAL_STATES",
    "TRANSITIONS",
    "InboundMessage",
    "RequestState",
    "TransitionError",
    "add_business_days",
    "allowed_transitions",
    "business_days_between",
    "check_transition",
    "parse_message",
    "read_mailbox",
    "us_federal_holidays",
]
