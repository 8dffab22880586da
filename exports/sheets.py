"""A streamed worksheet with a styled, frozen, filtered header; article text never becomes a formula."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook

HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="305496")
FORMULA_STARTS = ("=", "+", "-", "@")


@dataclass(frozen=True)
class Column:
    title: str
    width: float = 14
    wrap: bool = False


class Sheet:
    """Rows appended one at a time (write-only mode), so memory stays bounded."""

    def __init__(self, workbook: Workbook, name: str, columns: Sequence[Column]) -> None:
        self.ws = workbook.create_sheet(name)
        self.columns = columns
        self.rows = 0
        self.ws.freeze_panes = "A2"
        for number, column in enumerate(columns, start=1):
            self.ws.column_dimensions[get_column_letter(number)].width = column.width
        header = []
        for column in columns:
            cell = WriteOnlyCell(self.ws, value=column.title)
            cell.font = HEADER_FONT
            cell.fill = HEADER_FILL
            header.append(cell)
        self.ws.append(header)

    def append(self, values: Sequence[Any]) -> None:
        self.ws.append([self._cell(v, c) for v, c in zip(values, self.columns, strict=True)])
        self.rows += 1

    def _cell(self, value: Any, column: Column) -> Any:
        if isinstance(value, dt.date):
            cell = WriteOnlyCell(self.ws, value=value)
            cell.number_format = "yyyy-mm-dd"
            return cell
        if isinstance(value, str):
            cell = WriteOnlyCell(self.ws, value=value)
            if value.startswith(FORMULA_STARTS):
                cell.data_type = "s"  # text from articles is never evaluated as a formula
            if column.wrap:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            return cell
        return value

    def finish(self) -> None:
        last = get_column_letter(len(self.columns))
        self.ws.auto_filter.ref = f"A1:{last}{self.rows + 1}"
