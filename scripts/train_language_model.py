"""Train the language second opinion and write src/candor/language/data/second_opinion.json.

    uv run python scripts/train_language_model.py          # write the model
    uv run python scripts/train_language_model.py --check  # exit 1 if the file is stale

Training data: every item of tests/data/language/corpus.jsonl, every rule's ``bad=``
examples (as risky in the rule's category), plus the even-numbered lines of
bench/data/typical_note_sentences.txt as safe sentences (the odd ones stay unseen, to
measure false alarms on ordinary notes). See docs/language.md.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from candor.language.classifier import MODEL_PATH, train, training_set  # noqa: E402
from candor.language.evaluation import load_corpus  # noqa: E402
from candor.language.rules import ALL_RULES  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "language" / "corpus.jsonl"
TYPICAL = ROOT / "bench" / "data" / "typical_note_sentences.txt"


def typical_sentences(part: str = "train") -> list[str]:
    """The typical note sentences: even lines ("train") or odd lines ("unseen")."""
    lines = [s.strip() for s in TYPICAL.read_text(encoding="utf-8").splitlines() if s.strip()]
    return lines[0::2] if part == "train" else lines[1::2]


def rule_examples() -> list[dict[str, object]]:
    """Every rule's ``bad=`` examples as risky items in the rule's category.

    The rules and the model then agree on the rules' own canonical sentences, which are
    short and context-free: without them the model learned from passages only, and
    scored some of them low enough to veto. The ``good=`` examples are left out: many
    are negations or near-paraphrases of bad ones ("we do not ask about salary
    history"), which a model of words and word pairs cannot tell apart, and as safe
    training data they taught it to veto the very wording they negate.
    """
    return [
        {"text": text, "label": "risky", "categories": [rule.category]}
        for rule in ALL_RULES
        for text in rule.bad
    ]


def build() -> str:
    texts, labels = training_set(
        [*load_corpus(CORPUS), *rule_examples()], typical_sentences("train")
    )
    model = train(texts, labels)
    return json.dumps(model.to_json(), separators=(",", ":"), sort_keys=True) + "\n"


def main(argv: list[str]) -> int:
    text = build()
    if "--check" in argv:
        current = MODEL_PATH.read_text(encoding="utf-8") if MODEL_PATH.exists() else ""
        if json.loads(current or "{}").get("trained_on") != json.loads(text)["trained_on"]:
            print(f"{MODEL_PATH} is stale: run scripts/train_language_model.py", file=sys.stderr)
            return 1
        return 0
    MODEL_PATH.parent.mkdir(parents=True, exist_ok=True)
    MODEL_PATH.write_text(text, encoding="utf-8")
    print(f"wrote {MODEL_PATH.relative_to(ROOT)} ({len(text) / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
