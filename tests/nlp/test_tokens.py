"""Token boundaries and snapping a selection to whole tokens."""

from __future__ import annotations

from nlp.tokens import snap, token_bounds

TEXT = "Presiden Joe Biden bertemu Kamis (11/7)."


def test_token_bounds_slice_to_tokens() -> None:
    bounds = token_bounds(TEXT)
    assert [TEXT[s:e] for s, e in bounds] == [
        "Presiden",
        "Joe",
        "Biden",
        "bertemu",
        "Kamis",
        "(",
        "11",
        "/",
        "7",
        ")",
        ".",
    ]


def test_snap_grows_to_whole_tokens() -> None:
    bounds = token_bounds(TEXT)
    start = TEXT.index("oe")
    assert snap(bounds, start, start + 6) == (TEXT.index("Joe"), TEXT.index("Biden") + len("Biden"))


def test_snap_ignores_surrounding_whitespace() -> None:
    bounds = token_bounds(TEXT)
    start = TEXT.index(" Joe ")
    assert snap(bounds, start, start + 5) == (start + 1, start + 4)


def test_snap_whitespace_or_empty_is_none() -> None:
    bounds = token_bounds(TEXT)
    gap = TEXT.index(" ")
    assert snap(bounds, gap, gap + 1) is None
    assert snap(bounds, 3, 3) is None
    assert snap([], 0, 5) is None


def test_english_tokens() -> None:
    assert token_bounds("U.S. officials", lang="en") == [(0, 4), (5, 14)]
