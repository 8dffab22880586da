"""Recognise what a news site wraps around an article: menus, captions, share bars, link lists."""

from __future__ import annotations

import re

_I = re.IGNORECASE

# Whole lines that are never article text.
_JUNK = re.compile(
    r"^(?:"
    r"baca\s+juga\b.*|lihat\s+juga\b.*|simak\s+juga\b.*|simak\s+video\b.*|pilihan\s+editor\s*:.*"
    r"|\[\s*gambas\s*:.*\]|baca\s+(?:artikel|berita)\s+detik\w*.*"
    r"|artikel\s+terkait\b.*|read\s+more\b.*|related\b.*"
    r"|advertisement|iklan|scroll\s+to\s+(?:continue|resume).*|lanjutkan\s+membaca.*"
    r"|share|bagikan|share\s+this.*|subscribe.*|berlangganan.*|follow\s+us.*|ikuti\s+(?:kami|berita).*"
    r"|text\s+sizes?|ukuran\s+teks|small|medium|large|larger|aa|a\+|a-"
    r"|dapatkan\s+berita\s+pilihan.*|di\s+whatsapp\s+anda|download\s+aplikasi.*|unduh\s+aplikasi.*"
    r"|copyright\s*©.*|©.*|hak\s+cipta.*|all\s+rights\s+reserved.*"
    r"|konten\s+ini\s+disempurnakan.*|artikel\s+ini\s+(?:telah|sudah)\s+tayang.*"
    r"|tags?\s*:.*|topik\s*:.*|editor'?s\s+pick.*|\(\s*[A-Za-z]{2,5}(?:\s*/\s*[A-Za-z]{2,5})*\s*\)"
    # share widgets and app prompts: "facebook twitter whatsapp", "SCROLL UNTUK MELANJUTKAN MEMBACA"
    r"|(?:(?:facebook|twitter|whatsapp|telegram|line|copy|link|linkedin|email|x|pinterest|icon|salin)\W*){2,}"
    r"|url\s+berhasil\s+dicopy|salin\s+link|copy\s+link|tutup|close|perbesar|lihat\s+foto|baca\s+di\s+app"
    # short widget lines only: a headline may open with "Logo" or "Gabung di"
    r"|scroll\s+(?:untuk|ke\s+bawah).*|gabung\s+di\s+\S+(?:\s+\S+){0,2}|image\s+of\s+\S+(?:\s+\S+){0,2}"
    r"|logo\s+\S+(?:\s+\S+){0,2}|photo\s+author"
    r"|baca\s+artikel\s+.*\s+lainnya\s+di\s+.*|baca\s+berita\s+dengan\s+sedikit\s+iklan.*"
    r"|thumbnail-author|bagikan\s*:?.*|komentar|\d+\s+dilihat|dibaca\s+\d+.*"
    r")$",
    _I,
)
# Photo captions and credits.
_CAPTION = re.compile(
    r"^\(?\s*(?:foto|photo|ilustrasi|gambar|image|video)\b(?:\s+arsip)?\s*[:/–—-]"
    r"|ANTARA\s+FOTO/|/ANTARA\s+FOTO|\((?:foto|photo|ilustrasi)\s*:[^)]*\)\s*$|\b(?:REUTERS|AFP|AP)/[A-Z][a-z]+"
    r"|\((?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})\s*/\s*[^()/]{2,40}\)\s*$|\./\s*[A-Z][\w ]{2,40}$",
    _I,
)
# Headings that open a list of links to other articles: nothing after them is the article.
_LINK_LIST = re.compile(
    r"^(?:berita\s+(?:terkini|populer|lainnya|terkait|pilihan|terbaru)|artikel\s+lainnya|terpopuler"
    r"|rekomendasi|more\s+stories|most\s+read|latest\s+news|related\s+(?:news|stories|articles))$",
    _I,
)
# "Pewarta: ...", "Sumber : Antara", "Editor: ..." and friends.
CREDIT = re.compile(
    r"^(?P<role>pewarta|penulis|reporter|editor|redaktur|penyunting|oleh|sumber|source|writer|"
    r"written\s+by|reporting\s+by|editing\s+by|kontributor|fotografer)\s*:\s*(?P<value>.+)$",
    _I,
)
_TRAILING_INITIALS = re.compile(r"\s*\((?:[a-z]{2,5}/)*[a-z]{2,5}\)\s*$")


def is_junk(line: str) -> bool:
    """True for share bars, ads, "Baca juga" links, copyright notes and other site furniture."""
    return bool(_JUNK.match(line))


def is_caption(line: str) -> bool:
    """True for photo captions and photo credits."""
    return bool(_CAPTION.search(line))


# A heading standing alone ("Baca Juga", "Baca juga:") whose headlines follow on their own lines.
_LINK_HEADING = re.compile(
    r"^(?:baca\s+juga|lihat\s+juga|simak\s+juga|artikel\s+terkait|berita\s+terkait|read\s+more|related)\s*:?$",
    _I,
)


def opens_link_block(line: str) -> bool:
    """True for a bare "Baca Juga" heading: the short headline lines after it are links, not text."""
    return bool(_LINK_HEADING.match(line))


def opens_link_list(line: str) -> bool:
    """True for a heading like "Berita Terkini" after which only links to other stories follow."""
    return bool(_LINK_LIST.match(line))


def is_menu_item(line: str) -> bool:
    """A navigation entry: at most three words, no sentence punctuation."""
    words = line.split()
    return 0 < len(words) <= 3 and not re.search(r"[.,:;!?\"“”]", line)


def strip_trailing_initials(line: str) -> str:
    """Drop an editor's initials like "(ant/dkh)" that close the last paragraph."""
    return _TRAILING_INITIALS.sub("", line)
