"""Killing the app loses nothing: a change is on disk when the call that made it returns."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from models import db, spans
from models.articles import NewArticle, add_articles
from tests.conftest import REPO


def test_a_killed_process_keeps_its_last_edit(tmp_path: Path) -> None:
    path = tmp_path / "killed.kliping"
    db.open_project(path)
    [article] = add_articles([NewArticle(body="Menlu Retno bertemu Menlu Wong.", raw_text="",
                                         source_file="a.txt")])
    db.close_project()
    script = textwrap.dedent(f"""
        import os, signal, sys
        sys.path.insert(0, {str(REPO)!r})
        from models import db, spans
        db.open_project({str(path)!r}, annotator="victim")
        spans.add_span({article.id}, 6, 11, "PERSON")
        os.kill(os.getpid(), signal.SIGKILL)
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=120)
    assert done.returncode == -9, done.stderr
    db.open_project(path)
    try:
        [span] = spans.list_spans(article.id)
        assert (span.text, span.label, span.annotator) == ("Retno", "PERSON", "victim")
    finally:
        db.close_project()
