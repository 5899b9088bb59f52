"""Loading YAML documents with line numbers for every path, for precise errors."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from candor.errors import InputError, Problem

__all__ = ["Document", "load_yaml_document", "parse_yaml_document"]


@dataclass(frozen=True, slots=True)
class Document:
    """A parsed YAML mapping and the 1-based line of every path in it."""

    data: Any
    source: str
    lines: dict[str, int]

    def line_of(self, path: str) -> int | None:
        # Fall back to the nearest enclosing path that has a line.
        while path:
            if path in self.lines:
                return self.lines[path]
            cut = max(path.rfind("."), path.rfind("["))
            path = path[:cut] if cut > 0 else ""
        return None

    def problem(self, path: str, message: str) -> Problem:
        return Problem(message, source=self.source, line=self.line_of(path), field=path or None)


def _index(node: yaml.Node, path: str, lines: dict[str, int]) -> None:
    lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            name = str(key.value)
            child = f"{path}.{name}" if path else name
            lines[child] = key.start_mark.line + 1
            _index(value, child, lines)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _index(item, f"{path}[{i}]", lines)


def parse_yaml_document(text: str, *, source: str) -> Document:
    """Parse YAML text that must hold a mapping; errors name the file and line."""
    if not text.strip():
        raise InputError(Problem("the file is empty", source=source))
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        line = mark.line + 1 if mark is not None else None
        raise InputError(
            Problem(f"malformed YAML: {exc.problem or exc}", source=source, line=line)
        ) from None
    except yaml.YAMLError as exc:
        raise InputError(Problem(f"malformed YAML: {exc}", source=source)) from None
    if not isinstance(data, dict):
        raise InputError(Problem("expected a YAML mapping at the top level", source=source, line=1))
    lines: dict[str, int] = {}
    if node is not None:
        _index(node, "", lines)
    return Document(data=data, source=source, lines=lines)


def load_yaml_document(path: str | Path) -> Document:
    name = str(path)
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise InputError(Problem(f"cannot read the file: {exc.strerror}", source=name)) from None
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    return parse_yaml_document(text, source=name)
