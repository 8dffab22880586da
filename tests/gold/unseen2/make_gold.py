"""Write gold.jsonl for the second set of team-written "unseen" articles (unseen2), and print them for review.

The ten articles in this folder (11..20) were written by the team (see README.md). The annotations below were
decided by reading each raw file against /work/shared/scheme.md, independently of the pre-annotator
(nothing under nlp/ was read or run). Offsets are into the RAW file text (UTF-8 decoded, as on disk),
not into the cleaner's output.

Each item is (surface text, label, kind, occurrence): the span is the `occurrence`-th (1-based)
whole-word, case-sensitive occurrence of `surface text` in the raw file, counting every occurrence in
the file (menus and "Baca juga" lines included). Items are listed in text order. The script raises if an
occurrence is missing, if items are out of order, if two spans of one layer overlap, or if a span falls
before the headline or inside a boilerplate line (menus, "Baca juga", "Advertisement", "SHARE", ...),
which are not annotated because the cleaner removes them.

    python tests/gold/unseen2/make_gold.py          # write gold.jsonl, print [span|LABEL] markup
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from itertools import pairwise
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "gold.jsonl"

ENTITY_LABELS = {"PERSON", "ORG", "GPE", "LOC", "DATE"}
EVENT_LABELS = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "REQUEST", "REJECT", "THREATEN",
                "SANCTION", "ASSAULT", "ACCUSE", "CONCEDE", "RETREAT", "PROTEST", "MOBILIZE", "COERCE"}

# meta: outlet (canonical), published (ISO date stated by the page, else None), title (the headline),
# authors (writers credited by the byline: Penulis/Reporter/Pewarta/Rep; editors are not authors).
# boiler: whole lines that are page furniture; no span may fall inside them.
ARTICLES: dict[str, dict] = {
    '11_okezone_indonesia_malaysia_perbatasan.txt': {
        'outlet': 'Okezone',
        'published': '2024-11-13',
        'title': 'Indonesia dan Malaysia Sepakat Percepat Perundingan Batas Laut Sulawesi',
        'authors': ['Rizka Amelia Putri'],
        'boiler': [
            'Baca juga: Prabowo Terima Kunjungan Anwar Ibrahim di Istana Merdeka',
            'Advertisement',
            'SHARE',
        ],
        'items': [
            ('Indonesia', 'GPE', 'entity', 1), ('Malaysia', 'GPE', 'entity', 1),
            ('Sepakat', 'AGREE', 'event', 1), ('Perundingan', 'CONSULT', 'event', 1),
            ('Laut Sulawesi', 'LOC', 'entity', 1), ('Rizka Amelia Putri', 'PERSON', 'entity', 1),
            ('Rabu 13 November 2024 16:20 WIB', 'DATE', 'entity', 1), ('KUALA LUMPUR', 'GPE', 'entity', 1),
            ('Indonesia', 'GPE', 'entity', 2), ('Malaysia', 'GPE', 'entity', 2),
            ('sepakat', 'AGREE', 'event', 1), ('perundingan', 'CONSULT', 'event', 1),
            ('Laut Sulawesi', 'LOC', 'entity', 2), ('dua dekade', 'DATE', 'entity', 1),
            ('Kesepakatan', 'AGREE', 'event', 1), ('sidang', 'CONSULT', 'event', 1),
            ('Komisi Bersama Indonesia-Malaysia', 'ORG', 'entity', 1), ('Kuala Lumpur', 'GPE', 'entity', 1),
            ('Selasa (12/11/2024)', 'DATE', 'entity', 1), ('Sugiono', 'PERSON', 'entity', 1),
            ('bertemu', 'CONSULT', 'event', 1), ('Malaysia', 'GPE', 'entity', 4),
            ('Mohamad Hasan', 'PERSON', 'entity', 1), ('membahas', 'CONSULT', 'event', 1),
            ('Kalimantan', 'LOC', 'entity', 1), ('Indonesia', 'GPE', 'entity', 4),
            ('perundingan', 'CONSULT', 'event', 2), ('Sugiono', 'PERSON', 'entity', 2),
            ('pertemuan', 'CONSULT', 'event', 1), ('membahas', 'CONSULT', 'event', 2),
            ('penangkapan', 'COERCE', 'event', 1), ('Kalimantan Utara', 'GPE', 'entity', 1),
            ('Agensi Penguatkuasaan Maritim Malaysia', 'ORG', 'entity', 1), ('APMM', 'ORG', 'entity', 1),
            ('Pulau Sebatik', 'LOC', 'entity', 1), ('bulan lalu', 'DATE', 'entity', 1),
            ('Indonesia', 'GPE', 'entity', 5), ('meminta', 'REQUEST', 'event', 1),
            ('dibebaskan', 'RETREAT', 'event', 1), ('Mohamad Hasan', 'PERSON', 'entity', 2),
            ('Kuala Lumpur', 'GPE', 'entity', 2), ('memenuhi', 'CONCEDE', 'event', 1),
            ('permintaan', 'REQUEST', 'event', 1), ('2005', 'DATE', 'entity', 1),
            ('Indonesia', 'GPE', 'entity', 6), ('memprotes', 'ACCUSE', 'event', 1),
            ('Malaysia', 'GPE', 'entity', 6), ('Blok Ambalat', 'LOC', 'entity', 1),
            ('mengerahkan', 'MOBILIZE', 'event', 1), ('TNI Angkatan Laut', 'ORG', 'entity', 1),
            ('Malaysia', 'GPE', 'entity', 7), ('menolak', 'REJECT', 'event', 1),
            ('tuduhan', 'ACCUSE', 'event', 1), ('menandatangani', 'AGREE', 'event', 1),
            ('Laut Sulawesi', 'LOC', 'entity', 3), ('Selat Malaka', 'LOC', 'entity', 1),
            ('Juni 2023', 'DATE', 'entity', 1), ('kunjungan', 'CONSULT', 'event', 1),
            ('Malaysia', 'GPE', 'entity', 8), ('Anwar Ibrahim', 'PERSON', 'entity', 2),
            ('Jakarta', 'GPE', 'entity', 1), ('Sugiono', 'PERSON', 'entity', 3),
            ('Prabowo Subianto', 'PERSON', 'entity', 1), ('Anwar', 'PERSON', 'entity', 3),
            ('pertemuan', 'CONSULT', 'event', 2), ('Kuala Lumpur', 'GPE', 'entity', 3),
            ('awal tahun depan', 'DATE', 'entity', 1), ('Pertemuan', 'CONSULT', 'event', 1),
            ('kerja sama', 'COOPERATE', 'event', 1),
        ],
    },
    '12_suara_brics_kazan.txt': {
        'outlet': 'Suara.com',
        'published': '2024-10-24',
        'title': 'Hadir di KTT BRICS Kazan, Menlu Sugiono Sampaikan Keinginan Indonesia Bergabung',
        'authors': ['Fadli Ramadhan'],
        'boiler': [
            'Baca Juga:',
            'Prabowo Lantik Sugiono Jadi Menlu, Ini Profilnya',
            'Putin Sambut Kedatangan Xi Jinping di Kazan',
            'Advertisement',
            'SHARE',
        ],
        'items': [
            ('KTT', 'CONSULT', 'event', 1), ('BRICS', 'ORG', 'entity', 1), ('Kazan', 'GPE', 'entity', 1),
            ('Sugiono', 'PERSON', 'entity', 1), ('Indonesia', 'GPE', 'entity', 1),
            ('Bergabung', 'COOPERATE', 'event', 1), ('Fadli Ramadhan', 'PERSON', 'entity', 1),
            ('Kamis, 24 Oktober 2024 | 19:05 WIB', 'DATE', 'entity', 1), ('Suara.com', 'ORG', 'entity', 2),
            ('Sugiono', 'PERSON', 'entity', 2), ('Indonesia', 'GPE', 'entity', 2),
            ('bergabung', 'COOPERATE', 'event', 1), ('BRICS', 'ORG', 'entity', 2),
            ('KTT', 'CONSULT', 'event', 2), ('BRICS Plus', 'ORG', 'entity', 1), ('Kazan', 'GPE', 'entity', 2),
            ('Rusia', 'GPE', 'entity', 1), ('Kamis (24/10/2024)', 'DATE', 'entity', 1),
            ('Sugiono', 'PERSON', 'entity', 3), ('Prabowo Subianto', 'PERSON', 'entity', 1),
            ('Bergabungnya', 'COOPERATE', 'event', 1), ('Indonesia', 'GPE', 'entity', 3),
            ('BRICS', 'ORG', 'entity', 4), ('Sugiono', 'PERSON', 'entity', 4),
            ('Kementerian Luar Negeri', 'ORG', 'entity', 1), ('Sugiono', 'PERSON', 'entity', 5),
            ('Indonesia', 'GPE', 'entity', 4), ('aksesi', 'COOPERATE', 'event', 1),
            ('Organisasi untuk Kerja Sama dan Pembangunan Ekonomi', 'ORG', 'entity', 1),
            ('OECD', 'ORG', 'entity', 1), ('Indonesia', 'GPE', 'entity', 5),
            ('mendukung', 'SUPPORT', 'event', 1), ('BRICS', 'ORG', 'entity', 5),
            ('kerja sama', 'COOPERATE', 'event', 1), ('KTT', 'CONSULT', 'event', 3),
            ('22-24 Oktober', 'DATE', 'entity', 1), ('Rusia', 'GPE', 'entity', 2),
            ('Vladimir Putin', 'PERSON', 'entity', 1), ('China', 'GPE', 'entity', 1),
            ('Xi Jinping', 'PERSON', 'entity', 2), ('India', 'GPE', 'entity', 1),
            ('Narendra Modi', 'PERSON', 'entity', 1), ('KTT', 'CONSULT', 'event', 4),
            ('Putin', 'PERSON', 'entity', 3), ('bertemu', 'CONSULT', 'event', 1),
            ('Xi', 'PERSON', 'entity', 3), ('Modi', 'PERSON', 'entity', 2), ('BRICS', 'ORG', 'entity', 6),
            ('deklarasi bersama', 'AGREE', 'event', 1), ('mengecam', 'ACCUSE', 'event', 1),
            ('sanksi', 'SANCTION', 'event', 1), ('menyerukan', 'REQUEST', 'event', 1),
            ('Dewan Keamanan PBB', 'ORG', 'entity', 1), ('Deklarasi', 'AGREE', 'event', 1),
            ('keprihatinan', 'ACCUSE', 'event', 1), ('serangan', 'ASSAULT', 'event', 1),
            ('Israel', 'GPE', 'entity', 1), ('Jalur Gaza', 'GPE', 'entity', 1),
            ('Lebanon', 'GPE', 'entity', 1), ('PBB', 'ORG', 'entity', 2),
            ('Antonio Guterres', 'PERSON', 'entity', 1), ('Kazan', 'GPE', 'entity', 4),
            ('kritik', 'ACCUSE', 'event', 1), ('Ukraina', 'GPE', 'entity', 1),
            ('Kementerian Luar Negeri Ukraina', 'ORG', 'entity', 1), ('kunjungan', 'CONSULT', 'event', 1),
            ('Guterres', 'PERSON', 'entity', 2), ('Rusia', 'GPE', 'entity', 3),
            ('Moskow', 'GPE', 'entity', 1), ('invasi', 'ASSAULT', 'event', 1),
            ('Ukraina', 'GPE', 'entity', 3), ('Guterres', 'PERSON', 'entity', 3),
            ('bertemu', 'CONSULT', 'event', 2), ('Putin', 'PERSON', 'entity', 4),
            ('Kamis', 'DATE', 'entity', 3), ('menyerukan', 'REQUEST', 'event', 2),
            ('Indonesia', 'GPE', 'entity', 6), ('Thailand', 'GPE', 'entity', 1),
            ('Malaysia', 'GPE', 'entity', 1), ('bergabung', 'COOPERATE', 'event', 2),
            ('BRICS', 'ORG', 'entity', 7), ('BRICS', 'ORG', 'entity', 8), ('Brasil', 'GPE', 'entity', 1),
            ('Rusia', 'GPE', 'entity', 4), ('India', 'GPE', 'entity', 2), ('China', 'GPE', 'entity', 2),
            ('Afrika Selatan', 'GPE', 'entity', 1), ('Mesir', 'GPE', 'entity', 1),
            ('Etiopia', 'GPE', 'entity', 1), ('Iran', 'GPE', 'entity', 1),
            ('Uni Emirat Arab', 'GPE', 'entity', 1),
        ],
    },
    '13_kumparan_korut_rudal.txt': {
        'outlet': 'kumparan',
        'published': '2024-11-01',
        'title': 'Korut Luncurkan Rudal Balistik Antarbenua, Jepang dan Korsel Kecam Keras',
        'authors': [],
        'boiler': [
            '·',
            'waktu baca 2 menit',
            'Baca juga: Pasukan Korut Dilaporkan Sudah Tiba di Rusia',
            'Advertisement',
        ],
        'items': [
            ('Korut', 'GPE', 'entity', 1), ('Luncurkan', 'MOBILIZE', 'event', 1),
            ('Jepang', 'GPE', 'entity', 1), ('Korsel', 'GPE', 'entity', 1), ('Kecam', 'ACCUSE', 'event', 1),
            ('kumparanNEWS', 'ORG', 'entity', 1), ('1 November 2024 10:15 WIB', 'DATE', 'entity', 1),
            ('Korea Utara', 'GPE', 'entity', 1), ('meluncurkan', 'MOBILIZE', 'event', 1),
            ('Laut Jepang', 'LOC', 'entity', 1), ('Kamis (31/10)', 'DATE', 'entity', 1),
            ('Peluncuran', 'MOBILIZE', 'event', 1), ('Desember tahun lalu', 'DATE', 'entity', 1),
            ('sepekan', 'DATE', 'entity', 1), ('Amerika Serikat', 'GPE', 'entity', 1),
            ('Kepala Staf Gabungan Korea Selatan', 'ORG', 'entity', 1), ('JCS', 'ORG', 'entity', 1),
            ('diluncurkan', 'MOBILIZE', 'event', 1), ('Pyongyang', 'GPE', 'entity', 1),
            ('pukul 07.10', 'DATE', 'entity', 1), ('uji coba', 'MOBILIZE', 'event', 1),
            ('Korut', 'GPE', 'entity', 2), ('Kim Jong Un', 'PERSON', 'entity', 1),
            ('peluncuran', 'MOBILIZE', 'event', 1), ('uji coba', 'MOBILIZE', 'event', 2),
            ('ancaman', 'THREATEN', 'event', 1), ('KCNA', 'ORG', 'entity', 1), ('Jepang', 'GPE', 'entity', 3),
            ('Korea Selatan', 'GPE', 'entity', 2), ('mengecam', 'ACCUSE', 'event', 1),
            ('peluncuran', 'MOBILIZE', 'event', 2), ('Jepang', 'GPE', 'entity', 4),
            ('Shigeru Ishiba', 'PERSON', 'entity', 1), ('Pyongyang', 'GPE', 'entity', 2),
            ('ancaman', 'THREATEN', 'event', 2), ('Tokyo', 'GPE', 'entity', 1),
            ('protes', 'ACCUSE', 'event', 1), ('Beijing', 'GPE', 'entity', 1),
            ('Kementerian Luar Negeri Korea Selatan', 'ORG', 'entity', 1), ('sanksi', 'SANCTION', 'event', 1),
            ('Korut', 'GPE', 'entity', 4), ('Korsel', 'GPE', 'entity', 2),
            ('Cho Tae-yul', 'PERSON', 'entity', 1), ('panggilan telepon', 'CONSULT', 'event', 1),
            ('AS', 'GPE', 'entity', 1), ('Antony Blinken', 'PERSON', 'entity', 1),
            ('Jepang', 'GPE', 'entity', 5), ('Takeshi Iwaya', 'PERSON', 'entity', 1),
            ('peluncuran', 'MOBILIZE', 'event', 3), ('latihan', 'MOBILIZE', 'event', 1),
            ('Semenanjung Korea', 'LOC', 'entity', 1), ('akhir pekan ini', 'DATE', 'entity', 1),
            ('Angkatan Udara AS', 'ORG', 'entity', 1), ('Latihan', 'MOBILIZE', 'event', 1),
            ('Pyongyang', 'GPE', 'entity', 3), ('Seoul', 'GPE', 'entity', 1),
            ('menuding', 'ACCUSE', 'event', 1), ('Korut', 'GPE', 'entity', 5),
            ('mengirimkan', 'AID', 'event', 1), ('Rusia', 'GPE', 'entity', 2),
            ('berperang', 'ASSAULT', 'event', 1), ('Ukraina', 'GPE', 'entity', 1),
            ('Pyongyang', 'GPE', 'entity', 4), ('membantah', 'REJECT', 'event', 1),
        ],
    },
    '14_tribunnews_filipina_china_ayungin.txt': {
        'outlet': 'Tribunnews',
        'published': '2024-06-18',
        'title': 'Penjaga Pantai China Serang Kapal Filipina di Ayungin Shoal, Manila Tuduh Beijing Bertindak Agresif',
        'authors': ['Bayu Sasongko'],
        'boiler': [
            'Baca juga: Marcos Jr Tegaskan Filipina Tak Akan Serahkan Sejengkal Wilayah',
            'Baca juga: Jepang dan Filipina Perkuat Patroli Bersama',
        ],
        'items': [
            ('Penjaga Pantai China', 'ORG', 'entity', 1), ('Serang', 'ASSAULT', 'event', 1),
            ('Filipina', 'GPE', 'entity', 1), ('Ayungin Shoal', 'LOC', 'entity', 1),
            ('Manila', 'GPE', 'entity', 1), ('Tuduh', 'ACCUSE', 'event', 1), ('Beijing', 'GPE', 'entity', 1),
            ('Selasa, 18 Juni 2024 14:10 WIB', 'DATE', 'entity', 1), ('Bayu Sasongko', 'PERSON', 'entity', 1),
            ('Wulan Kurniasih', 'PERSON', 'entity', 1), ('TRIBUNNEWS.COM', 'ORG', 'entity', 1),
            ('MANILA', 'GPE', 'entity', 1), ('Penjaga Pantai China', 'ORG', 'entity', 2),
            ('menyerang', 'ASSAULT', 'event', 1), ('Angkatan Laut Filipina', 'ORG', 'entity', 1),
            ('Second Thomas Shoal', 'LOC', 'entity', 1), ('Laut China Selatan', 'LOC', 'entity', 1),
            ('Senin (17/6/2024)', 'DATE', 'entity', 1), ('Filipina', 'GPE', 'entity', 3),
            ('China', 'GPE', 'entity', 4), ('mengancam', 'THREATEN', 'event', 1),
            ('merampas', 'COERCE', 'event', 1), ('Filipina', 'GPE', 'entity', 4),
            ('Angkatan Bersenjata Filipina', 'ORG', 'entity', 1), ('AFP', 'ORG', 'entity', 1),
            ('Romeo Brawner Jr', 'PERSON', 'entity', 1), ('Palawan', 'GPE', 'entity', 1),
            ('China', 'GPE', 'entity', 5), ('membantah', 'REJECT', 'event', 1),
            ('tuduhan', 'ACCUSE', 'event', 1), ('Penjaga Pantai China', 'ORG', 'entity', 3),
            ('Gan Yu', 'PERSON', 'entity', 1), ('Filipina', 'GPE', 'entity', 7),
            ("Ren'ai Jiao", 'LOC', 'entity', 1), ('Beijing', 'GPE', 'entity', 2),
            ('Amerika Serikat', 'GPE', 'entity', 1), ('mengecam', 'ACCUSE', 'event', 1),
            ('China', 'GPE', 'entity', 7), ('aliansi', 'COOPERATE', 'event', 1),
            ('Filipina', 'GPE', 'entity', 8), ('AS', 'GPE', 'entity', 1), ('Filipina', 'GPE', 'entity', 9),
            ('MaryKay Carlson', 'PERSON', 'entity', 1), ('serangan', 'ASSAULT', 'event', 1),
            ('tahun lalu', 'DATE', 'entity', 1), ('China', 'GPE', 'entity', 8),
            ('menembakkan', 'ASSAULT', 'event', 1), ('Filipina', 'GPE', 'entity', 11),
            ('Ferdinand Marcos Jr', 'PERSON', 'entity', 1), ('Filipina', 'GPE', 'entity', 12),
            ('Kementerian Luar Negeri Filipina', 'ORG', 'entity', 1), ('protes', 'ACCUSE', 'event', 1),
            ('Beijing', 'GPE', 'entity', 3), ('Manila', 'GPE', 'entity', 2), ('Beijing', 'GPE', 'entity', 4),
            ('pembicaraan', 'CONSULT', 'event', 1), ('Manila', 'GPE', 'entity', 3),
            ('awal Juli mendatang', 'DATE', 'entity', 1), ('Tribunnews.com', 'ORG', 'entity', 2),
            ('Bayu Sasongko', 'PERSON', 'entity', 2),
        ],
    },
    '15_katadata_sri_mulyani_imf.txt': {
        'outlet': 'Katadata',
        'published': '2024-10-25',
        'title': 'Sri Mulyani Bertemu Bos IMF di Washington, Tepis Isu RI Jadi Pasien IMF Lagi',
        'authors': ['Maria Yuniar Sasmita'],
        'boiler': [
            'Baca Juga',
            'Rupiah Menguat Jelang Rilis Data Inflasi AS',
            'BI Tahan Suku Bunga di Level 6%',
        ],
        'items': [
            ('Sri Mulyani', 'PERSON', 'entity', 1), ('Bertemu', 'CONSULT', 'event', 1),
            ('IMF', 'ORG', 'entity', 1), ('Washington', 'GPE', 'entity', 1), ('Tepis', 'REJECT', 'event', 1),
            ('RI', 'GPE', 'entity', 1), ('IMF', 'ORG', 'entity', 2),
            ('Maria Yuniar Sasmita', 'PERSON', 'entity', 1), ('25 Oktober 2024, 08.30', 'DATE', 'entity', 1),
            ('Sri Mulyani Indrawati', 'PERSON', 'entity', 1), ('bertemu', 'CONSULT', 'event', 1),
            ('Dana Moneter Internasional', 'ORG', 'entity', 1), ('IMF', 'ORG', 'entity', 3),
            ('Kristalina Georgieva', 'PERSON', 'entity', 1), ('Pertemuan', 'CONSULT', 'event', 1),
            ('IMF', 'ORG', 'entity', 4), ('Bank Dunia', 'ORG', 'entity', 1),
            ('Washington DC', 'GPE', 'entity', 1), ('Amerika Serikat', 'GPE', 'entity', 1),
            ('Rabu (23/10)', 'DATE', 'entity', 1), ('pertemuan', 'CONSULT', 'event', 1),
            ('membahas', 'CONSULT', 'event', 1), ('IMF', 'ORG', 'entity', 5),
            ('Sri Mulyani', 'PERSON', 'entity', 3), ('menepis', 'REJECT', 'event', 1),
            ('Indonesia', 'GPE', 'entity', 1), ('IMF', 'ORG', 'entity', 6), ('1998', 'DATE', 'entity', 1),
            ('Indonesia', 'GPE', 'entity', 2), ('Sri Mulyani', 'PERSON', 'entity', 4),
            ('Kementerian Keuangan', 'ORG', 'entity', 1), ('Kamis (24/10)', 'DATE', 'entity', 1),
            ('Georgieva', 'PERSON', 'entity', 2), ('mengapresiasi', 'SUPPORT', 'event', 1),
            ('Indonesia', 'GPE', 'entity', 3), ('IMF', 'ORG', 'entity', 7),
            ('mendukung', 'SUPPORT', 'event', 1), ('Prabowo Subianto', 'PERSON', 'entity', 1),
            ('Bank Indonesia', 'ORG', 'entity', 1), ('Perry Warjiyo', 'PERSON', 'entity', 1),
            ('menyerukan', 'REQUEST', 'event', 1), ('IMF', 'ORG', 'entity', 8),
            ('Indonesia', 'GPE', 'entity', 5), ('menyetujui', 'AGREE', 'event', 1),
            ('Desember tahun lalu', 'DATE', 'entity', 1), ('Indonesia', 'GPE', 'entity', 6),
            ('IMF', 'ORG', 'entity', 9), ('2006', 'DATE', 'entity', 1), ('bantuan', 'AID', 'event', 1),
            ('1998', 'DATE', 'entity', 2), ('kerja sama', 'COOPERATE', 'event', 1),
            ('IMF', 'ORG', 'entity', 10), ('Oktober', 'DATE', 'entity', 2), ('Indonesia', 'GPE', 'entity', 7),
            ('2024', 'DATE', 'entity', 2), ('2025', 'DATE', 'entity', 1),
        ],
    },
    '16_jawapos_sudan_bantuan.txt': {
        'outlet': 'Jawa Pos',
        'published': None,
        'title': 'PBB Serukan Gencatan Senjata di Sudan, Indonesia Kirim Bantuan Rp 10 Miliar',
        'authors': ['Dimas Ariyanto'],
        'boiler': [
            'Baca Juga: Perang Saudara Sudan Masuki Bulan ke-16, Jutaan Warga Mengungsi',
            'Advertisement',
        ],
        'items': [
            ('PBB', 'ORG', 'entity', 1), ('Serukan', 'REQUEST', 'event', 1),
            ('Gencatan Senjata', 'RETREAT', 'event', 1), ('Sudan', 'GPE', 'entity', 1),
            ('Indonesia', 'GPE', 'entity', 1), ('Bantuan', 'AID', 'event', 1),
            ('Dimas Ariyanto', 'PERSON', 'entity', 1), ('Latifah Nurjanah', 'PERSON', 'entity', 1),
            ('JawaPos.com', 'ORG', 'entity', 2), ('Perserikatan Bangsa-Bangsa', 'ORG', 'entity', 1),
            ('PBB', 'ORG', 'entity', 2), ('menyerukan', 'REQUEST', 'event', 1),
            ('gencatan senjata', 'RETREAT', 'event', 1), ('Sudan', 'GPE', 'entity', 2),
            ('serangan', 'ASSAULT', 'event', 1), ('Rapid Support Forces', 'ORG', 'entity', 1),
            ('RSF', 'ORG', 'entity', 1), ('El Fasher', 'GPE', 'entity', 1),
            ('Darfur Utara', 'GPE', 'entity', 1), ('sepekan terakhir', 'DATE', 'entity', 1),
            ('Zamzam', 'LOC', 'entity', 1), ('El Fasher', 'GPE', 'entity', 2),
            ('awal Agustus', 'DATE', 'entity', 1), ('Program Pangan Dunia', 'ORG', 'entity', 1),
            ('WFP', 'ORG', 'entity', 1), ('Sudan', 'GPE', 'entity', 3), ('mendesak', 'REQUEST', 'event', 1),
            ('gencatan senjata', 'RETREAT', 'event', 2), ('PBB', 'ORG', 'entity', 3),
            ('Antonio Guterres', 'PERSON', 'entity', 1), ('Jumat (16/8/2024)', 'DATE', 'entity', 1),
            ('Sudan', 'GPE', 'entity', 5), ('membuka kembali', 'CONCEDE', 'event', 1),
            ('Adre', 'GPE', 'entity', 1), ('Chad', 'GPE', 'entity', 1), ('tiga bulan', 'DATE', 'entity', 1),
            ('bantuan', 'AID', 'event', 1), ('Darfur', 'LOC', 'entity', 2),
            ('Keputusan', 'CONCEDE', 'event', 1), ('disambut baik', 'SUPPORT', 'event', 1),
            ('PBB', 'ORG', 'entity', 4), ('Jakarta', 'GPE', 'entity', 1), ('Indonesia', 'GPE', 'entity', 2),
            ('bantuan kemanusiaan', 'AID', 'event', 1), ('Sudan', 'GPE', 'entity', 6),
            ('WFP', 'ORG', 'entity', 2), ('Bantuan', 'AID', 'event', 2), ('Chad', 'GPE', 'entity', 2),
            ('Sudan', 'GPE', 'entity', 7), ('Indonesia', 'GPE', 'entity', 3), ('Sudan', 'GPE', 'entity', 8),
            ('Kemlu', 'ORG', 'entity', 1), ('Tri Tharyat', 'PERSON', 'entity', 1),
            ('Perang', 'ASSAULT', 'event', 2), ('Sudan', 'GPE', 'entity', 9),
            ('Abdel Fattah al-Burhan', 'PERSON', 'entity', 1), ('RSF', 'ORG', 'entity', 2),
            ('Mohamed Hamdan Dagalo', 'PERSON', 'entity', 1), ('April 2023', 'DATE', 'entity', 1),
            ('Amerika Serikat', 'GPE', 'entity', 1), ('sanksi', 'SANCTION', 'event', 1),
            ('RSF', 'ORG', 'entity', 3), ('menuduh', 'ACCUSE', 'event', 1),
            ('pembersihan etnis', 'ASSAULT', 'event', 1), ('Darfur Barat', 'GPE', 'entity', 1),
            ('Perundingan', 'CONSULT', 'event', 1), ('AS', 'GPE', 'entity', 1),
            ('Jenewa', 'GPE', 'entity', 1), ('Swiss', 'GPE', 'entity', 1),
            ('Rabu (14/8)', 'DATE', 'entity', 1), ('Sudan', 'GPE', 'entity', 10),
        ],
    },
    '17_merdeka_ktt_perdamaian_ukraina.txt': {
        'outlet': 'Merdeka.com',
        'published': None,
        'title': 'KTT Perdamaian Ukraina di Swiss Berakhir, 80 Negara Dukung Komunike Bersama',
        'authors': ['Yustina Dewanti'],
        'boiler': [
            'Baca Juga:',
            'Zelensky Minta Negara Barat Percepat Pengiriman Sistem Pertahanan Udara',
            'Putin Sebut Rusia Siap Berunding Jika Ukraina Mundur',
            'Advertisement',
        ],
        'items': [
            ('KTT', 'CONSULT', 'event', 1), ('Ukraina', 'GPE', 'entity', 1), ('Swiss', 'GPE', 'entity', 1),
            ('Dukung', 'SUPPORT', 'event', 1), ('Komunike Bersama', 'AGREE', 'event', 1),
            ('Yustina Dewanti', 'PERSON', 'entity', 1), ('Merdeka.com', 'ORG', 'entity', 1),
            ('KTT', 'CONSULT', 'event', 2), ('Ukraina', 'GPE', 'entity', 2),
            ('Bürgenstock', 'LOC', 'entity', 1), ('Swiss', 'GPE', 'entity', 2),
            ('Minggu (16/6)', 'DATE', 'entity', 1), ('dukungan', 'SUPPORT', 'event', 1),
            ('komunike bersama', 'AGREE', 'event', 1), ('menyerukan', 'REQUEST', 'event', 1),
            ('Ukraina', 'GPE', 'entity', 3), ('Pertemuan', 'CONSULT', 'event', 1),
            ('dua hari', 'DATE', 'entity', 1), ('AS', 'GPE', 'entity', 1),
            ('Kamala Harris', 'PERSON', 'entity', 1), ('Jerman', 'GPE', 'entity', 1),
            ('Olaf Scholz', 'PERSON', 'entity', 1), ('Prancis', 'GPE', 'entity', 1),
            ('Emmanuel Macron', 'PERSON', 'entity', 1), ('Ukraina', 'GPE', 'entity', 4),
            ('Volodymyr Zelensky', 'PERSON', 'entity', 1), ('KTT', 'CONSULT', 'event', 3),
            ('menolak', 'REJECT', 'event', 1), ('syarat', 'REQUEST', 'event', 1),
            ('Rusia', 'GPE', 'entity', 1), ('Vladimir Putin', 'PERSON', 'entity', 1),
            ('sehari sebelumnya', 'DATE', 'entity', 1), ('penarikan pasukan', 'RETREAT', 'event', 1),
            ('Ukraina', 'GPE', 'entity', 5), ('dicaplok', 'ASSAULT', 'event', 1),
            ('Moskow', 'GPE', 'entity', 1), ('ultimatum', 'THREATEN', 'event', 1),
            ('Zelensky', 'PERSON', 'entity', 2), ('Rusia', 'GPE', 'entity', 3),
            ('konferensi', 'CONSULT', 'event', 1), ('Kremlin', 'ORG', 'entity', 1),
            ('Dmitry Peskov', 'PERSON', 'entity', 1), ('pertemuan', 'CONSULT', 'event', 1),
            ('Moskow', 'GPE', 'entity', 2), ('India', 'GPE', 'entity', 1), ('Arab Saudi', 'GPE', 'entity', 1),
            ('Afrika Selatan', 'GPE', 'entity', 1), ('Thailand', 'GPE', 'entity', 1),
            ('Indonesia', 'GPE', 'entity', 1), ('komunike', 'AGREE', 'event', 2),
            ('Swiss', 'GPE', 'entity', 3), ('Viola Amherd', 'PERSON', 'entity', 1),
            ('konferensi', 'CONSULT', 'event', 2), ('Rusia', 'GPE', 'entity', 4),
            ('Komunike', 'AGREE', 'event', 2), ('menyerukan', 'REQUEST', 'event', 2),
            ('pertukaran', 'RETREAT', 'event', 1), ('pemulangan', 'RETREAT', 'event', 1),
            ('Ukraina', 'GPE', 'entity', 7), ('dideportasi', 'COERCE', 'event', 1),
            ('Rusia', 'GPE', 'entity', 5), ('invasi', 'ASSAULT', 'event', 1), ('Rusia', 'GPE', 'entity', 6),
            ('Februari 2022', 'DATE', 'entity', 1), ('dipindahkan', 'COERCE', 'event', 1),
        ],
    },
    '18_tirto_india_kejriwal_unjuk_rasa.txt': {
        'outlet': 'Tirto',
        'published': '2024-04-01',
        'title': 'Kejriwal Ditangkap Jelang Pemilu, Oposisi India Gelar Unjuk Rasa Besar di Delhi',
        'authors': ['Sekar Ayu Larasati'],
        'boiler': [
            'Baca juga:',
            'Pemilu India 2024: Modi Incar Masa Jabatan Ketiga',
            'Mengenal Sistem Pemilu India, Terbesar di Dunia',
            'Advertisement',
        ],
        'items': [
            ('Kejriwal', 'PERSON', 'entity', 1), ('Ditangkap', 'COERCE', 'event', 1),
            ('India', 'GPE', 'entity', 1), ('Unjuk Rasa', 'PROTEST', 'event', 1),
            ('Delhi', 'GPE', 'entity', 1), ('Sekar Ayu Larasati', 'PERSON', 'entity', 1),
            ('1 April 2024', 'DATE', 'entity', 1), ('tirto.id', 'ORG', 'entity', 2),
            ('India', 'GPE', 'entity', 2), ('unjuk rasa', 'PROTEST', 'event', 1),
            ('Ramlila Maidan', 'LOC', 'entity', 1), ('New Delhi', 'GPE', 'entity', 1),
            ('Minggu (31/3/2024)', 'DATE', 'entity', 1), ('memprotes', 'PROTEST', 'event', 1),
            ('penangkapan', 'COERCE', 'event', 1), ('Delhi', 'GPE', 'entity', 3),
            ('Arvind Kejriwal', 'PERSON', 'entity', 1), ('19 April', 'DATE', 'entity', 1),
            ('Kejriwal', 'PERSON', 'entity', 3), ('Partai Aam Aadmi', 'ORG', 'entity', 1),
            ('AAP', 'ORG', 'entity', 1), ('ditangkap', 'COERCE', 'event', 1),
            ('Direktorat Penegakan', 'ORG', 'entity', 1), ('ED', 'ORG', 'entity', 1),
            ('21 Maret', 'DATE', 'entity', 1), ('tuduhan', 'ACCUSE', 'event', 1),
            ('Senin (1/4/2024)', 'DATE', 'entity', 1), ('Delhi', 'GPE', 'entity', 4),
            ('Kejriwal', 'PERSON', 'entity', 4), ('ditahan', 'COERCE', 'event', 1),
            ('Tihar', 'LOC', 'entity', 1), ('15 April', 'DATE', 'entity', 1),
            ('Partai Kongres', 'ORG', 'entity', 1), ('Rahul Gandhi', 'PERSON', 'entity', 1),
            ('menuduh', 'ACCUSE', 'event', 1), ('Narendra Modi', 'PERSON', 'entity', 1),
            ('Rahul', 'PERSON', 'entity', 2), ('Partai Bharatiya Janata', 'ORG', 'entity', 1),
            ('BJP', 'ORG', 'entity', 1), ('membantah', 'REJECT', 'event', 1),
            ('tuduhan', 'ACCUSE', 'event', 2), ('penangkapan', 'COERCE', 'event', 2),
            ('Pekan lalu', 'DATE', 'entity', 1), ('Delhi', 'GPE', 'entity', 5),
            ('menahan', 'COERCE', 'event', 1), ('AAP', 'ORG', 'entity', 2),
            ('memblokade', 'PROTEST', 'event', 1), ('Modi', 'PERSON', 'entity', 3),
            ('Penangkapan', 'COERCE', 'event', 1), ('Kejriwal', 'PERSON', 'entity', 5),
            ('Jerman', 'GPE', 'entity', 1), ('Amerika Serikat', 'GPE', 'entity', 1),
            ('menyerukan', 'REQUEST', 'event', 1), ('Kementerian Luar Negeri India', 'ORG', 'entity', 1),
            ('protes', 'ACCUSE', 'event', 1), ('menolak', 'REJECT', 'event', 1),
            ('India', 'GPE', 'entity', 6), ('India', 'GPE', 'entity', 7), ('19 April', 'DATE', 'entity', 2),
            ('1 Juni', 'DATE', 'entity', 1), ('4 Juni', 'DATE', 'entity', 1),
            ('Hadi Prasetyo', 'PERSON', 'entity', 1),
        ],
    },
    '19_kompas_saudi_iran_beijing.txt': {
        'outlet': 'Kompas',
        'published': '2023-03-11',
        'title': 'Arab Saudi dan Iran Sepakat Pulihkan Hubungan Diplomatik lewat Mediasi China',
        'authors': ['Aditya Nugraha Saputra'],
        'boiler': [
            'Baca juga: Houthi Serang Kapal Tanker di Laut Merah, Harga Minyak Naik',
            'Advertisement',
            'Baca juga: Xi Jinping Dijadwalkan Kunjungi Arab Saudi Akhir Tahun Ini',
        ],
        'items': [
            ('Arab Saudi', 'GPE', 'entity', 1), ('Iran', 'GPE', 'entity', 1),
            ('Sepakat', 'AGREE', 'event', 1), ('Pulihkan', 'COOPERATE', 'event', 1),
            ('Mediasi', 'CONSULT', 'event', 1), ('China', 'GPE', 'entity', 1),
            ('Kompas.com', 'ORG', 'entity', 2), ('11/03/2023, 06:30 WIB', 'DATE', 'entity', 1),
            ('Aditya Nugraha Saputra', 'PERSON', 'entity', 1), ('Lusia Kristiani', 'PERSON', 'entity', 1),
            ('BEIJING', 'GPE', 'entity', 1), ('KOMPAS.com', 'ORG', 'entity', 1),
            ('Arab Saudi', 'GPE', 'entity', 2), ('Iran', 'GPE', 'entity', 2),
            ('sepakat', 'AGREE', 'event', 1), ('memulihkan', 'COOPERATE', 'event', 1),
            ('membuka kembali', 'COOPERATE', 'event', 1), ('dua bulan', 'DATE', 'entity', 1),
            ('Kesepakatan', 'AGREE', 'event', 1), ('Beijing', 'GPE', 'entity', 1),
            ('China', 'GPE', 'entity', 2), ('Jumat (10/3/2023)', 'DATE', 'entity', 1),
            ('empat hari', 'DATE', 'entity', 1), ('pembicaraan', 'CONSULT', 'event', 1),
            ('dimediasi', 'CONSULT', 'event', 1), ('China', 'GPE', 'entity', 3),
            ('Dewan Keamanan Nasional Tertinggi Iran', 'ORG', 'entity', 1),
            ('Ali Shamkhani', 'PERSON', 'entity', 1), ('Arab Saudi', 'GPE', 'entity', 3),
            ('Musaed bin Mohammed Al-Aiban', 'PERSON', 'entity', 1), ('China', 'GPE', 'entity', 4),
            ('Wang Yi', 'PERSON', 'entity', 1), ('menandatangani', 'AGREE', 'event', 1),
            ('Kesepakatan', 'AGREE', 'event', 2), ('Wang Yi', 'PERSON', 'entity', 2),
            ('Xinhua', 'ORG', 'entity', 1), ('pernyataan bersama', 'AGREE', 'event', 2),
            ('kerja sama', 'COOPERATE', 'event', 1), ('disepakati', 'AGREE', 'event', 1),
            ('2001', 'DATE', 'entity', 1), ('Riyadh', 'GPE', 'entity', 1),
            ('memutus', 'SANCTION', 'event', 1), ('Teheran', 'GPE', 'entity', 1),
            ('Januari 2016', 'DATE', 'entity', 1), ('menyerbu', 'PROTEST', 'event', 1),
            ('Arab Saudi', 'GPE', 'entity', 4), ('Iran', 'GPE', 'entity', 4),
            ('mendukung', 'SUPPORT', 'event', 1), ('perang', 'ASSAULT', 'event', 1),
            ('Yaman', 'GPE', 'entity', 1), ('Suriah', 'GPE', 'entity', 1),
            ('Gedung Putih', 'ORG', 'entity', 1), ('menyambut baik', 'SUPPORT', 'event', 1),
            ('kesepakatan', 'AGREE', 'event', 1), ('Dewan Keamanan Nasional AS', 'ORG', 'entity', 1),
            ('John Kirby', 'PERSON', 'entity', 1), ('Washington', 'GPE', 'entity', 1),
            ('mendukung', 'SUPPORT', 'event', 2), ('perang', 'ASSAULT', 'event', 2),
            ('Yaman', 'GPE', 'entity', 2), ('AS', 'GPE', 'entity', 2), ('pembicaraan', 'CONSULT', 'event', 2),
            ('Israel', 'GPE', 'entity', 1), ('Benjamin Netanyahu', 'PERSON', 'entity', 1),
            ('dikritik', 'ACCUSE', 'event', 1), ('Naftali Bennett', 'PERSON', 'entity', 1),
            ('kesepakatan', 'AGREE', 'event', 2), ('Israel', 'GPE', 'entity', 2),
        ],
    },
    '20_antara_erupsi_lewotobi.txt': {
        'outlet': 'ANTARA',
        'published': '2024-11-06',
        'title': 'Australia dan Singapura tawarkan bantuan tanggap darurat erupsi Lewotobi',
        'authors': ['Yohanes Bria Seran'],
        'boiler': [
            'Baca juga: Bandara Frans Seda Maumere ditutup akibat sebaran abu vulkanik',
            'Baca juga: Pemkab Flores Timur tetapkan status tanggap darurat 58 hari',
            'COPYRIGHT © ANTARA 2024',
        ],
        'items': [
            ('Australia', 'GPE', 'entity', 1), ('Singapura', 'GPE', 'entity', 1),
            ('bantuan', 'AID', 'event', 1), ('Lewotobi', 'LOC', 'entity', 1),
            ('Rabu, 6 November 2024 18:47 WIB', 'DATE', 'entity', 1), ('Larantuka', 'GPE', 'entity', 1),
            ('ANTARA', 'ORG', 'entity', 1), ('Australia', 'GPE', 'entity', 2),
            ('Singapura', 'GPE', 'entity', 2), ('bantuan', 'AID', 'event', 2),
            ('Indonesia', 'GPE', 'entity', 1), ('Gunung Lewotobi Laki-laki', 'LOC', 'entity', 1),
            ('Kabupaten Flores Timur', 'GPE', 'entity', 1), ('Nusa Tenggara Timur', 'GPE', 'entity', 1),
            ('Senin (4/11)', 'DATE', 'entity', 1),
            ('Badan Nasional Penanggulangan Bencana', 'ORG', 'entity', 1), ('BNPB', 'ORG', 'entity', 1),
            ('Suharyanto', 'PERSON', 'entity', 1), ('mengerahkan', 'MOBILIZE', 'event', 1),
            ('TNI', 'ORG', 'entity', 1), ('Polri', 'ORG', 'entity', 1), ('Basarnas', 'ORG', 'entity', 1),
            ('tawaran', 'AID', 'event', 1), ('bantuan', 'AID', 'event', 3),
            ('Suharyanto', 'PERSON', 'entity', 2), ('Larantuka', 'GPE', 'entity', 2),
            ('Rabu (6/11)', 'DATE', 'entity', 1), ('Australia', 'GPE', 'entity', 3),
            ('Indonesia', 'GPE', 'entity', 2), ('Penny Williams', 'PERSON', 'entity', 1),
            ('Canberra', 'GPE', 'entity', 1), ('mengirimkan', 'AID', 'event', 1),
            ('BNPB', 'ORG', 'entity', 2), ('Singapura', 'GPE', 'entity', 3),
            ('Pasukan Pertahanan Sipil Singapura', 'ORG', 'entity', 1), ('SCDF', 'ORG', 'entity', 1),
            ('menyiagakan', 'MOBILIZE', 'event', 1), ('Jepang', 'GPE', 'entity', 1),
            ('Badan Kerja Sama Internasional Jepang', 'ORG', 'entity', 1), ('JICA', 'ORG', 'entity', 1),
            ('bantuan kemanusiaan', 'AID', 'event', 1), ('hari yang sama', 'DATE', 'entity', 1),
            ('Pusat Vulkanologi dan Mitigasi Bencana Geologi', 'ORG', 'entity', 1),
            ('PVMBG', 'ORG', 'entity', 1), ('Gunung Lewotobi Laki-laki', 'LOC', 'entity', 2),
            ('Senin', 'DATE', 'entity', 2), ('Jetstar', 'ORG', 'entity', 1),
            ('Virgin Australia', 'ORG', 'entity', 1), ('Australia', 'GPE', 'entity', 5),
            ('Bali', 'GPE', 'entity', 1), ('Yohanes Bria Seran', 'PERSON', 'entity', 1),
            ('Fitri Handayani', 'PERSON', 'entity', 1),
        ],
    },
}


def _occurrences(raw: str, text: str) -> list[int]:
    pat = re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")
    return [m.start() for m in pat.finditer(raw)]


def _boiler_ranges(raw: str, lines: list[str], name: str) -> list[tuple[int, int]]:
    ranges = []
    for line in lines:
        hits = [m.start() for m in re.finditer(r"(?m)^" + re.escape(line) + r"$", raw)]
        if not hits:
            raise ValueError(f"{name}: boilerplate line not found: {line!r}")
        ranges += [(h, h + len(line)) for h in hits]
    return ranges


def build(name: str, art: dict) -> tuple[dict, str]:
    raw = (HERE / name).read_text(encoding="utf-8")
    head = raw.find(art["title"] + "\n")
    if head < 0:
        raise ValueError(f"{name}: headline not found")
    boiler = _boiler_ranges(raw, art["boiler"], name)
    spans, last = [], -1
    for text, label, kind, occ in art["items"]:
        want = "entity" if label in ENTITY_LABELS else "event" if label in EVENT_LABELS else None
        if want != kind:
            raise ValueError(f"{name}: bad label/kind {text!r} {label} {kind}")
        occs = _occurrences(raw, text)
        if occ < 1 or occ > len(occs):
            raise ValueError(f"{name}: occurrence {occ} of {text!r} not found ({len(occs)} in file)")
        start = occs[occ - 1]
        end = start + len(text)
        if start < head:
            raise ValueError(f"{name}: {text!r}#{occ} lies before the headline")
        if any(b <= start < e for b, e in boiler):
            raise ValueError(f"{name}: {text!r}#{occ} lies in a boilerplate line")
        if start <= last:
            raise ValueError(f"{name}: {text!r}#{occ} is out of text order")
        last = start
        assert raw[start:end] == text
        spans.append({"raw_start": start, "raw_end": end, "text": text, "label": label, "kind": kind})
    for kind in ("entity", "event"):
        layer = sorted((s for s in spans if s["kind"] == kind), key=lambda s: s["raw_start"])
        for a, b in pairwise(layer):
            if b["raw_start"] < a["raw_end"]:
                raise ValueError(f"{name}: overlapping {kind} spans {a['text']!r} / {b['text']!r}")
    record = {"text": None,
              "meta": {"source_file": name, "outlet": art["outlet"], "published": art["published"],
                       "title": art["title"], "authors": art["authors"]},
              "spans": spans}
    return record, _review(raw, spans, head, boiler)


def _mark(raw: str, spans: list[dict]) -> str:
    out, pos = [], 0
    for s in sorted(spans, key=lambda s: s["raw_start"]):
        out.append(raw[pos:s["raw_start"]])
        out.append(f"[{s['text']}|{s['label']}]")
        pos = s["raw_end"]
    out.append(raw[pos:])
    return "".join(out)


def _review(raw: str, spans: list[dict], head: int, boiler: list[tuple[int, int]]) -> str:
    ents = [s for s in spans if s["kind"] == "entity"]
    evs = [s for s in spans if s["kind"] == "event"]
    text = "--- entities\n" + _mark(raw, ents)[head:] + "\n--- events\n" + _mark(raw, evs)[head:]
    # occurrences of annotated surface texts (outside menus/boilerplate) that carry no span of their own
    taken = [(s["raw_start"], s["raw_end"]) for s in spans]
    missed = []
    for t in sorted({s["text"] for s in spans}):
        for o in _occurrences(raw, t):
            if o < head or any(b <= o < e for b, e in boiler):
                continue
            if not any(a <= o < b for a, b in taken):
                missed.append(f"  unannotated: {t!r} at {o}: ...{raw[max(0, o - 30):o + len(t) + 30]!r}...")
    return text + ("\n" + "\n".join(missed) if missed else "")


def main() -> None:
    records, labels, kinds = [], Counter(), Counter()
    for name, art in ARTICLES.items():
        record, review = build(name, art)
        records.append(record)
        n_ent = sum(s["kind"] == "entity" for s in record["spans"])
        print(f"===== {name} ({art['outlet']}): {n_ent} entities, {len(record['spans']) - n_ent} events")
        print(review)
        labels.update(s["label"] for s in record["spans"])
        kinds.update(s["kind"] for s in record["spans"])
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    print("\n===== totals", dict(kinds))
    print("entities:", {k: v for k, v in sorted(labels.items()) if k in ENTITY_LABELS})
    print("events:  ", {k: v for k, v in sorted(labels.items()) if k in EVENT_LABELS})


if __name__ == "__main__":
    sys.exit(main())
