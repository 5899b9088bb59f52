"""Generated regular expressions for property tests of the pattern tools (rxprog's
matcher, the prefilter's analysis)."""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import strategies as st


def generated_patterns(
    atoms: Sequence[str], lookbehinds: Sequence[str], max_leaves: int
) -> st.SearchStrategy[str]:
    """Patterns built from ``atoms``: sequences, alternations, greedy and lazy repeats,
    groups, look-aheads and the given look-behinds, nested up to ``max_leaves`` atoms."""
    return st.recursive(
        st.sampled_from(list(atoms)),
        lambda inner: st.one_of(
            st.lists(inner, min_size=1, max_size=4).map("".join),
            st.lists(inner, min_size=2, max_size=4).map(lambda xs: "(?:" + "|".join(xs) + ")"),
            st.tuples(
                inner,
                st.sampled_from(["*", "+", "?", "{2}", "{0,2}", "{1,3}", "{2,}"]),
                st.sampled_from(["", "?"]),
            ).map(lambda t: "(?:" + t[0] + ")" + t[1] + t[2]),
            inner.map(lambda x: "(" + x + ")"),
            inner.map(lambda x: "(?=" + x + ")"),
            inner.map(lambda x: "(?!" + x + ")"),
            st.sampled_from(list(lookbehinds)),
        ),
        max_leaves=max_leaves,
    )
