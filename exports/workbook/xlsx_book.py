"""The workbook as openpyxl write-only sheets: each a styled Excel table with a frozen header."""

from __future__ import annotations

import datetime as dt
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

from exports.workbook.values import Column, Figure, Link, Snippet, clean_text, looks_like_formula

TABLE_STYLE = "TableStyleMedium2"
BOLD = InlineFont(b=True)
BLOCK_TITLE_FONT = Font(bold=True, size=12)
HEADER_FONT = Font(bold=True)
LINK_FONT = Font(color="0563C1", underline="single")
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"


class XlsxSheet:
    """Rows appended one at a time (write-only mode), so memory stays bounded whatever the size."""

    def __init__(self, workbook: Workbook, name: str, columns: Sequence[Column]) -> None:
        self.ws = workbook.create_sheet(name)
        self.name = name
        self.columns = columns
        self.rows = 0  # data rows written, header excluded
        # Write-only sheets write their column widths before the first row: set them now.
        for number, column in enumerate(columns, start=1):
            self.ws.column_dimensions[get_column_letter(number)].width = column.width

    def append(self, values: Sequence[Any], bold: bool = False) -> None:
        """One row; bold for a block title (the Summary sheet)."""
        cells = [self._cell(v, c) for v, c in zip(values, self.columns, strict=False)]
        if bold:
            for cell in cells:
                if isinstance(cell, Cell):
                    cell.font = BLOCK_TITLE_FONT
        self.ws.append(cells)
        self.rows += 1

    def _cell(self, value: Any, column: Column) -> Any:
        if value is None:
            return None
        cell = WriteOnlyCell(self.ws)
        if isinstance(value, Link):
            # A HYPERLINK formula of our own (sheet name and row only, no article text): a
            # Hyperlink object would be kept in memory until the sheet is saved, one per row.
            cell.value = f'=HYPERLINK("#{value.location}","{value.text}")'
            cell.font = LINK_FONT
        elif isinstance(value, Figure):
            cell.value = value.value
            cell.number_format = value.number_format
        elif isinstance(value, Snippet):
            parts = [clean_text(value.before), TextBlock(BOLD, clean_text(value.mention) or " "),
                     clean_text(value.after)]
            cell.value = CellRichText([p for p in parts if isinstance(p, TextBlock) or p])
        elif isinstance(value, str):
            text = clean_text(value)
            cell.value = text
            if looks_like_formula(text):
                cell.data_type = "s"  # text from articles is never evaluated as a formula
                cell.quotePrefix = True  # and stays text when a user edits the cell
        else:
            cell.value = value
            if isinstance(value, dt.datetime):
                cell.number_format = DATETIME_FORMAT
            elif isinstance(value, dt.date):
                cell.number_format = DATE_FORMAT
            elif column.number_format and isinstance(value, float | dt.timedelta):
                cell.number_format = column.number_format  # shares and durations; counts stay plain
        if column.wrap:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        return cell


class XlsxTableSheet(XlsxSheet):
    """A sheet that is one Excel table: its header row, then the data, filters from the table."""

    def __init__(self, workbook: Workbook, name: str, columns: Sequence[Column]) -> None:
        super().__init__(workbook, name, columns)
        self.ws.freeze_panes = "A2"
        header = []
        for column in columns:
            cell = WriteOnlyCell(self.ws, value=column.title)
            cell.font = HEADER_FONT
            header.append(cell)
        self.ws.append(header)

    def finish(self) -> None:
        # An Excel table needs a data row: an empty table spans its header and one blank row.
        last_row = max(self.rows, 1) + 1
        table = Table(displayName=f"{self.name}Table",
                      ref=f"A1:{get_column_letter(len(self.columns))}{last_row}")
        # Write-only sheets cannot read their header back: the columns are named by hand,
        # with exactly the header cells' text (openpyxl docs, "Worksheet Tables").
        table.tableColumns = [TableColumn(id=i, name=c.title) for i, c in enumerate(self.columns, 1)]
        table.tableStyleInfo = TableStyleInfo(name=TABLE_STYLE, showRowStripes=True)
        with warnings.catch_warnings():  # "add table columns manually": done just above
            warnings.simplefilter("ignore", UserWarning)
            self.ws.add_table(table)


class XlsxBook:
    """Sheets are created in the order they appear and may be filled in any order."""

    def __init__(self) -> None:
        self.workbook = Workbook(write_only=True)

    def table(self, name: str, columns: Sequence[Column]) -> XlsxTableSheet:
        return XlsxTableSheet(self.workbook, name, columns)

    def plain(self, name: str, columns: Sequence[Column]) -> XlsxSheet:
        return XlsxSheet(self.workbook, name, columns)

    def save(self, out: Path) -> None:
        """Written aside, then renamed: a failed export never leaves half a workbook."""
        tmp = out.with_name(out.name + ".part")
        self.workbook.save(tmp)
        tmp.replace(out)
