"""The supervisor's workbook as .xlsx (kept for callers of export_xlsx; see exports.workbook)."""

from __future__ import annotations

from exports.workbook import export_workbook as export_xlsx

__all__ = ["export_xlsx"]
