"""The hash of one audit event: sha256(prev_hash + canonical JSON of its content)."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Any


def canonical_content(
    *,
    organisation_id: int,
    sequence: int,
    action: str,
    actor_id: int | None,
    actor_name: str,
    object_type: str,
    object_id: str,
    payload: Any,
    created_at: datetime,
) -> str:
    """Sorted keys, no spaces, UTF-8 text, timestamps in UTC with microseconds."""
    return json.dumps(
        {
            "organisation": organisation_id,
            "sequence": sequence,
            "action": action,
            "actor": actor_id,
            "actor_name": actor_name,
            "object": [object_type, object_id],
            "payload": payload,
            "created_at": created_at.astimezone(UTC).isoformat(timespec="microseconds"),
        },
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
        allow_nan=False,
    )


def link_hash(prev_hash: str, content: str) -> str:
    return hashlib.sha256((prev_hash + content).encode("utf-8")).hexdigest()
