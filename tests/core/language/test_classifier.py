"""The statistical second opinion: features, sentences, scoring, training, the engine's use.

The accuracy figures are in docs/language.md ("The second opinion"); the test at the end
retrains without one author's split and checks that rules + model still generalise.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from candor.language import explain, lint, native
from candor.language.classifier import (
    MODEL_PATH,
    SecondOpinion,
    category_features,
    features,
    load_model,
    sentence_spans,
    train,
    training_set,
)
from candor.language.engine import default_engine
from candor.language.evaluation import evaluate, load_corpus
from candor.language.model import CATEGORIES, UnknownRuleError
from candor.language.second_opinion import OPINIONS, get_opinion

ROOT = Path(__file__).parents[3]
sys.path.insert(0, str(ROOT / "scripts"))

from train_language_model import (  # type: ignore[import-not-found]  # noqa: E402
    CORPUS,
    build,
    rule_examples,
    typical_sentences,
)


def test_features_are_words_and_pairs_without_pronouns_and_with_digits_folded() -> None:
    got = features("she scored 4/4 and he is 58")
    assert "scored" in got and ("scored", "0") in got and "00" in got
    assert ("and", "is") in got  # "he" is dropped before pairs are formed
    assert not {"she", "he"} & {f for f in got if isinstance(f, str)}


def test_category_features_keep_pronouns_and_gendered_words() -> None:
    """Only the category models read them: which category, never whether."""
    got = category_features("ladies do turndown, she is 58")
    assert {"ladies", "she", ("ladies", "do"), ("she", "is"), ("is", "00")} <= set(got)
    words = {f for f in features("ladies do turndown, she is 58") if isinstance(f, str)}
    assert words < set(got)


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("", []),
        ("   \n ", []),
        ("One. Two!  Three?", ["One.", "Two!", "Three?"]),
        (
            "Mr. Jones and Ms. Patel asked, e.g. about SQL.",
            ["Mr. Jones and Ms. Patel asked, e.g. about SQL."],
        ),
        ("J. Smith agreed. Next", ["J. Smith agreed.", "Next"]),
        ('He said "done." Then left.', ['He said "done."', "Then left."]),
        ("line one\n\nline two", ["line one", "line two"]),
        ("Scored 3.5 on design.", ["Scored 3.5 on design."]),
    ],
)
def test_sentence_spans(text: str, sentences: list[str]) -> None:
    assert [text[a:b] for a, b in sentence_spans(text)] == sentences


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "she",
                "kids",
                "age",
                "old",
                "fit",
                "culture",
                "a",
                "0",
                "4/4",
                "Mr.",
                ".",
                "!",
                "?",
                "\n",
                "'",
                "we",
                "hire",
                "né",
                "x.y",
                "  ",
            ]
        ),
        max_size=60,
    ).map(" ".join)
)
def test_one_pass_probabilities_equal_sentence_by_sentence(text: str) -> None:
    model = load_model()
    low = text.lower()
    spans = sentence_spans(text)
    assert model.probabilities(low, spans) == pytest.approx(
        [model.probability(low, a, b) for a, b in spans], abs=1e-9
    )


@pytest.mark.parametrize("compiled", [True, False])
def test_probabilities_of_many_texts_are_each_texts_probabilities(
    monkeypatch: pytest.MonkeyPatch, compiled: bool
) -> None:
    """probabilities_many (bulk screening's sums, the scorer looked up once) gives each
    text's probabilities, with and without the compiled scorer; a text without sentences
    gets none."""
    if compiled and native.speedups is None:
        pytest.skip("candor_speedups is not built")
    monkeypatch.setattr(native, "SPEEDUPS", compiled)
    model = load_model()
    texts = [
        "She has three kids. Strong SQL, 4/4.",
        "",
        "Word is he fudged his expense reports at the last place!",
        "   ",
    ]
    lows = [t.lower() for t in texts]
    spans = [tuple(sentence_spans(t)) for t in texts]
    got = model.probabilities_many(lows, spans)
    assert got == [tuple(model.probabilities(low, sp)) for low, sp in zip(lows, spans, strict=True)]
    assert [len(p) for p in got] == [2, 0, 1, 0]
    with pytest.raises(ValueError, match="as many texts as lists of spans"):
        model.probabilities_many(lows, spans[:2])


@pytest.mark.parametrize(
    "text",
    [
        "word is he fudged his expense reports at the last place.",
        "she has three kids and i worry about her hours.",
        "strong sql, 4/4, clear answers on indexing.",
        "",
    ],
)
def test_category_is_what_score_ranks_first(text: str) -> None:
    model = load_model()
    cat, prob = model.category(text)
    first_cat, first_prob = model.score(text).ranked[0]
    assert first_cat == cat
    assert first_prob == pytest.approx(prob, abs=1e-12)


def test_score_without_the_ranking_is_the_same_score() -> None:
    """What the engine asks for a finding: everything but the categories' ranking."""
    model = load_model()
    text = "word is he fudged his expense reports at the last place."
    full, lean = model.score(text), model.score(text, ranked=False)
    assert lean.ranked == () and len(full.ranked) == len(CATEGORIES)
    assert (lean.probability, lean.category, lean.cues) == (
        full.probability,
        full.category,
        full.cues,
    )
    assert lean.cues and lean.probability > model.threshold


def test_model_flags_what_no_rule_words_and_names_a_category() -> None:
    text = "Word is he fudged his expense reports at the last place."
    assert not lint(text, second_opinion=False).findings
    (f,) = lint(text).findings
    assert f.rule_id == "CND-SO-ACC" and f.category == "unsupported_accusation"
    assert f.severity == "warning"
    assert (f.start, f.end, f.match) == (0, len(text), text)
    assert "second opinion" in f.message and "'fudged'" in f.message


def test_model_reports_per_sentence_in_a_passage() -> None:
    text = (
        "Walked through the SQL exercise cleanly, 4/4. "
        "Word is he fudged his expense reports at the last place. "
        "Good questions about the team."
    )
    (f,) = lint(text).findings
    assert f.match == "Word is he fudged his expense reports at the last place."


def test_a_declared_requirement_silences_the_model_in_its_sentence() -> None:
    text = "Word is he fudged his expense reports at the last place."
    assert lint(text).findings
    assert not lint(text, requirements=["Expense reports audited quarterly"]).findings


def test_pronoun_only_sentences_score_as_if_the_pronouns_were_absent() -> None:
    model = load_model()
    assert model.probability("she said he asked her") == model.probability("said asked")


def test_the_model_read_through_the_cache_equals_the_json(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The parsed model is kept in the cache; what comes back must be the model the
    JSON file describes, and a changed file must not be answered from the cache."""
    monkeypatch.setenv("CANDOR_CACHE_DIR", str(tmp_path))
    from_json = SecondOpinion.from_json(json.loads(MODEL_PATH.read_text(encoding="utf-8")))
    stored = load_model(MODEL_PATH)  # computed, then stored
    assert any(tmp_path.iterdir())
    cached = load_model(MODEL_PATH)  # from the cache
    assert stored == from_json and cached == from_json
    assert cached.weights == from_json.weights
    assert cached.category_weights == from_json.category_weights
    changed = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    changed["bias"] += 1.0
    other = tmp_path / "other.json"
    other.write_text(json.dumps(changed), encoding="utf-8")
    assert load_model(other).bias == pytest.approx(from_json.bias + 1.0)


def test_the_compiled_scorer_comes_back_from_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The shipped model's compiled tables are kept as bytes (SpanScorer.dump); a later
    process loads them instead of building them, and damaged bytes are built again."""
    from candor.language import native, recache

    compiled = pytest.importorskip("candor_speedups")
    if not native.SPEEDUPS:
        pytest.skip("the compiled extension is not in use")
    monkeypatch.setenv("CANDOR_CACHE_DIR", str(tmp_path))
    first = load_model(MODEL_PATH)._compiled_scorer()  # built, then stored
    (entry,) = [k for k in _cache_keys(tmp_path) if k.startswith("span-scorer:")]

    class NoBuilding:
        load = compiled.SpanScorer.load

        def __init__(self, *args: object, **kwargs: object) -> None:
            raise AssertionError("built although the tables were in the cache")

    monkeypatch.setattr(compiled, "SpanScorer", NoBuilding)
    again = load_model(MODEL_PATH)._compiled_scorer()
    assert again.dump() == first.dump()
    monkeypatch.undo()
    monkeypatch.setenv("CANDOR_CACHE_DIR", str(tmp_path))
    for damaged in (recache._RAW + b"no marshal data", None):
        if damaged is None:  # an entry that holds bytes, but not a dump
            recache._put(tmp_path, entry, b"not a dump", compress=False)
        else:
            recache._STORE.put(tmp_path, entry, damaged)
        assert load_model(MODEL_PATH)._compiled_scorer().dump() == first.dump()
    # The tables are only read when a pure-Python path needs them.
    lazy = load_model(MODEL_PATH)
    assert lazy.weights._table is None  # type: ignore[attr-defined]
    sentence = "he is too old for this role"
    from_json = SecondOpinion.from_json(json.loads(MODEL_PATH.read_text(encoding="utf-8")))
    assert lazy.probability(sentence) == from_json.probability(sentence)
    assert lazy.weights._table is not None  # type: ignore[attr-defined]


def _cache_keys(folder: Path) -> list[str]:
    import sqlite3

    with sqlite3.connect(folder / "cache.sqlite3") as db:
        return [k for (k,) in db.execute("SELECT key FROM entries")]


def _flat_model(
    bias: float, category_bias: dict[str, float] | None = None, **options: float
) -> SecondOpinion:
    """A model that knows the shipped model's words, but whose every sentence scores
    sigmoid(bias), and each category sigmoid(category_bias): no feature carries weight."""
    zeros = tuple(0.0 for _ in CATEGORIES)
    cats = category_bias or {}
    shipped = load_model()
    return SecondOpinion(
        weights={f: (idf, 0.0) for f, (idf, _) in shipped.weights.items()},
        bias=bias,
        category_weights={f: (idf, zeros) for f, (idf, _) in shipped.category_weights.items()},
        category_bias=tuple(cats.get(c, -5.0) for c in CATEGORIES),
        threshold=0.8,
        veto=0.15,
        trained_on="test",
        **options,
    )


def test_confident_category_joins_a_rule_of_another_category() -> None:
    text = "Not a culture fit for the team."
    rules = default_engine().lint(text, second_opinion=False).findings
    assert {f.category for f in rules} == {"subjective_fit"}
    cats = {"age": 2.0}  # probability 0.88
    silent = dataclasses.replace(
        default_engine(), model=_flat_model(3.0, cats, confident_category=0.0)
    )
    assert silent.lint(text).findings == rules
    sure = dataclasses.replace(
        default_engine(), model=_flat_model(3.0, cats, confident_category=0.85)
    )
    assert {f.rule_id for f in sure.lint(text).findings} == {f.rule_id for f in rules} | {
        "CND-SO-AGE"
    }
    unsure = dataclasses.replace(
        default_engine(), model=_flat_model(3.0, cats, confident_category=0.9)
    )
    assert unsure.lint(text).findings == rules


def test_veto_drops_warnings_and_errors_only_below_their_limits() -> None:
    rules_only = default_engine().lint(
        "Not a culture fit. Too old for the job.", second_opinion=False
    )
    severities = {f.severity for f in rules_only.findings}
    assert severities >= {"error"} and severities - {"error"}, "needs an error and a warning"
    low = dataclasses.replace(default_engine(), model=_flat_model(-10.0))
    kept = low.lint("Not a culture fit. Too old for the job.").findings
    assert kept and all(f.severity == "error" for f in kept)
    high = dataclasses.replace(default_engine(), model=_flat_model(0.0))  # p = 0.5
    assert high.lint("Not a culture fit. Too old for the job.") == rules_only
    # With an error veto, errors go too, but only below its lower limit.
    errors_too = dataclasses.replace(default_engine(), model=_flat_model(-10.0, veto_errors=0.1))
    assert errors_too.lint("Not a culture fit. Too old for the job.").findings == ()
    above = dataclasses.replace(default_engine(), model=_flat_model(-2.0, veto_errors=0.1))
    assert {f.severity for f in above.lint("Not a culture fit. Too old for the job.").findings} == {
        "error"
    }  # p = 0.12: below the warning veto (0.15), above the error veto (0.1)


def test_veto_needs_the_model_to_know_the_words_the_rule_matched() -> None:
    text = "Too old for the job."
    rules = default_engine().lint(text, second_opinion=False).findings
    assert [f.match for f in rules] == ["Too old"]
    vetoing = _flat_model(-10.0, veto_errors=0.1)
    assert dataclasses.replace(default_engine(), model=vetoing).lint(text).findings == ()
    # The same model without "old": a low score no longer says the trigger is benign.
    unaware = dataclasses.replace(
        vetoing, weights={f: v for f, v in vetoing.weights.items() if f != "old"}
    )
    assert dataclasses.replace(default_engine(), model=unaware).lint(text).findings == rules


def test_model_json_round_trip() -> None:
    model = load_model()
    again = SecondOpinion.from_json(json.loads(json.dumps(model.to_json())))
    assert again.weights == model.weights and again.threshold == model.threshold
    assert again.category_weights == model.category_weights
    with pytest.raises(ValueError, match="format"):
        SecondOpinion.from_json({"format": 1})  # category weights shared the risk features


def test_shipped_model_is_trained_on_the_current_data() -> None:
    """The committed file is what scripts/train_language_model.py writes, not hand-made."""
    shipped = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    fresh = json.loads(build())
    assert shipped["trained_on"] == fresh["trained_on"], "run scripts/train_language_model.py"
    assert shipped["bias"] == pytest.approx(fresh["bias"], abs=1e-3)
    assert shipped["features"].keys() == fresh["features"].keys()
    for name in list(shipped["features"])[::97]:
        assert shipped["features"][name][1] == pytest.approx(fresh["features"][name][1], abs=1e-3)


def test_catalogue_entries_one_per_category() -> None:
    assert [o.category for o in OPINIONS] == list(CATEGORIES)
    assert len({o.id for o in OPINIONS}) == len(CATEGORIES)
    assert get_opinion("cnd-so-age").category == "age"
    assert "statistical second opinion" in explain("CND-SO-AGE")
    with pytest.raises(UnknownRuleError):
        explain("CND-SO-NOPE")


def test_training_set_adds_the_sentences_of_safe_passages() -> None:
    items = [
        {"text": "Scored 4/5. Best of luck!", "label": "safe", "categories": []},
        {"text": "Too old. Best of luck!", "label": "risky", "categories": ["age"]},
        {"text": "One sentence only.", "label": "safe", "categories": []},
    ]
    texts, labels = training_set(items, ["Ran the till."])
    assert texts == [
        "Scored 4/5. Best of luck!",
        "Too old. Best of luck!",
        "One sentence only.",
        "Scored 4/5.",
        "Best of luck!",
        "Ran the till.",
    ]
    assert labels == [None, ["age"], None, None, None, None]
    assert training_set(items, split_safe=False)[0] == [i["text"] for i in items]


def _group(first: int) -> tuple[str, ...]:
    return tuple(f"holdout{n}" for n in range(first, first + 4))


@pytest.mark.parametrize(
    ("fresh", "precision", "recall", "category_recall"),
    [
        # holdout24 to holdout27: four authors who wrote after the 0.6 engine was
        # committed; scored once with it, rules + model pooled P 0.965 / R 0.982
        # (rules alone 0.949 / 0.858). Retrained now (0.7, later authors in the
        # training data): P 0.982 / R 0.987, every category at least 0.93; with the 0.8
        # rules and corpus: P 0.988 / R 0.987, age 0.922 (one age item more missed),
        # every other category at least 0.937.
        pytest.param(_group(24), 0.975, 0.98, 0.91, id="24-27"),
        # holdout28 to holdout31: scored once at the middle of round 0.7, P 0.953 /
        # R 0.983 (0.6 engine 0.952 / 0.983); the rules' false alarms on them were then
        # read for the second half of 0.7. Retrained now: P 0.967 / R 0.981, every
        # category at least 0.91.
        pytest.param(_group(28), 0.96, 0.975, 0.89, id="28-31"),
        # holdout32 to holdout35: four authors who wrote during round 0.7, scored once
        # with the final 0.7 engine: P 0.974 / R 0.982, FPR 0.028, every category at
        # least 0.903 (rules alone 0.961 / 0.856; the engine of the middle of 0.7 scored
        # 0.972 / 0.987). Retrained now (three patterns later read off their misses, four
        # more authors in the training data): P 0.977 / R 0.987, categories at least 0.903.
        pytest.param(_group(32), 0.97, 0.975, 0.9, id="32-35"),
        # holdout36 to holdout39: four authors scored once with the shipped 0.7 engine:
        # P 0.974 / R 0.987, FPR 0.028 (rules alone 0.961 / 0.857); categories down to
        # disability 0.841 and sex_gender 0.857. CND-DIS-014 was then read off their misses;
        # retrained now: P 0.976 / R 0.990, sex_gender 0.857, every other category 0.90+.
        pytest.param(_group(36), 0.97, 0.98, 0.83, id="36-39"),
        # holdout40 to holdout43: four authors scored once with the final 0.7 engine
        # (CND-DIS-014 in): P 0.983 / R 0.980, FPR 0.019 (rules alone 0.963 / 0.834);
        # categories down to orientation and identity 0.794 and sex_gender 0.848.
        pytest.param(_group(40), 0.975, 0.975, 0.78, id="40-43"),
        # holdout56 to holdout59: scored once in round 0.8 with e36cd43: P 0.971 /
        # R 0.985, FPR 0.033, categories down to disability 0.887 (rules alone 0.941 /
        # 0.856); their misses were then read. Retrained now: P 0.978 / R 0.992, every
        # category at least 0.925.
        pytest.param(_group(56), 0.97, 0.985, 0.9, id="56-59"),
        # holdout64 to holdout67: scored once with the final 0.8 rules (fdb03de): P 0.977 /
        # R 0.986, FPR 0.025, categories down to fit 0.893 and sex_gender 0.899 (rules
        # alone 0.953 / 0.869); never read. Retrained now, the same figures.
        pytest.param(_group(64), 0.97, 0.98, 0.88, id="64-67"),
    ],
)
def test_generalises_to_authors_it_was_not_trained_on(
    fresh: tuple[str, ...], precision: float, recall: float, category_recall: float
) -> None:
    """Retrain without a group of authors who wrote after the engine they were scored
    with, and score them (docs/language.md). Training is deterministic, so a change to
    the features, the training or the engine that loses accuracy on unseen text fails
    here; the second opinion must add at least 0.1 recall to the rules'."""
    items = load_corpus(CORPUS)
    texts, labels = training_set(
        [*(i for i in items if i["split"] not in fresh), *rule_examples()],
        typical_sentences("train"),
    )
    engine = dataclasses.replace(default_engine(), model=train(texts, labels))
    held = [i for i in items if i["split"] in fresh]
    both = {}
    rules = {}
    for it in held:
        report = engine.lint(it["text"])
        if report.findings:
            both[it["id"]] = list(report.categories())
        report = engine.lint(it["text"], second_opinion=False)
        if report.findings:
            rules[it["id"]] = list(report.categories())
    ev = evaluate(held, both)
    assert ev.precision >= precision
    assert ev.recall >= recall
    assert ev.recall >= evaluate(held, rules).recall + 0.1
    by_category = {c.category: c.recall for c in ev.categories}
    assert min(by_category.values()) >= category_recall, by_category


UNSEEN = Path(__file__).parents[2] / "data" / "language" / "unseen.jsonl"


@pytest.mark.parametrize(
    ("first", "precision", "recall", "fpr", "category_recall"),
    [
        # holdout68 to holdout71 wrote after the 0.8 engine was final; scored once with it
        # (f20a791): P 0.986 / R 0.996, FPR 0.015, every category pooled at least 0.938,
        # every category of every set at least 0.857 (rules alone 0.964 / 0.854). With the
        # 0.9 engine: 0.986 / 0.997 / 0.015, sex_gender 0.922.
        pytest.param(68, 0.98, 0.99, 0.025, 0.92, id="after-0.8"),
        # holdout82 to holdout85 wrote after 18f8055; scored once with it: P 0.984 /
        # R 0.989, FPR 0.017, every category pooled at least 0.923 (rules alone 0.955 /
        # 0.857). With f25486d: the same, veteran 0.908 (one item fewer); with the final
        # 0.9 rules: the same, veteran 0.923.
        pytest.param(82, 0.975, 0.98, 0.025, 0.90, id="after-0.9a"),
        # holdout90 to holdout93 wrote after f25486d; scored once with it: P 0.978 / R 0.991,
        # FPR 0.024, every category pooled at least 0.851 (sex_gender; rules alone 0.948 /
        # 0.859). With the final 0.9 rules (CND-SEX-015): the same, sex_gender 0.881.
        pytest.param(90, 0.97, 0.985, 0.03, 0.84, id="after-0.9b"),
        # holdout96 to holdout99 wrote after the final 0.9 rules; scored once with them
        # (8058fac): P 0.977 / R 0.984, FPR 0.025, every category pooled at least 0.917
        # (comparison; rules alone 0.936 / 0.873).
        pytest.param(96, 0.97, 0.975, 0.03, 0.90, id="after-0.9"),
        # holdout112 to holdout115 wrote after the round-0.10 rules were final; scored once
        # with them (a026144): P 0.986 / R 0.989, FPR 0.015, every category pooled at least
        # 0.936 (appearance; rules alone 0.960 / 0.842).
        # With the final 0.10 rules (50a4487): 0.985 / 0.989 / 0.016, age 0.929.
        pytest.param(112, 0.975, 0.98, 0.025, 0.92, id="after-0.10"),
        # holdout124 to holdout127 wrote during round 0.10 and were scored once with its
        # final rules (50a4487): P 0.973 / R 0.989, FPR 0.031, every category pooled at
        # least 0.895 (comparison; rules alone 0.930 / 0.807); holdout127 has four
        # categories below 0.85 (sex_gender 0.778 the lowest).
        pytest.param(124, 0.965, 0.98, 0.04, 0.88, id="final-0.10"),
        # holdout128 to holdout131 and holdout132 to holdout135, eight more authors who
        # wrote while the final 0.10 rules were scored; each group scored once with them
        # (50a4487): P 0.976 / R 0.987, FPR 0.028, every category pooled at least 0.922
        # (disability), and P 0.969 / R 0.986, FPR 0.035, at least 0.910 (sex_gender).
        pytest.param(128, 0.965, 0.98, 0.035, 0.90, id="final-0.10b"),
        pytest.param(132, 0.96, 0.98, 0.045, 0.89, id="final-0.10c"),
    ],
)
def test_shipped_engine_on_authors_it_never_saw(
    first: int, precision: float, recall: float, fpr: float, category_recall: float
) -> None:
    """Groups of four authors who wrote after an engine was final and whose sets are kept
    out of the training data (tests/data/language/unseen.jsonl; the training script reads
    corpus.jsonl only), scored once with the engine of their time. The floors sit just
    below, so a change that loses accuracy on text nobody has read fails here
    (docs/language.md)."""
    everything = load_corpus(UNSEEN)
    assert not {i["split"] for i in everything} & {i["split"] for i in load_corpus(CORPUS)}
    group = {f"holdout{n}" for n in range(first, first + 4)}
    items = [i for i in everything if i["split"] in group]
    assert len(items) == 1920
    ev = evaluate(items)
    assert ev.precision >= precision
    assert ev.recall >= recall
    assert ev.false_positive_rate <= fpr
    by_category = {c.category: c.recall for c in ev.categories}
    assert min(by_category.values()) >= category_recall, by_category
