"""The workbook as one CSV file per sheet: UTF-8 with a BOM (so Excel reads it), same columns."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

from exports.workbook.values import Column, Figure, Link, Snippet, looks_like_formula

ENCODING = "utf-8-sig"  # the BOM tells Excel the file is UTF-8


def csv_paths(out: Path, names: Sequence[str]) -> dict[str, Path]:
    """Where each sheet goes: out-Articles.csv beside out.csv, or Articles.csv in the folder out."""
    if out.suffix.lower() == ".csv":
        return {name: out.with_name(f"{out.stem}-{name}.csv") for name in names}
    return {name: out / f"{name}.csv" for name in names}


def _text(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, Link):
        return value.text
    if isinstance(value, Figure):
        return value.value
    if isinstance(value, Snippet):
        value = value.plain
    if isinstance(value, dt.datetime):
        return value.isoformat(" ", "minutes")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        minutes = round(value.total_seconds() / 60)
        return f"{minutes // 60}:{minutes % 60:02d}"
    if isinstance(value, str) and looks_like_formula(value):
        return "'" + value  # spreadsheet programs would evaluate it; the quote keeps it text (OWASP)
    return value


class CsvSheet:
    def __init__(self, path: Path, columns: Sequence[Column], header: bool = True) -> None:
        self.path = path
        self.part = path.with_name(path.name + ".part")
        self.columns = columns
        self.rows = 0
        self._file: IO[str] = self.part.open("w", encoding=ENCODING, newline="")
        self._writer = csv.writer(self._file)
        if header:
            self._writer.writerow([c.title for c in columns])

    def append(self, values: Sequence[Any], bold: bool = False) -> None:
        self._writer.writerow([_text(v) for v in values])
        self.rows += 1

    def finish(self) -> None:
        pass  # tables are an Excel notion; the file is closed on save

    def close(self, keep: bool) -> None:
        self._file.close()
        if keep:
            self.part.replace(self.path)
        else:
            self.part.unlink(missing_ok=True)


class CsvBook:
    """One CSV per sheet, each written aside and renamed only when the whole export succeeded."""

    def __init__(self, paths: dict[str, Path]) -> None:
        self.paths = paths
        self.sheets: list[CsvSheet] = []
        next(iter(paths.values())).parent.mkdir(parents=True, exist_ok=True)

    def _open(self, name: str, columns: Sequence[Column], header: bool) -> CsvSheet:
        sheet = CsvSheet(self.paths[name], columns, header)
        self.sheets.append(sheet)
        return sheet

    def table(self, name: str, columns: Sequence[Column]) -> CsvSheet:
        return self._open(name, columns, header=True)

    def plain(self, name: str, columns: Sequence[Column]) -> CsvSheet:
        return self._open(name, columns, header=False)

    def save(self, out: Path) -> None:
        for sheet in self.sheets:
            sheet.close(keep=True)

    def discard(self) -> None:
        for sheet in self.sheets:
            sheet.close(keep=False)
