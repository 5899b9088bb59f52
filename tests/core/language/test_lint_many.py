"""``lint_many``: the bulk entry point gives what ``lint`` gives, text by text.

It takes the texts through each stage of the engine together (the compiled scan of a
batch, then the rules, then the second opinion), so its reports must equal those of
``lint`` called on each text, in order, whatever the batch boundaries, with and without
the compiled speedups and the second opinion.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from candor.errors import InputError
from candor.language import lint, lint_many, native
from candor.language.engine import default_engine

DATA = Path(__file__).parents[2] / "data" / "language"


def _corpus() -> list[str]:
    with (DATA / "corpus.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line)["text"] for line in fh if line.strip()]


CORPUS = _corpus()


def test_equals_lint_on_the_corpus() -> None:
    """Every corpus item, in batches that cut the corpus at many places."""
    texts = CORPUS[::3]
    got = default_engine().lint_many(texts, batch_items=97, batch_chars=20_000)
    assert got == [lint(t) for t in texts]
    assert sum(len(r.findings) for r in got) > 500  # the comparison compared something


@pytest.mark.parametrize("speedups", [True, False])
@pytest.mark.parametrize("second_opinion", [True, False])
def test_equals_lint_with_and_without_speedups(
    monkeypatch: pytest.MonkeyPatch, speedups: bool, second_opinion: bool
) -> None:
    if speedups and native.speedups is None:
        pytest.skip("candor_speedups is not built")
    monkeypatch.setattr(native, "SPEEDUPS", speedups)
    texts = CORPUS[1::17]
    expected = [lint(t, second_opinion=second_opinion) for t in texts]
    assert lint_many(texts, second_opinion=second_opinion) == expected


def test_requirements_apply_to_every_text() -> None:
    reqs = ["Lift 50 lb with or without reasonable accommodation"]
    texts = ["Can she lift 50 lb?", "Too old for the job.", "Can he lift 50 lb? Older guy."]
    assert lint_many(texts, requirements=reqs) == [lint(t, requirements=reqs) for t in texts]


def test_a_generator_empty_texts_and_no_texts() -> None:
    assert lint_many([]) == []
    texts = ["", " ", "She mentioned her kids.", ""]
    assert lint_many(t for t in texts) == [lint(t) for t in texts]


def test_one_str_is_refused() -> None:
    """A str is an iterable of characters: almost certainly a mistake for lint()."""
    with pytest.raises(InputError, match="not one str"):
        lint_many("Too old for the job.")


def test_a_text_that_is_not_a_str_is_named_and_nothing_is_screened(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    screened: list[int] = []
    engine = default_engine()
    real = type(engine)._lint_batch

    def spy(self: object, texts: list[str], *args: object) -> object:
        screened.append(len(texts))
        return real(self, texts, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(type(engine), "_lint_batch", spy)
    with pytest.raises(InputError, match=r"texts\[2\] must be a str, not bytes"):
        lint_many(["fine", "also fine", b"bytes"])  # type: ignore[list-item]
    assert screened == []


_PIECES = st.sampled_from(
    [
        "She mentioned her kids. ",
        "Too old for the job! ",
        "Strong STAR answers on caching. ",
        "He is a veteran; ",
        "not a culture fit\n",
        "race condition in the child process. ",
        "\u0130\u0130 ",
        "\x00",
        "Dr. ",
        "\u05e9\u05dc\u05d5\u05dd ",
    ]
)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.lists(_PIECES, max_size=8).map("".join), max_size=12),
    st.integers(min_value=1, max_value=5),
    st.integers(min_value=1, max_value=200),
)
def test_equals_lint_on_generated_texts_and_batches(
    texts: list[str], items: int, chars: int
) -> None:
    got = default_engine().lint_many(texts, batch_items=items, batch_chars=chars)
    assert got == [lint(t) for t in texts]
