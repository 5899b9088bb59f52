"""Where a candidate can get help: a catalogue of resources chosen by need.

National public resources ship as data (``letters/data/resources.yaml``);
local ones (a state workforce agency, an employee-assistance or internal
career-development programme) come from the organisation's policy. A letter
gets the resources that match what this candidate's record shows they need,
local ones first, at most :data:`MAX_RESOURCES`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources as importlib_resources
from typing import Any, Literal

from candor.errors import InputError
from candor.yamlio import parse_yaml_document

__all__ = [
    "MAX_RESOURCES",
    "NEEDS",
    "Resource",
    "choose_resources",
    "load_catalogue",
    "resource_from_mapping",
]

Audience = Literal["internal", "external", "all"]

#: Stable IDs of needs, in the order resources are offered.
NEEDS: tuple[str, ...] = (
    "interview_skills",
    "skills_training",
    "career_development",
    "wellbeing",
    "job_search",
)
MAX_RESOURCES = 4
_URL = re.compile(r"^(https?://|mailto:|tel:)\S+$")


@dataclass(frozen=True, slots=True)
class Resource:
    id: str
    name: str
    description: str
    needs: tuple[str, ...]
    audience: Audience = "all"
    url: str = ""
    contact: str = ""
    source: str = "resources"
    """``resources:<id>`` for the shipped catalogue, ``policy.resources[i]`` for local ones."""

    def serves(self, *, internal: bool) -> bool:
        return self.audience == "all" or self.audience == ("internal" if internal else "external")


def resource_from_mapping(
    item: Any, path: str, add: Callable[[str, str], None], *, source: str
) -> Resource | None:
    """Validate one resource entry; report problems through ``add(path, message)``."""
    if not isinstance(item, Mapping):
        add(path, "must be a mapping with id, name, description and needs")
        return None
    ok = True
    values: dict[str, str] = {}
    for key in ("id", "name", "description"):
        value = item.get(key)
        if not isinstance(value, str) or not value.strip():
            add(f"{path}.{key}", "is required")
            ok = False
        else:
            values[key] = " ".join(value.split())
    url = item.get("url") or ""
    if url and (not isinstance(url, str) or not _URL.match(url.strip())):
        add(f"{path}.url", f"must be an http(s), mailto: or tel: address, got {url!r}")
        ok = False
    contact = item.get("contact") or ""
    if not isinstance(contact, str):
        add(f"{path}.contact", "must be text")
        ok = False
    if not url and not contact:
        add(path, "needs a url or a contact so the candidate can reach it")
        ok = False
    raw_needs = item.get("needs")
    needs: list[str] = []
    if not isinstance(raw_needs, list) or not raw_needs:
        add(f"{path}.needs", f"must list at least one of: {', '.join(NEEDS)}")
        ok = False
    else:
        for j, need in enumerate(raw_needs):
            if need not in NEEDS:
                add(f"{path}.needs[{j}]", f"unknown need {need!r} (known: {', '.join(NEEDS)})")
                ok = False
            else:
                needs.append(need)
    audience = item.get("audience", "all")
    if audience not in ("internal", "external", "all"):
        add(f"{path}.audience", f"must be internal, external or all, got {audience!r}")
        ok = False
    for key in item:
        if key not in ("id", "name", "description", "url", "contact", "needs", "audience"):
            add(f"{path}.{key}", "unknown key")
            ok = False
    if not ok:
        return None
    return Resource(
        id=values["id"],
        name=values["name"],
        description=values["description"],
        needs=tuple(needs),
        audience=audience,
        url=str(url).strip(),
        contact=" ".join(str(contact).split()),
        source=source,
    )


@functools.cache
def load_catalogue() -> tuple[Resource, ...]:
    """The shipped catalogue of national public resources (read once)."""
    text = (
        importlib_resources.files("candor.letters")
        .joinpath("data/resources.yaml")
        .read_text(encoding="utf-8")
    )
    doc = parse_yaml_document(text, source="candor/letters/data/resources.yaml")
    problems = []
    out: list[Resource] = []
    items = doc.data.get("catalogue")
    for i, item in enumerate(items if isinstance(items, list) else []):
        r = resource_from_mapping(
            item,
            f"catalogue[{i}]",
            lambda p, m: problems.append(doc.problem(p, m)),
            source=f"resources:{item.get('id') if isinstance(item, Mapping) else i}",
        )
        if r is not None:
            out.append(r)
    InputError.raise_if(problems)
    return tuple(out)


def choose_resources(
    needs: Sequence[str],
    *,
    internal: bool,
    local: Iterable[Resource] = (),
    catalogue: Iterable[Resource] | None = None,
    limit: int = MAX_RESOURCES,
) -> tuple[tuple[Resource, str], ...]:
    """Resources for ``needs`` in need order, local before national, each once.

    Returns pairs of (resource, the need it was chosen for), at most ``limit``.
    """
    pool = [*local, *(load_catalogue() if catalogue is None else catalogue)]
    chosen: list[tuple[Resource, str]] = []
    seen: set[str] = set()
    for need in sorted(set(needs), key=NEEDS.index):
        for r in pool:
            if len(chosen) >= limit:
                return tuple(chosen)
            if need in r.needs and r.serves(internal=internal) and r.id not in seen:
                chosen.append((r, need))
                seen.add(r.id)
    return tuple(chosen)
