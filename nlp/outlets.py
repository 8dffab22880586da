"""Known news outlets and wires: how they are written in articles, and their display names."""

from __future__ import annotations

import re

# Key: the name squeezed to lowercase letters and digits, without www. and domain endings.
KNOWN_OUTLETS: dict[str, str] = {
    "antara": "ANTARA",
    "antaranews": "ANTARA",
    "kantorberitaantara": "ANTARA",
    "tribunnews": "Tribunnews",
    "tribun": "Tribunnews",
    "tribunsolo": "Tribunnews",
    "republika": "Republika",
    "republikaonline": "Republika",
    "idxchannel": "IDX Channel",
    "kompas": "Kompas",
    "kompascom": "Kompas",
    "kompastv": "Kompas TV",
    "detik": "Detik",
    "detikcom": "Detik",
    "detiknews": "Detik",
    "cnnindonesia": "CNN Indonesia",
    "cnbcindonesia": "CNBC Indonesia",
    "tempo": "Tempo",
    "tempoco": "Tempo",
    "liputan6": "Liputan6",
    "okezone": "Okezone",
    "sindonews": "SINDOnews",
    "kumparan": "kumparan",
    "jawapos": "Jawa Pos",
    "mediaindonesia": "Media Indonesia",
    "bisnis": "Bisnis.com",
    "kontan": "Kontan",
    "suara": "Suara.com",
    "merdeka": "Merdeka.com",
    "viva": "VIVA",
    "inews": "iNews",
    "metrotvnews": "Metro TV",
    "beritasatu": "Beritasatu",
    "jpnn": "JPNN",
    "idntimes": "IDN Times",
    "thejakartapost": "The Jakarta Post",
    "jakartapost": "The Jakarta Post",
    "jakartaglobe": "Jakarta Globe",
    "tvrinews": "TVRI",
    "rri": "RRI",
    "voaindonesia": "VOA Indonesia",
    "bbcindonesia": "BBC Indonesia",
    "katadata": "Katadata",
    "mnc": "MNC",
    "okenews": "Okezone",
    "reuters": "Reuters",
    "ap": "AP",
    "associatedpress": "AP",
    "afp": "AFP",
    "yonhap": "Yonhap",
    "anadolu": "Anadolu",
    "anadoluagency": "Anadolu",
    "aa": "Anadolu",
    "bernama": "Bernama",
    "xinhua": "Xinhua",
    "kyodo": "Kyodo",
    "bloomberg": "Bloomberg",
    "cnn": "CNN",
    "bbc": "BBC",
}

_DOMAIN_END = re.compile(r"\.(?:co\.id|com|net|org|id|co|tv|news)(?:\.[a-z]{2})?$", re.IGNORECASE)


def outlet_key(name: str) -> str:
    """Squeeze an outlet name or domain to the key used in KNOWN_OUTLETS."""
    name = name.strip().lower()
    name = name.removeprefix("https://").removeprefix("http://").removeprefix("www.")
    name = _DOMAIN_END.sub("", name)
    return re.sub(r"[^a-z0-9]", "", name)


def canonical_outlet(name: str) -> str | None:
    """Display name for a known outlet, else the name as written (trimmed); None for empty input."""
    name = name.strip(" \t-–—:,.()")
    if not name:
        return None
    key = outlet_key(name)
    if key in KNOWN_OUTLETS:
        return KNOWN_OUTLETS[key]
    # Wire credits like "Yonhap-OANA" or "ANTARA/Reuters": the first known part names the wire.
    for part in re.split(r"[-/,&]| dan | and ", name):
        if outlet_key(part) in KNOWN_OUTLETS:
            return KNOWN_OUTLETS[outlet_key(part)]
    return name


def is_known_outlet(name: str) -> bool:
    """True when name (or domain) is in the table of known outlets."""
    return outlet_key(name) in KNOWN_OUTLETS
