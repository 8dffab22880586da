"""Write corpus_gold.jsonl from the hand-made annotation lists below, and print it for review.

The lists were written by reading each cleaned body against /work/shared/scheme.md, never from the
pipeline's output. Each list is in text order; every item is placed at its next whole-word occurrence
after the previous item of the same layer. The article texts are read from ../shared/corpus and are not
stored: the JSONL has "text": null and the hash of the cleaned body.

    .venv/bin/python tests/gold/make_gold.py            # write, then print the bodies with [spans]
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from nlp.cleaning import clean_article  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpus"
OUT = Path(__file__).with_name("corpus_gold.jsonl")

# (text, label) in text order; a third item "inside" allows a match glued to the next word.
Item = tuple[str, ...]

ENTITIES: dict[str, list[Item]] = {
    "000_43a97363eb1f9870.txt": [
        ("Washington", "GPE"), ("ANTARA", "ORG"), ("Korea Selatan", "GPE"), ("Jepang", "GPE"),
        ("Australia", "GPE"), ("Selandia Baru", "GPE"), ("Rusia", "GPE"), ("Korea Utara", "GPE"),
        ("Kamis (11/7)", "DATE"),
        ("Washington", "GPE"),
        ("Korea Selatan", "GPE"), ("Yoon Suk Yeol", "PERSON"), ("Indo-Pasifik", "LOC"),
        ("Pakta Pertahanan Atlantik Utara", "ORG"), ("NATO", "ORG"), ("IP4", "ORG"),
        ("tiga tahun berturut-turut", "DATE"),
        ("AS", "GPE"), ("Joe Biden", "PERSON"), ("Indo-Pasifik", "LOC"), ("Ukraina", "GPE"),
        ("Gedung Putih", "ORG"),
        ("IP4", "ORG"), ("Korea Utara", "GPE"), ("Rusia", "GPE"), ("Pyongyang", "GPE"),
        ("bulan lalu", "DATE"),
        ("Selandia Baru", "GPE"), ("Jepang", "GPE"), ("Republik Korea", "GPE"), ("Australia", "GPE"),
        ("Federasi Rusia", "GPE"), ("DPRK", "GPE"), ("Indo-Pasifik", "LOC"), ("Eropa", "LOC"),
        ("ROK", "GPE"), ("DPRK", "GPE"), ("Korea Selatan", "GPE"), ("Korea Utara", "GPE"),
        ("Republik Korea", "GPE"), ("Republik Rakyat Demokratik Korea", "GPE"),
        ("Moskow", "GPE"), ("Pyongyang", "GPE"), ("Dewan Keamanan PBB", "ORG"), ("Korea Utara", "GPE"),
        ("Selandia Baru", "GPE"), ("Jepang", "GPE"), ("Republik Korea", "GPE"), ("Australia", "GPE"),
        ("Federasi Rusia", "GPE"), ("DPRK", "GPE"), ("Dewan Keamanan PBB", "ORG"),
        ("IP4", "ORG"), ("NATO", "ORG"), ("Ukraina", "GPE"),
        ("Gedung Putih", "ORG"), ("AS", "GPE"), ("Antony Blinken", "PERSON"), ("Korea Selatan", "GPE"),
        ("Australia", "GPE"), ("Jepang", "GPE"), ("Selandia Baru", "GPE"), ("akhir tahun 2024", "DATE"),
        ("Kantor Berita Yonhap", "ORG"), ("Rabu (10/7)", "DATE"), ("AS", "GPE"), ("Kurt Campbell", "PERSON"),
        ("AS", "GPE"), ("NATO", "ORG"), ("Indo-Pasifik", "LOC"),
        ("Yonhap", "ORG"), ("OANA", "ORG"), ("Cindy Frishanti Octavia", "PERSON"), ("Atman Ahdiat", "PERSON"),
    ],
    "001_1bac39e7b9e77527.txt": [
        # the headline, byline and captions above the story (the article since the cleaner keeps them)
        ("Rusia", "GPE"), ("Korut", "GPE"), ("AS", "GPE"), ("Andari Wulan Nugrahani", "PERSON"), ("Amerika Serikat", "GPE"), ("AS", "GPE"), ("Joe Biden", "PERSON"), ("Amerika Serikat", "GPE"), ("AS", "GPE"), ("Korea Selatan", "GPE"), ("Korsel", "GPE"), ("Jepang", "GPE"), ("Rusia", "GPE"), ("Korea Utara", "GPE"), ("Korut", "GPE"),
        ("TRIBUNNEWS.COM", "ORG"), ("Lima", "GPE"), ("15 November 2024", "DATE"),
        ("Amerika Serikat", "GPE"), ("AS", "GPE"), ("Korea Selatan", "GPE"), ("Korsel", "GPE"),
        ("Jepang", "GPE"), ("Rusia", "GPE"), ("Korea Utara", "GPE"), ("Korut", "GPE"),
        ("Kerja Sama Ekonomi Asia-Pasifik", "ORG"), ("APEC", "ORG"), ("2024", "DATE"), ("Lima", "GPE"),
        ("Peru", "GPE"),
        ("Korea Utara", "GPE"), ("Rusia", "GPE"), ("Korut", "GPE"), ("Rusia", "GPE"), ("Ukraina", "GPE"),
        ("AS", "GPE"), ("Joe Biden", "PERSON"), ("Jepang", "GPE"), ("Korsel", "GPE"), ("Korut", "GPE"),
        ("Rusia", "GPE"),
        ("Biden", "PERSON"),
        ("AS", "GPE"), ("Korsel", "GPE"), ("Jepang", "GPE"),
        ("Korea Selatan", "GPE"), ("Yoon Sukyeol", "PERSON"), ("Korut", "GPE"),
        ("Yoon", "PERSON"),
        ("Jepang", "GPE"), ("Ishiba Shigeru", "PERSON"), ("bulan Oktober", "DATE"), ("Jepang", "GPE"),
        ("AS", "GPE"), ("Amerika", "GPE"), ("Jepang", "GPE"),
        ("Ukraina", "GPE"),
        ("DPRK", "GPE"), ("Rusia", "GPE"), ("Rusia", "GPE"), ("Ukraina", "GPE"),
        ("DPRK", "GPE"), ("Rusia", "GPE"), ("Rusia", "GPE"), ("Dewan Keamanan PBB", "ORG"),
    ],
    "002_b574b9beb47d49fd.txt": [
        # the headline, byline and captions above the story (the article since the cleaner keeps them)
        ("Sabtu 22 Jun 2024 17:32 WIB", "DATE"), ("Korsel", "GPE"), ("AS", "GPE"), ("Jepang", "GPE"), ("Kim", "PERSON"), ("Putin", "PERSON"), ("Kim Jong-un", "PERSON"), ("Putin", "PERSON"), ("pekan ini", "DATE"), ("Korea Utara", "GPE"), ("Kim Jong Un", "PERSON"), ("Rusia", "GPE"), ("Vladimir Putin", "PERSON"), ("Pyongyang", "GPE"), ("Korea Utara", "GPE"), ("Selasa (18/6/2024)", "DATE"), ("EPA-EFE", "ORG"), ("GAVRIIL GRIGOROV", "PERSON"), ("SPUTNIK", "ORG"), ("Korea Utara", "GPE"), ("Kim Jong Un", "PERSON"), ("Rusia", "GPE"), ("Vladimir Putin", "PERSON"), ("Pyongyang", "GPE"), ("Korea Utara", "GPE"), ("Selasa (18/6/2024)", "DATE"),
        ("REPUBLIKA.CO.ID", "ORG"), ("WASHINGTON", "GPE"), ("Korea Selatan", "GPE"),
        ("Amerika Serikat", "GPE"), ("Jepang", "GPE"), ("Korea Utara", "GPE"), ("Kim Jong-un", "PERSON"),
        ("Rusia", "GPE"), ("Vladimir Putin", "PERSON"), ("pekan ini", "DATE"),
        ("Korea Selatan", "GPE"), ("Cho Tae-yul", "PERSON"), ("Jumat (21/6/2024)", "DATE"), ("AS", "GPE"),
        ("Antony Blinken", "PERSON"), ("Jepang", "GPE"), ("Yoko Kamikawa", "PERSON"),
        ("Korea Utara", "GPE"), ("Korea Selatan", "GPE"), ("AS", "GPE"), ("Amerika Serikat", "GPE"),
        ("Jepang", "GPE"), ("Cho", "PERSON"),
        ("Rabu (19/6/2024)", "DATE"), ("Vladimir Putin", "PERSON"), ("Kim Jong-un", "PERSON"),
        ("AS", "GPE"), ("Jepang", "GPE"),
        ("Cho", "PERSON"), ("New York", "GPE"), ("Dewan Keamanan PBB", "ORG"), ("DK PBB", "ORG"),
        ("Kamis (20/6/2024)", "DATE"), ("Cho", "PERSON"), ("Korea Selatan", "GPE"), ("DK PBB", "ORG"),
        ("bulan ini", "DATE"),
        ("DK PBB", "ORG"), ("DK PBB", "ORG"),
        ("Yoon Suk Yeol", "PERSON"),
        ("Antara", "ORG"),
    ],
    "003_64ea5d86a68784be.txt": [
        # the headline, byline and captions above the story (the article since the cleaner keeps them)
        ("Amerika Serikat", "GPE"), ("Antony John Blinken", "PERSON"), ("KTT Asia Timur", "ORG"), ("EAS FMM", "ORG"), ("Jakarta", "GPE"), ("Jumat (14/7/2023)", "DATE"), ("ANTARA FOTO", "ORG"), ("Muhammad Iqbal", "PERSON"),
        ("Washington", "GPE"), ("Amerika Serikat", "GPE"), ("AS", "GPE"), ("Antony Blinken", "PERSON"),
        ("Rusia", "GPE"), ("Korea Utara", "GPE"), ("Korut", "GPE"),
        ("Korea Selatan", "GPE"), ("Korsel", "GPE"), ("Cho Tae-yul", "PERSON"), ("Blinken", "PERSON"),
        ("AS", "GPE"), ("Korsel", "GPE"), ("Departemen Luar Negeri AS", "ORG"), ("Mathew Miller", "PERSON"),
        ("DPRK", "GPE"), ("Republik Demokratik Rakyat Korea", "GPE"), ("Rusia", "GPE"),
        ("Dewan Keamanan PBB", "ORG"),
        ("Blinken", "PERSON"), ("Cho", "PERSON"), ("DPRK", "GPE"), ("Laut China Selatan", "LOC"),
        ("AS", "GPE"), ("Korut", "GPE"), ("Semenanjung Korea", "LOC"),
        ("Vladimir Putin", "PERSON"), ("Rusia", "GPE"), ("Korea Utara", "GPE"), ("Kim Jong-un", "PERSON"),
        ("AS", "GPE"), ("Asia Timur", "LOC"),
        ("Anadolu", "ORG"),
    ],
    "004_1742510e8f838e75.txt": [
        # the headline, byline and captions above the story (the article since the cleaner keeps them)
        ("AS", "GPE"), ("Jepang", "GPE"), ("Korsel", "GPE"), ("Rusia", "GPE"), ("Korut", "GPE"), ("Dian Kusumo Hapsari", "PERSON"), ("25/06/2024 10:01 WIB", "DATE"), ("AS", "GPE"), ("Jepang", "GPE"), ("Korea Selatan", "GPE"), ("Korsel", "GPE"), ("Rusia", "GPE"), ("Korea Utara", "GPE"), ("Korut", "GPE", "inside"), ("AS", "GPE"), ("Jepang", "GPE"), ("Korsel", "GPE"), ("Rusia", "GPE"), ("Korut", "GPE"), ("MNC Media", "ORG"),
        ("IDXChannel", "ORG"), ("Amerika Serikat", "GPE"), ("AS", "GPE"), ("Jepang", "GPE"),
        ("Korea Selatan", "GPE"), ("Korsel", "GPE"), ("Rusia", "GPE"), ("Korea Utara", "GPE"),
        ("Korut", "GPE"),
        ("Vladimir Putin", "PERSON"), ("Kim Jong Un", "PERSON"), ("pekan lalu", "DATE"),
        ("Departemen Luar Negeri AS", "ORG"), ("Rusia", "GPE"), ("Korea Utara", "GPE"), ("24 tahun", "DATE"),
        ("AS", "GPE"), ("Asia", "LOC"), ("Kim", "PERSON"), ("Putin", "PERSON"), ("Ukraina", "GPE"),
        ("Semenanjung Korea", "LOC"), ("Ukraina", "GPE"), ("Rusia", "GPE"),
        ("Senin (24/06/2024)", "DATE"), ("AS", "GPE"), ("Korea Utara", "GPE"), ("Jung Pak", "PERSON"),
        ("Korea Selatan", "GPE"), ("Cho Koo-rae", "PERSON"), ("Hiroyuki Namazu", "PERSON"),
        ("Kementerian Luar Negeri Jepang", "ORG"), ("Departemen Luar Negeri AS", "ORG"),
        ("Amerika Serikat", "GPE"), ("Kim", "PERSON"), ("Putin", "PERSON"), ("Ukraina", "GPE"),
        ("Kyiv", "GPE"), ("Kongres AS", "ORG"),
        ("Volodymyr Zelenskiy", "PERSON"), ("AS", "GPE"), ("Eropa", "LOC"), ("Rusia", "GPE"),
    ],
}

EVENTS: dict[str, list[Item]] = {
    "000_43a97363eb1f9870.txt": [
        ("pernyataan bersama", "AGREE"), ("mengecam", "ACCUSE"), ("hubungan militer", "COOPERATE"),
        ("sepakat", "AGREE"), ("kerja sama", "COOPERATE"), ("pertemuan puncak", "CONSULT"),
        ("pertemuan", "CONSULT"),
        ("bertemu", "CONSULT"), ("menyambut baik", "SUPPORT"), ("dukungan", "SUPPORT"),
        ("Pertemuan", "CONSULT"), ("keselarasan militer", "COOPERATE"), ("penandatanganan", "AGREE"),
        ("kemitraan strategis", "COOPERATE"), ("pertemuan puncak", "CONSULT"),
        ("mengutuk", "ACCUSE"), ("kerja sama militer", "COOPERATE"),
        ("keprihatinan", "ACCUSE"), ("pakta pertahanan", "COOPERATE"), ("transfer senjata", "AID"),
        ("mendesak", "REQUEST"),
        ("KTT", "CONSULT"), ("sepakat", "AGREE"), ("dukungan", "SUPPORT"),
        ("pertemuan", "CONSULT"), ("kerja sama", "COOPERATE"),
    ],
    "001_1bac39e7b9e77527.txt": [
        # the headline, byline and captions above the story (the article since the cleaner keeps them)
        ("Kerja Sama Militer", "COOPERATE"), ("Dikecam", "ACCUSE"), ("mengecam", "ACCUSE"),
        ("mengecam", "ACCUSE"),
        ("Kecaman", "ACCUSE"), ("konferensi pers bersama", "CONSULT"), ("KTT", "CONSULT"),
        ("Kecaman", "ACCUSE"), ("Kerja Sama Militer", "COOPERATE"),
        ("Kecaman", "ACCUSE"), ("menandatangani", "AGREE"), ("pakta pertahanan", "COOPERATE"),
        ("pengiriman", "AID"),
        ("aliansi", "COOPERATE"), ("kerja sama", "COOPERATE"),
        ("kemitraan", "COOPERATE"),
        ("Kerja Sama", "COOPERATE"),
        ("keprihatinan", "ACCUSE"),
        ("kerja sama", "COOPERATE"),
        ("Pernyataan Bersama", "AGREE"),
        ("Konferensi pers", "CONSULT"), ("pernyataan bersama", "AGREE"),
        ("mengutuk", "ACCUSE"), ("perang agresi", "ASSAULT"),
        ("kerja sama militer", "COOPERATE"), ("transfer amunisi", "AID"),
        ("pertemuan", "CONSULT"),
    ],
    "002_b574b9beb47d49fd.txt": [
        # the headline, byline and captions above the story (the article since the cleaner keeps them)
        ("Sepakati", "AGREE"), ("Kerja Sama", "COOPERATE"), ("Pertemuan", "CONSULT"), ("menandatangani", "AGREE"), ("pertemuan", "CONSULT"), ("pertemuan", "CONSULT"),
        ("menyetujui", "AGREE"), ("kerja sama", "COOPERATE"), ("konsultasi", "CONSULT"),
        ("Kerja sama", "COOPERATE"), ("disepakati", "AGREE"), ("menandatangani", "AGREE"),
        ("panggilan telepon", "CONSULT"),
        ("ancaman", "THREATEN"), ("sepakat", "AGREE"), ("Aliansi", "COOPERATE"), ("kerja sama", "COOPERATE"),
        ("bekerja sama", "COOPERATE"),
        ("menandatangani", "AGREE"), ("kemitraan strategis", "COOPERATE"), ("bantuan militer", "AID"),
        ("invasi", "ASSAULT"),
        ("kerja sama", "COOPERATE"), ("konsultasi", "CONSULT"),
        ("pertemuan", "CONSULT"), ("pertemuan", "CONSULT"),
    ],
    "003_64ea5d86a68784be.txt": [
        # the headline, byline and captions above the story (the article since the cleaner keeps them)
        ("Pertemuan", "CONSULT"),
        ("kecaman", "ACCUSE"), ("kerja sama militer", "COOPERATE"), ("mengancam", "THREATEN"),
        ("Kecaman", "ACCUSE"), ("kolaborasi", "COOPERATE"),
        ("panggilan telepon", "CONSULT"), ("aliansi", "COOPERATE"),
        ("mengecam", "ACCUSE"), ("kerja sama militer", "COOPERATE"), ("transfer senjata", "AID"),
        ("sepakat", "AGREE"), ("bekerja sama", "COOPERATE"), ("mendukung", "SUPPORT"),
        ("kerja sama", "COOPERATE"), ("ancaman", "THREATEN"),
        ("pertemuan", "CONSULT"),
    ],
    "004_1742510e8f838e75.txt": [
        # the headline, byline and captions above the story (the article since the cleaner keeps them)
        ("Kecam", "ACCUSE"), ("Kerja Sama Militer", "COOPERATE"), ("mengecam", "ACCUSE"), ("kerja sama militer", "COOPERATE"), ("Kecam", "ACCUSE"), ("Kerja Sama Militer", "COOPERATE"),
        ("mengecam", "ACCUSE"), ("kerja sama militer", "COOPERATE"), ("keprihatinan", "ACCUSE"),
        ("ancaman", "THREATEN"),
        ("membahas", "CONSULT"), ("kesepakatan", "AGREE"), ("membantu", "AID"), ("serangan", "ASSAULT"),
        ("pernyataan bersama", "AGREE"), ("Pakta", "COOPERATE"), ("kunjungan", "CONSULT"),
        ("kunjungan", "CONSULT"), ("transfer amunisi", "AID"), ("membantu", "AID"), ("perangnya", "ASSAULT"),
        ("Kerja sama", "COOPERATE", "inside"), ("mendukung", "SUPPORT"), ("agresi", "ASSAULT"),
        ("pernyataan bersama", "AGREE"),
        ("Pembicaraan", "CONSULT"),
        ("menuduh", "ACCUSE"), ("mengirimkan", "AID"), ("perangnya", "ASSAULT"), ("bantuan militer", "AID"),
        ("pengiriman senjata", "AID"),
    ],
}


def _place(body: str, items: list[Item], kind: str, name: str) -> list[dict[str, object]]:
    spans: list[dict[str, object]] = []
    cursor = 0
    for item in items:
        text, label = item[0], item[1]
        right = "" if "inside" in item[2:] else r"(?!\w)"
        match = re.compile(r"(?<!\w)" + re.escape(text) + right).search(body, cursor)
        if match is None:
            raise SystemExit(f"{name}: {text!r} ({label}) not found after offset {cursor}")
        spans.append({"start": match.start(), "end": match.end(), "text": text, "label": label,
                      "kind": kind})
        cursor = match.end()
    return spans


def _show(body: str, spans: list[dict[str, object]]) -> str:
    out, last = [], 0
    for s in sorted(spans, key=lambda s: int(str(s["start"]))):
        start, end = int(str(s["start"])), int(str(s["end"]))
        out.append(body[last:start] + f"[{body[start:end]}|{s['label']}]")
        last = end
    return "".join(out) + body[last:]


def _missed(body: str, spans: list[dict[str, object]]) -> list[str]:
    """Whole-word occurrences of an annotated text that carry no span of their own, for review."""
    notes = []
    covered = {(int(str(s["start"])), int(str(s["end"]))) for s in spans}
    for text in sorted({str(s["text"]) for s in spans}):
        for m in re.finditer(r"(?<!\w)" + re.escape(text) + r"(?!\w)", body):
            if (m.start(), m.end()) not in covered:
                context = body[m.start() - 25:m.end() + 10]
                notes.append(f"  unannotated {text!r} at {m.start()}: ...{context!r}")
    return notes


def main() -> None:
    records, totals = [], Counter[str]()
    for name in sorted(ENTITIES):
        raw = (CORPUS / name).read_text(encoding="utf-8")
        clean = clean_article(raw, name)
        entities = _place(clean.body, ENTITIES[name], "entity", name)
        events = _place(clean.body, EVENTS[name], "event", name)
        spans = sorted(entities + events, key=lambda s: (int(str(s["start"])), str(s["kind"])))
        records.append({
            "text": None,
            "meta": {"source_file": name, "body_sha256": hashlib.sha256(clean.body.encode()).hexdigest(),
                     "outlet": clean.outlet,
                     "published": clean.published.isoformat() if clean.published else None},
            "spans": spans,
            "relations": [],
        })
        totals.update(str(s["label"]) for s in spans)
        print(f"===== {name}: {len(entities)} entities, {len(events)} events")
        print(_show(clean.body, entities))
        print("--- events")
        print(_show(clean.body, events))
        print("\n".join(_missed(clean.body, entities) + _missed(clean.body, events)))
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    print(dict(sorted(totals.items())))


if __name__ == "__main__":
    main()
