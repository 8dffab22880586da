"""Token boundaries, which the article view snaps a selection to."""

from __future__ import annotations

from nlp.tokens import token_bounds

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


def test_english_tokens() -> None:
    assert token_bounds("U.S. officials", lang="en") == [(0, 4), (5, 14)]
