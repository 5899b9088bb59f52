"""The shared document checker used by plans and policies."""

from candor.validation import Checker
from candor.yamlio import parse_yaml_document

DOC = parse_yaml_document(
    "a:\n  name: '  two   words '\n  n: 1.5\n  flag: 'yes'\nb: [1]\n", source="d.yaml"
)


def test_required_defaults_differ_for_plans_and_policies() -> None:
    strict = Checker(DOC)
    assert strict.mapping(None, "missing") == {}
    assert [str(p) for p in strict.problems] == ["d.yaml: missing: is required"]
    lenient = Checker(DOC, required=False)
    assert lenient.mapping(None, "missing") == {} and lenient.problems == []


def test_text_collapse_and_errors_carry_lines() -> None:
    a = DOC.data["a"]
    assert Checker(DOC).text(a, "name", "a") == "two   words"
    assert Checker(DOC, collapse=True).text(a, "name", "a") == "two words"
    c = Checker(DOC)
    assert c.number(a["n"], "a.n", integer=True) is None
    assert c.whole(a["n"], "a.n", 3, lo=1, hi=5) == 3
    assert c.flag(a, "flag", "a", False) is False
    assert [str(p) for p in c.problems] == [
        "d.yaml:3: a.n: must be a whole number, got 1.5",
        "d.yaml:3: a.n: must be a whole number, got 1.5",
        "d.yaml:4: a.flag: must be true or false, got 'yes'",
    ]


def test_unknown_keys_and_ids() -> None:
    c = Checker(DOC)
    c.unknown(DOC.data, "", {"a"})
    assert c.ident({"id": "bad id!"}, "id", "x") == "bad id!"
    assert [p.message for p in c.problems] == [
        "unknown key (known: a)",
        "'bad id!' is not a valid ID (letters, digits, '_', '-', '.'; at most 64)",
    ]
