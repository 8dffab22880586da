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
    "sindonewscom": "SINDOnews",
    "koransindo": "SINDOnews",
    "kumparan": "kumparan",
    "kumparancom": "kumparan",
    "jawapos": "Jawa Pos",
    "mediaindonesia": "Media Indonesia",
    "bisnis": "Bisnis.com",
    "kontan": "Kontan",
    "kontancoid": "Kontan",
    "medcom": "Medcom",
    "medcomid": "Medcom",
    "tirto": "Tirto",
    "tirtoid": "Tirto",
    "katadatacoid": "Katadata",
    "inewsid": "iNews",
    "beritasatucom": "Beritasatu",
    "bisniscom": "Bisnis.com",
    "suaracom": "Suara.com",
    "merdekacom": "Merdeka.com",
    "vivacoid": "VIVA",
    "jawaposcom": "Jawa Pos",
    "okezonecom": "Okezone",
    "liputan6com": "Liputan6",
    "tvonenews": "tvOne",
    "tvone": "tvOne",
    "gatra": "Gatra",
    "solopos": "Solopos",
    "pikiranrakyat": "Pikiran Rakyat",
    "kabar24": "Bisnis.com",
    "investorid": "Investor Daily",
    "wartaekonomi": "Warta Ekonomi",
    "rmol": "RMOL",
    "harianjogja": "Harian Jogja",
    "mediaindonesiacom": "Media Indonesia",
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
    "agencefrancepresse": "AFP",
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


# Sites that prefix their channels with the brand: detikNews, detikFinance, kumparanNEWS, tribunjateng.
_BRAND_PREFIXES = {"detik": "Detik", "kumparan": "kumparan", "tribun": "Tribunnews", "okezone": "Okezone",
                   "sindonews": "SINDOnews", "liputan6": "Liputan6", "antaranews": "ANTARA"}
# Outlet names that are also ordinary words or menu entries ("Bisnis", "Suara", "Merdeka", "Antara"):
# alone on a line they name the outlet only in a domain form or in capitals (Bisnis.com, ANTARA).
_COMMON_WORDS = {"bisnis", "suara", "merdeka", "tempo", "tribun", "antara", "investor", "ap", "aa", "mnc",
                 "cnn", "bbc", "rri", "viva", "inews", "gatra"}
# International wires and broadcasters: on an Indonesian page they are usually a source, not the outlet.
WIRES = frozenset({"Reuters", "AP", "AFP", "Yonhap", "Anadolu", "Bernama", "Xinhua", "Kyodo", "Bloomberg",
                   "CNN", "BBC"})
_DOMAIN = re.compile(r"(?:https?://)?(?:[a-z0-9-]+\.)+(?:co\.id|com|id|net|org|co|tv|news)\b", re.IGNORECASE)


def outlet_from_domain(text: str) -> str | None:
    """Outlet of the first known site named by a domain or URL in text: news.detik.com -> Detik."""
    for match in _DOMAIN.finditer(text):
        labels = _DOMAIN_END.sub("", match[0].lower().split("://")[-1]).split(".")
        for label in reversed(labels):
            found = brand_outlet(label, strict=False)
            if found:
                return found
    return None


def brand_outlet(name: str, strict: bool = True) -> str | None:
    """The outlet a brand line names ("detikNews", "Kompas.com", "CNN Indonesia"), else None.

    With strict, names that are also common words count only in a domain form or in capitals.
    """
    name = name.strip(" \t-–—:,.()|•·")
    key = outlet_key(name)
    if not key or len(name) > 40:
        return None
    if strict and key in _COMMON_WORDS and "." not in name and not (name.isupper() and len(name) > 3):
        return None
    if key in KNOWN_OUTLETS:
        return KNOWN_OUTLETS[key]
    for prefix, outlet in _BRAND_PREFIXES.items():
        if key.startswith(prefix) and " " not in name.strip():
            return outlet
    return None
