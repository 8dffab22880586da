"""The supervisor's workbook (Summary, Articles, Entities, Events, Clusters, Annotators), streamed."""

from exports.workbook.export import ExportCancelledError, export_csv, export_workbook
from exports.workbook.summary import SummaryBlock, summary_rows

__all__ = ["ExportCancelledError", "SummaryBlock", "export_csv", "export_workbook", "summary_rows"]
