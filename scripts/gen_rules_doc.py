"""Regenerate docs/rules.md from the rule registry (DO NOT EDIT the output by hand)."""

from __future__ import annotations

import sys
from pathlib import Path

from candor.language.catalogue import main

if __name__ == "__main__":
    target = (
        sys.argv[1] if len(sys.argv) > 1 else str(Path(__file__).parents[1] / "docs" / "rules.md")
    )
    raise SystemExit(main([target]))
