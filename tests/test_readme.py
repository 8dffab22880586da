"""README starts with the two commands and lists every shortcut of the action table."""

from __future__ import annotations

from desktop.actions import ACTIONS, readme_table
from tests.conftest import REPO


def test_readme_starts_with_run_and_test() -> None:
    lines = (REPO / "README.md").read_text(encoding="utf-8").splitlines()
    commands = [line.split()[0] for line in lines[:6] if line.startswith("./")]
    assert commands == ["./run", "./test"]


def test_readme_shortcut_table_is_current(qapp) -> None:  # type: ignore[no-untyped-def]
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert readme_table() in readme, "run: .venv/bin/python -m desktop.actions"
    for spec in ACTIONS:
        if spec.shortcut or spec.view_key:
            assert spec.text.replace("&", "").rstrip("…") in readme
