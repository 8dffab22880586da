"""Loading gold annotations from JSONL: exports with their text, or text-free gold re-read from a corpus."""

from __future__ import annotations

import difflib
import hashlib
import json
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from exports.text_files import UnreadableFileError, read_text_file
from nlp.cleaning import clean_article
from nlp.scoring import PLOVER_TYPES


class GoldError(Exception):
    """A gold file that cannot be read; the message says where and why."""


@dataclass(frozen=True)
class GoldSpan:
    start: int
    end: int
    text: str
    label: str
    kind: str  # "entity" or "event"


@dataclass(frozen=True)
class GoldDocument:
    """One gold article: its cleaned body and the spans in it."""

    source_file: str
    body: str
    spans: tuple[GoldSpan, ...]


@dataclass
class GoldSet:
    documents: list[GoldDocument] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # spans not re-anchored, files not found
    reanchored: int = 0  # documents whose body changed since the gold was written


def body_sha256(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def _occurrences(body: str, text: str) -> list[int]:
    """Starts of text in body, preferring whole-word matches; any match if there is no whole-word one."""
    if not text:
        return []
    anywhere = [m.start() for m in re.finditer(re.escape(text), body)]
    whole = [i for i in anywhere
             if (i == 0 or not body[i - 1].isalnum()) and
             (i + len(text) == len(body) or not body[i + len(text)].isalnum())]
    return whole or anywhere


def reanchor(spans: tuple[GoldSpan, ...], body: str) -> tuple[tuple[GoldSpan, ...], tuple[GoldSpan, ...]]:
    """Move each span whose text is not at its offsets to the free occurrence of its text nearest to them.

    Returns the placed spans (sorted) and the spans whose text is no longer in the body.
    """
    placed: list[GoldSpan] = []
    lost: list[GoldSpan] = []
    taken: set[tuple[int, int, str]] = set()
    for span in spans:
        if body[span.start:span.end] == span.text and (span.start, span.end, span.kind) not in taken:
            placed.append(span)
            taken.add((span.start, span.end, span.kind))
            continue
        candidates = [i for i in _occurrences(body, span.text)
                      if (i, i + len(span.text), span.kind) not in taken]
        if not candidates:
            lost.append(span)
            continue
        start = min(candidates, key=lambda i: abs(i - span.start))
        placed.append(replace(span, start=start, end=start + len(span.text)))
        taken.add((start, start + len(span.text), span.kind))
    return tuple(sorted(placed, key=lambda s: (s.start, s.end))), tuple(lost)


def lost_message(name: str, span: GoldSpan) -> str:
    return f"{name}: {span.label} {span.text!r} (at {span.start}) is no longer in the text"


def _kind(raw: dict[str, Any]) -> str:
    kind = raw.get("kind")
    if kind in ("entity", "event"):
        return str(kind)
    return "event" if raw.get("label") in PLOVER_TYPES else "entity"


def _spans(record: dict[str, Any], body: str | None) -> tuple[GoldSpan, ...]:
    spans = []
    for raw in record.get("spans") or []:
        start, end = int(raw["start"]), int(raw["end"])
        text = raw.get("text")
        if text is None:
            if body is None:
                raise ValueError("a span without its text in a record without text")
            text = body[start:end]
        spans.append(GoldSpan(start, end, str(text), str(raw["label"]), _kind(raw)))
    return tuple(spans)


def _read_body(source_file: str, corpus: Path | None) -> str:
    if corpus is None:
        raise FileNotFoundError(f"{source_file}: the gold has no text and no corpus folder was given")
    try:
        text_file = read_text_file(corpus / source_file)
    except UnreadableFileError as exc:
        raise FileNotFoundError(f"{corpus / source_file}: {exc}") from exc
    return clean_article(text_file.text, source_file).body


def load_gold(path: Path, corpus: Path | None = None) -> GoldSet:
    """Read a gold JSONL file. Records with "text": null are re-read from corpus/<source_file>,
    cleaned, and re-anchored by span text when the cleaned body no longer has the stored hash."""
    gold = GoldSet()
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise GoldError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            meta = record.get("meta") or {}
            name = str(meta.get("source_file") or f"line {number}")
            body = record.get("text")
            spans = _spans(record, body)
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise GoldError(f"{path}, line {number}: not a gold record ({exc})") from exc
        if body is None:
            try:
                body = _read_body(name, corpus)
            except FileNotFoundError as exc:
                gold.problems.append(str(exc))
                continue
            if meta.get("body_sha256") != body_sha256(body):
                gold.reanchored += 1
            spans, lost = reanchor(spans, body)
            gold.problems.extend(lost_message(name, span) for span in lost)
        gold.documents.append(GoldDocument(name, str(body), spans))
    return gold


@dataclass(frozen=True)
class RawGold:
    """A gold article anchored to its raw file, with the metadata a reader finds in it."""

    document: GoldDocument
    outlet: str | None
    published: str | None  # ISO date, or None where the text states none
    path: Path  # the raw file


def char_mapping(source: str, target: str) -> dict[int, int]:
    """Source character index -> target index, for the characters both share in order (the cleaner
    keeps raw characters: raw -> body maps a gold span onto the body, body -> raw a prediction back)."""
    matcher = difflib.SequenceMatcher(None, source, target, autojunk=False)
    mapping: dict[int, int] = {}
    for block in matcher.get_matching_blocks():
        for offset in range(block.size):
            mapping[block.a + offset] = block.b + offset
    return mapping


def load_raw_gold(path: Path) -> list[RawGold]:
    """Gold whose spans carry raw_start/raw_end into the raw files beside it (tests/gold/unseen).

    Each file is cleaned as an import would clean it; spans in text the cleaner removes (menus, the
    headline, bylines) are left out, since the body is what gets annotated.
    """
    golds: list[RawGold] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            meta = record["meta"]
            name = str(meta["source_file"])
            raw = read_text_file(path.parent / name).text
            body = clean_article(raw, name).body
            mapping = char_mapping(raw, body)
            spans = []
            for span in record["spans"]:
                start, end = mapping.get(span["raw_start"]), mapping.get(span["raw_end"] - 1)
                if start is not None and end is not None and body[start:end + 1] == span["text"]:
                    spans.append(GoldSpan(start, end + 1, span["text"], span["label"], _kind(span)))
        except (ValueError, KeyError, TypeError, UnreadableFileError) as exc:
            raise GoldError(f"{path}, line {number}: not a raw-anchored gold record ({exc})") from exc
        golds.append(RawGold(GoldDocument(name, body, tuple(spans)), meta.get("outlet"),
                             meta.get("published"), path.parent / name))
    return golds
