"""Imports into and exports out of a project: article files, JSONL, Excel (no Qt)."""
