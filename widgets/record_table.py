"""The look shared by the record tables: whole-row selection, no grid, fixed row height, left headers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def style_record_table(view: QTableView, *, multi: bool = False, row_padding: int = 10) -> None:
    """Rows of records, read like a list: one row per record, elided not wrapped, Tab leaves the table."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi
                          else QAbstractItemView.SelectionMode.SingleSelection)
    view.setShowGrid(False)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setTabKeyNavigation(False)
    rows = view.verticalHeader()
    rows.hide()
    # A fixed height lets Qt skip measuring every row, which keeps long tables fast.
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(view.fontMetrics().height() + row_padding)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
