"""Cell values the sheets share, and the rule that article text never becomes a formula."""

from __future__ import annotations

import re
from dataclasses import dataclass

FORMULA_STARTS = ("=", "+", "-", "@")
MAX_CELL_CHARS = 32_767  # Excel's limit; a longer cell makes the file unreadable
# Control characters XML 1.0 cannot carry (openpyxl refuses them).
_ILLEGAL = re.compile(r"[\000-\010\013\014\016-\037]")


@dataclass(frozen=True)
class Column:
    title: str
    width: float = 14
    wrap: bool = False
    number_format: str = ""  # for numbers and times; dates always show as yyyy-mm-dd


@dataclass(frozen=True)
class Link:
    """An internal link to a row of another sheet, shown as text."""

    text: str
    sheet: str
    row: int

    @property
    def location(self) -> str:
        return f"'{self.sheet}'!A{self.row}"


@dataclass(frozen=True)
class Figure:
    """A number with its own format, where the column's does not fit (kappa is not a share)."""

    value: float
    number_format: str = "0.000"


@dataclass(frozen=True)
class Snippet:
    """A mention in its context; the workbook shows the mention in bold."""

    before: str
    mention: str
    after: str

    @property
    def plain(self) -> str:
        return f"{self.before}{self.mention}{self.after}"


def looks_like_formula(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def clean_text(text: str) -> str:
    """Text a cell can hold: no XML-illegal control characters, at most Excel's cell size."""
    text = _ILLEGAL.sub(" ", text)
    return text if len(text) <= MAX_CELL_CHARS else text[:MAX_CELL_CHARS - 1] + "…"


def snippet(body: str, start: int, end: int, chars: int = 60) -> Snippet:
    """The mention with up to chars characters either side, on one line."""
    before = body[max(0, start - chars):start].replace("\n", " ")
    after = body[end:end + chars].replace("\n", " ")
    # An ellipsis where the body goes on, so a cut word reads as cut.
    return Snippet(("…" if start > chars else "") + before, body[start:end],
                   after + ("…" if end + chars < len(body) else ""))
