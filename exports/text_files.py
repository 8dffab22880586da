"""Reading article files as text: folders expanded, encodings recognised, bad files named."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

ARTICLE_SUFFIXES = (".txt",)
# Encodings a news text file plausibly comes in; narrowing the guess keeps it right on short files.
LIKELY_ENCODINGS = ["utf_8", "cp1252", "latin_1", "utf_16"]


class UnreadableFileError(Exception):
    """A file that cannot be imported; the message says why, for the user."""


@dataclass(frozen=True)
class TextFile:
    path: Path
    text: str
    encoding: str


def collect_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given, and the article files inside folders (recursively, sorted)."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*")
                                if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES))
        else:
            found.append(path)
    return found


def read_text_file(path: Path) -> TextFile:
    """Decode a file as text; raise UnreadableFileError naming the problem."""
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise UnreadableFileError("the file does not exist") from exc
    except IsADirectoryError as exc:
        raise UnreadableFileError("it is a folder") from exc
    except OSError as exc:
        raise UnreadableFileError(f"it cannot be read ({exc.strerror or exc})") from exc
    if not data.strip():
        raise UnreadableFileError("the file is empty")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _decoded(path, data, "utf_16")
    if b"\x00" in data[:8192]:
        raise UnreadableFileError("it is a binary file, not text")
    try:
        return TextFile(path, data.decode("utf-8-sig"), "utf-8")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data, cp_isolation=LIKELY_ENCODINGS).best()
    if best is None:
        raise UnreadableFileError("its text encoding could not be recognised")
    encoding = best.encoding
    # Latin-1 leaves 0x80-0x9F as control characters; in news text they are cp1252 quotes and dashes.
    if encoding == "latin_1" and any(0x80 <= b <= 0x9F for b in data):
        encoding = "cp1252"
    return _decoded(path, data, encoding)


def _decoded(path: Path, data: bytes, encoding: str) -> TextFile:
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise UnreadableFileError(f"it is not valid {encoding} text") from exc
    if sum(1 for c in text if ord(c) < 32 and c not in "\r\n\t\f") > len(text) // 100 + 1:
        raise UnreadableFileError("it is a binary file, not text")
    if not text.strip():
        raise UnreadableFileError("the file is empty")
    return TextFile(path, text, encoding)


def encoding_name(codec: str) -> str:
    """A codec name as people know it."""
    return {"cp1252": "Windows-1252", "latin_1": "ISO-8859-1", "utf_16": "UTF-16",
            "utf-8": "UTF-8", "utf_8": "UTF-8", "cp1250": "Windows-1250",
            "iso8859_15": "ISO-8859-15"}.get(codec, codec)
