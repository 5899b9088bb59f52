from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def test_docs_letters_md_is_up_to_date() -> None:
    """docs/letters.md is what scripts/letters_doc.py generates from the demo."""
    spec = importlib.util.spec_from_file_location(
        "letters_doc", ROOT / "scripts" / "letters_doc.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    committed = (ROOT / "docs" / "letters.md").read_text(encoding="utf-8")
    assert committed == module.build(), "run: python scripts/letters_doc.py"
