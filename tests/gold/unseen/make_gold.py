"""Write gold.jsonl for the team-written "unseen" articles, and print them for review.

The ten articles in this folder were written by the team (see README.md). The annotations below were
decided by reading each raw file against /work/shared/scheme.md, independently of the pre-annotator
(nothing under nlp/ was read or run). Offsets are into the RAW file text (UTF-8 decoded, as on disk),
not into the cleaner's output.

Each item is (surface text, label, kind, occurrence): the span is the `occurrence`-th (1-based)
whole-word, case-sensitive occurrence of `surface text` in the raw file, counting every occurrence in
the file (menus and "Baca juga" lines included). Items are listed in text order. The script raises if an
occurrence is missing, if items are out of order, if two spans of one layer overlap, or if a span falls
before the headline or inside a boilerplate line (menus, "Baca juga", "Advertisement", "SHARE", ...),
which are not annotated because the cleaner removes them.

    python tests/gold/unseen/make_gold.py          # write gold.jsonl, print [span|LABEL] markup
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
    '01_antara_asean_vientiane.txt': {
        'outlet': 'ANTARA',
        'published': '2024-07-26',
        'title': 'Menlu ASEAN sepakat cari penyelesaian damai krisis Myanmar di Vientiane',
        'authors': ['Galih Pramudya Wicaksana'],
        'boiler': [
            'Baca juga: Menlu RI bertemu Menlu Timor-Leste bahas keanggotaan penuh ASEAN',
            'Baca juga: Blinken tiba di Vientiane, dijadwalkan temui Wang Yi',
            'COPYRIGHT © ANTARA 2024',
        ],
        'items': [
            ('ASEAN', 'ORG', 'entity', 2), ('sepakat', 'AGREE', 'event', 1), ('Myanmar', 'GPE', 'entity', 1),
            ('Vientiane', 'GPE', 'entity', 1), ('Jumat, 26 Juli 2024 14:20 WIB', 'DATE', 'entity', 1),
            ('Vientiane', 'GPE', 'entity', 2), ('ANTARA', 'ORG', 'entity', 1), ('ASEAN', 'ORG', 'entity', 3),
            ('sepakat', 'AGREE', 'event', 2), ('Myanmar', 'GPE', 'entity', 2),
            ('Pertemuan', 'CONSULT', 'event', 1), ('ASEAN', 'ORG', 'entity', 4),
            ('Vientiane', 'GPE', 'entity', 3), ('Laos', 'GPE', 'entity', 1),
            ('Jumat (26/7)', 'DATE', 'entity', 1), ('RI', 'GPE', 'entity', 1),
            ('Retno Marsudi', 'PERSON', 'entity', 1), ('ASEAN', 'ORG', 'entity', 5),
            ('mendukung', 'SUPPORT', 'event', 1), ('Myanmar', 'GPE', 'entity', 3),
            ('bantuan kemanusiaan', 'AID', 'event', 1), ('Retno', 'PERSON', 'entity', 2),
            ('pertemuan', 'CONSULT', 'event', 1), ('Retno', 'PERSON', 'entity', 3),
            ('membahas', 'CONSULT', 'event', 1), ('Laut China Selatan', 'LOC', 'entity', 1),
            ('menyerukan', 'REQUEST', 'event', 1), ('pertemuan', 'CONSULT', 'event', 2),
            ('Retno', 'PERSON', 'entity', 4), ('bertemu', 'CONSULT', 'event', 2),
            ('Tiongkok', 'GPE', 'entity', 1), ('Wang Yi', 'PERSON', 'entity', 1), ('AS', 'GPE', 'entity', 1),
            ('Antony Blinken', 'PERSON', 'entity', 1), ('pertemuan', 'CONSULT', 'event', 3),
            ('Wang', 'PERSON', 'entity', 2), ('sepakat', 'AGREE', 'event', 3),
            ('perundingan', 'CONSULT', 'event', 1), ('Laut China Selatan', 'LOC', 'entity', 2),
            ('2026', 'DATE', 'entity', 1), ('Laos', 'GPE', 'entity', 2),
            ('Saleumxay Kommasith', 'PERSON', 'entity', 1), ('pertemuan', 'CONSULT', 'event', 4),
            ('ASEAN', 'ORG', 'entity', 7), ('menolak', 'REJECT', 'event', 1),
            ('Asia Tenggara', 'LOC', 'entity', 1), ('ASEAN', 'ORG', 'entity', 8),
            ('Indo-Pasifik', 'LOC', 'entity', 1), ('Saleumxay', 'PERSON', 'entity', 2),
            ('konferensi pers bersama', 'CONSULT', 'event', 1), ('Pertemuan', 'CONSULT', 'event', 2),
            ('ASEAN', 'ORG', 'entity', 9), ('tahun ini', 'DATE', 'entity', 1), ('Jepang', 'GPE', 'entity', 1),
            ('Korsel', 'GPE', 'entity', 1), ('India', 'GPE', 'entity', 1), ('Australia', 'GPE', 'entity', 1),
            ('Selandia Baru', 'GPE', 'entity', 1), ('pertemuan', 'CONSULT', 'event', 5),
            ('Sabtu (27/7)', 'DATE', 'entity', 1), ('Galih Pramudya Wicaksana', 'PERSON', 'entity', 1),
            ('Ratna Sari Dewi', 'PERSON', 'entity', 1),
        ],
    },
    '02_kompas_indonesia_tiongkok_dagang.txt': {
        'outlet': 'Kompas',
        'published': '2024-10-14',
        'title': 'Indonesia dan China Sepakat Perluas Kerja Sama Perdagangan, Defisit Jadi Sorotan',
        'authors': ['Rizky Anggara Putri'],
        'boiler': [
            'Baca juga: Neraca Dagang RI Surplus 53 Bulan Berturut-turut',
            'Advertisement',
            'Baca juga: Airlangga: Investasi China di Smelter Nikel Capai Rekor',
        ],
        'items': [
            ('Indonesia', 'GPE', 'entity', 1), ('China', 'GPE', 'entity', 1),
            ('Sepakat', 'AGREE', 'event', 1), ('Kerja Sama', 'COOPERATE', 'event', 1),
            ('Kompas.com', 'ORG', 'entity', 2), ('14/10/2024, 16:45 WIB', 'DATE', 'entity', 1),
            ('Rizky Anggara Putri', 'PERSON', 'entity', 1), ('Hendra Wiguna', 'PERSON', 'entity', 1),
            ('JAKARTA', 'GPE', 'entity', 1), ('KOMPAS.com', 'ORG', 'entity', 1),
            ('Indonesia', 'GPE', 'entity', 2), ('Tiongkok', 'GPE', 'entity', 1),
            ('sepakat', 'AGREE', 'event', 1), ('kerja sama', 'COOPERATE', 'event', 1),
            ('pertemuan', 'CONSULT', 'event', 1), ('Jakarta', 'GPE', 'entity', 1),
            ('Senin (14/10/2024)', 'DATE', 'entity', 1), ('Airlangga Hartarto', 'PERSON', 'entity', 1),
            ('bertemu', 'CONSULT', 'event', 1), ('Tiongkok', 'GPE', 'entity', 2),
            ('Wang Wentao', 'PERSON', 'entity', 1),
            ('Kementerian Koordinator Bidang Perekonomian', 'ORG', 'entity', 1),
            ('membahas', 'CONSULT', 'event', 1), ('Indonesia', 'GPE', 'entity', 3),
            ('sepakat', 'AGREE', 'event', 2), ('dua tahun ke depan', 'DATE', 'entity', 1),
            ('Tiongkok', 'GPE', 'entity', 3), ('Indonesia', 'GPE', 'entity', 4),
            ('Airlangga', 'PERSON', 'entity', 2), ('pertemuan', 'CONSULT', 'event', 2),
            ('Badan Pusat Statistik', 'ORG', 'entity', 1), ('BPS', 'ORG', 'entity', 1),
            ('Indonesia', 'GPE', 'entity', 5), ('Tiongkok', 'GPE', 'entity', 4),
            ('2023', 'DATE', 'entity', 1), ('Indonesia', 'GPE', 'entity', 6), ('Beijing', 'GPE', 'entity', 1),
            ('dua tahun terakhir', 'DATE', 'entity', 1), ('Wang Wentao', 'PERSON', 'entity', 2),
            ('Beijing', 'GPE', 'entity', 2), ('mendukung', 'SUPPORT', 'event', 1),
            ('Indonesia', 'GPE', 'entity', 7), ('Tiongkok', 'GPE', 'entity', 5),
            ('Sulawesi', 'LOC', 'entity', 1), ('Maluku Utara', 'GPE', 'entity', 1),
            ('kemitraan strategis', 'COOPERATE', 'event', 1), ('kerja sama', 'COOPERATE', 'event', 2),
            ('Wang', 'PERSON', 'entity', 3), ('mendesak', 'REQUEST', 'event', 1),
            ('Tiongkok', 'GPE', 'entity', 6), ('Asosiasi Pertekstilan Indonesia', 'ORG', 'entity', 1),
            ('API', 'ORG', 'entity', 1), ('Jemmy Kartiwa Sastraatmadja', 'PERSON', 'entity', 1),
            ('meminta', 'REQUEST', 'event', 1), ('kesepakatan', 'AGREE', 'event', 1),
            ('bertemu', 'CONSULT', 'event', 2), ('KTT', 'CONSULT', 'event', 1), ('APEC', 'ORG', 'entity', 1),
            ('Lima', 'GPE', 'entity', 1), ('Peru', 'GPE', 'entity', 1), ('bulan depan', 'DATE', 'entity', 1),
        ],
    },
    '03_liputan6_dk_pbb_gaza.txt': {
        'outlet': 'Liputan6',
        'published': '2024-06-11',
        'title': 'DK PBB Setujui Resolusi Gencatan Senjata di Jalur Gaza, Hamas Sambut Baik',
        'authors': ['Dinda Rahmawati'],
        'boiler': [
            'Baca Juga',
            'Israel Gempur Rafah, Puluhan Warga Sipil Tewas',
            'Menlu Retno Desak Dunia Hentikan Genosida di Gaza',
            'Advertisement',
            'Simak Video Pilihan Ini',
        ],
        'items': [
            ('DK PBB', 'ORG', 'entity', 1), ('Setujui', 'AGREE', 'event', 1),
            ('Gencatan Senjata', 'RETREAT', 'event', 1), ('Jalur Gaza', 'GPE', 'entity', 1),
            ('Hamas', 'ORG', 'entity', 1), ('Sambut Baik', 'SUPPORT', 'event', 1),
            ('Dinda Rahmawati', 'PERSON', 'entity', 1), ('11 Jun 2024, 07:05 WIB', 'DATE', 'entity', 1),
            ('Liputan6.com', 'ORG', 'entity', 2), ('New York', 'GPE', 'entity', 1),
            ('Dewan Keamanan Perserikatan Bangsa-Bangsa', 'ORG', 'entity', 1), ('DK PBB', 'ORG', 'entity', 2),
            ('menyetujui', 'AGREE', 'event', 1), ('mendukung', 'SUPPORT', 'event', 1),
            ('gencatan senjata', 'RETREAT', 'event', 1), ('Jalur Gaza', 'GPE', 'entity', 2),
            ('Senin (10/6/2024)', 'DATE', 'entity', 1), ('mendukung', 'SUPPORT', 'event', 2),
            ('Rusia', 'GPE', 'entity', 1), ('Amerika Serikat', 'GPE', 'entity', 1),
            ('AS', 'GPE', 'entity', 1), ('menyerukan', 'REQUEST', 'event', 1),
            ('gencatan senjata', 'RETREAT', 'event', 2), ('pembebasan', 'RETREAT', 'event', 1),
            ('Palestina', 'GPE', 'entity', 1), ('menuntut', 'REQUEST', 'event', 1),
            ('penarikan pasukan', 'RETREAT', 'event', 1), ('Israel', 'GPE', 'entity', 1),
            ('Gaza', 'GPE', 'entity', 3), ('Hari ini', 'DATE', 'entity', 1), ('Hamas', 'ORG', 'entity', 2),
            ('kesepakatan', 'AGREE', 'event', 1), ('gencatan senjata', 'RETREAT', 'event', 3),
            ('AS', 'GPE', 'entity', 2), ('PBB', 'ORG', 'entity', 3),
            ('Linda Thomas-Greenfield', 'PERSON', 'entity', 1), ('PBB', 'ORG', 'entity', 4),
            ('Palestina', 'GPE', 'entity', 2), ('PBB', 'ORG', 'entity', 5),
            ('Riyad Mansour', 'PERSON', 'entity', 1), ('menyambut baik', 'SUPPORT', 'event', 1),
            ('mendesak', 'REQUEST', 'event', 1), ('Israel', 'GPE', 'entity', 3),
            ('serangan', 'ASSAULT', 'event', 1), ('Rafah', 'GPE', 'entity', 2),
            ('Jalur Gaza', 'GPE', 'entity', 3), ('Hamas', 'ORG', 'entity', 3),
            ('menyambut baik', 'SUPPORT', 'event', 2), ('bekerja sama', 'COOPERATE', 'event', 1),
            ('Mesir', 'GPE', 'entity', 1), ('Qatar', 'GPE', 'entity', 1), ('Israel', 'GPE', 'entity', 4),
            ('PBB', 'ORG', 'entity', 6), ('Reut Shapir Ben-Naftaly', 'PERSON', 'entity', 1),
            ('menolak', 'REJECT', 'event', 1), ('operasi militer', 'ASSAULT', 'event', 1),
            ('dibebaskan', 'RETREAT', 'event', 1), ('Perang', 'ASSAULT', 'event', 1),
            ('Jalur Gaza', 'GPE', 'entity', 4), ('Oktober tahun lalu', 'DATE', 'entity', 1),
            ('Kementerian Kesehatan Gaza', 'ORG', 'entity', 1), ('Palestina', 'GPE', 'entity', 3),
        ],
    },
    '04_cnnindonesia_taiwan_latihan.txt': {
        'outlet': 'CNN Indonesia',
        'published': '2024-10-14',
        'title': "China Gelar Latihan Militer Besar di Sekitar Taiwan, AS Sebut 'Tak Beralasan'",
        'authors': [],
        'boiler': [
            'Baca juga:',
            'Taiwan Deteksi 25 Pesawat Tempur China di Dekat Pulaunya',
            'Xi Jinping Minta Militer China Bersiap Hadapi Perang',
            '(dna/bac)',
            '[Gambas:Video CNN]',
        ],
        'items': [
            ('China', 'GPE', 'entity', 1), ('Latihan Militer', 'MOBILIZE', 'event', 1),
            ('Taiwan', 'GPE', 'entity', 1), ('AS', 'GPE', 'entity', 1), ('CNN Indonesia', 'ORG', 'entity', 2),
            ('Senin, 14 Okt 2024 19:45 WIB', 'DATE', 'entity', 1), ('Jakarta', 'GPE', 'entity', 1),
            ('CNN Indonesia', 'ORG', 'entity', 3), ('China', 'GPE', 'entity', 2),
            ('latihan militer', 'MOBILIZE', 'event', 1), ('Taiwan', 'GPE', 'entity', 2),
            ('Senin (14/10)', 'DATE', 'entity', 1), ('Taiwan', 'GPE', 'entity', 3),
            ('Lai Ching-te', 'PERSON', 'entity', 1), ('Taiwan', 'GPE', 'entity', 4),
            ('Kamis (10/10)', 'DATE', 'entity', 1),
            ('Komando Teater Timur Tentara Pembebasan Rakyat', 'ORG', 'entity', 1),
            ('PLA', 'ORG', 'entity', 1), ('latihan', 'MOBILIZE', 'event', 2),
            ('mendukung', 'SUPPORT', 'event', 1), ('Taiwan', 'GPE', 'entity', 5),
            ('dikerahkan', 'MOBILIZE', 'event', 1), ('Selat Taiwan', 'LOC', 'entity', 1),
            ('Kementerian Luar Negeri China', 'ORG', 'entity', 1), ('Mao Ning', 'PERSON', 'entity', 1),
            ('latihan', 'MOBILIZE', 'event', 3), ('China', 'GPE', 'entity', 4),
            ('Amerika Serikat', 'GPE', 'entity', 1), ('mengecam', 'ACCUSE', 'event', 1),
            ('latihan', 'MOBILIZE', 'event', 4), ('Departemen Luar Negeri AS', 'ORG', 'entity', 1),
            ('Matthew Miller', 'PERSON', 'entity', 1), ('Washington', 'GPE', 'entity', 1),
            ('prihatin', 'ACCUSE', 'event', 1), ('mendesak', 'REQUEST', 'event', 1),
            ('Beijing', 'GPE', 'entity', 1), ('Miller', 'PERSON', 'entity', 2),
            ('Senin', 'DATE', 'entity', 3), ('Washington', 'GPE', 'entity', 2),
            ('Taiwan', 'GPE', 'entity', 8), ('menolak', 'REJECT', 'event', 1),
            ('Beijing', 'GPE', 'entity', 2), ('mengerahkan', 'MOBILIZE', 'event', 1),
            ('China', 'GPE', 'entity', 7), ('Kantor Kepresidenan Taiwan', 'ORG', 'entity', 1),
            ('latihan', 'MOBILIZE', 'event', 5), ('ancaman', 'THREATEN', 'event', 1),
            ('AS', 'GPE', 'entity', 3), ('China', 'GPE', 'entity', 8), ('Taiwan', 'GPE', 'entity', 10),
            ('dua tahun terakhir', 'DATE', 'entity', 1), ('Washington', 'GPE', 'entity', 3),
            ('menyetujui', 'AGREE', 'event', 1), ('penjualan senjata', 'AID', 'event', 1),
            ('Taipei', 'GPE', 'entity', 1), ('Beijing', 'GPE', 'entity', 3),
            ('pekan lalu', 'DATE', 'entity', 1), ('sanksi', 'SANCTION', 'event', 1),
            ('AS', 'GPE', 'entity', 4),
        ],
    },
    '05_tempo_g20_rio.txt': {
        'outlet': 'Tempo',
        'published': '2024-11-19',
        'title': 'Prabowo Hadiri KTT G20 di Rio de Janeiro, Dukung Aliansi Global Melawan Kelaparan',
        'authors': ['Annisa Febriani'],
        'boiler': [
            'Baca juga: Prabowo Bertemu Xi Jinping di Beijing, Ini Hasilnya',
            'Pilihan Editor: Prabowo Undang Investor Brasil Garap Energi Terbarukan',
        ],
        'items': [
            ('Prabowo', 'PERSON', 'entity', 1), ('KTT', 'CONSULT', 'event', 1), ('G20', 'ORG', 'entity', 1),
            ('Rio de Janeiro', 'GPE', 'entity', 1), ('Dukung', 'SUPPORT', 'event', 1),
            ('Aliansi Global Melawan Kelaparan', 'ORG', 'entity', 1),
            ('Annisa Febriani', 'PERSON', 'entity', 1), ('Bagus Pratama', 'PERSON', 'entity', 1),
            ('Selasa, 19 November 2024 08:10 WIB', 'DATE', 'entity', 1), ('TEMPO.CO', 'ORG', 'entity', 2),
            ('Jakarta', 'GPE', 'entity', 1), ('Prabowo Subianto', 'PERSON', 'entity', 1),
            ('KTT', 'CONSULT', 'event', 2), ('G20', 'ORG', 'entity', 2),
            ('Rio de Janeiro', 'GPE', 'entity', 2), ('Brasil', 'GPE', 'entity', 1),
            ('Senin, 18 November 2024', 'DATE', 'entity', 1), ('Prabowo', 'PERSON', 'entity', 3),
            ('Indonesia', 'GPE', 'entity', 1), ('mendukung', 'SUPPORT', 'event', 1),
            ('Aliansi Global Melawan Kelaparan dan Kemiskinan', 'ORG', 'entity', 1),
            ('Brasil', 'GPE', 'entity', 2), ('Luiz Inacio Lula da Silva', 'PERSON', 'entity', 1),
            ('Indonesia', 'GPE', 'entity', 2), ('Prabowo', 'PERSON', 'entity', 4),
            ('Sekretariat Presiden', 'ORG', 'entity', 1), ('KTT', 'CONSULT', 'event', 3),
            ('Prabowo', 'PERSON', 'entity', 5), ('bertemu', 'CONSULT', 'event', 1),
            ('Amerika Serikat', 'GPE', 'entity', 1), ('Joe Biden', 'PERSON', 'entity', 1),
            ('Inggris', 'GPE', 'entity', 1), ('Keir Starmer', 'PERSON', 'entity', 1),
            ('India', 'GPE', 'entity', 1), ('Narendra Modi', 'PERSON', 'entity', 1),
            ('pertemuan', 'CONSULT', 'event', 1), ('Starmer', 'PERSON', 'entity', 2),
            ('sepakat', 'AGREE', 'event', 1), ('kerja sama', 'COOPERATE', 'event', 1),
            ('G20', 'ORG', 'entity', 3), ('deklarasi bersama', 'AGREE', 'event', 1),
            ('menyerukan', 'REQUEST', 'event', 1), ('gencatan senjata', 'RETREAT', 'event', 1),
            ('Jalur Gaza', 'GPE', 'entity', 1), ('Lebanon', 'GPE', 'entity', 1),
            ('bantuan kemanusiaan', 'AID', 'event', 1), ('Deklarasi', 'AGREE', 'event', 1),
            ('perang', 'ASSAULT', 'event', 1), ('Ukraina', 'GPE', 'entity', 1),
            ('tahun lalu', 'DATE', 'entity', 1), ('Sugiono', 'PERSON', 'entity', 1),
            ('Prabowo', 'PERSON', 'entity', 7), ('Indonesia', 'GPE', 'entity', 3),
            ('Dana Moneter Internasional', 'ORG', 'entity', 1), ('IMF', 'ORG', 'entity', 1),
            ('Bank Dunia', 'ORG', 'entity', 1), ('Brasil', 'GPE', 'entity', 3), ('G20', 'ORG', 'entity', 4),
            ('Afrika Selatan', 'GPE', 'entity', 1), ('1 Desember 2024', 'DATE', 'entity', 1),
            ('Rio de Janeiro', 'GPE', 'entity', 3), ('Prabowo', 'PERSON', 'entity', 8),
            ('kunjungan', 'CONSULT', 'event', 1), ('Inggris', 'GPE', 'entity', 2),
            ('Jakarta', 'GPE', 'entity', 2), ('akhir pekan ini', 'DATE', 'entity', 1),
        ],
    },
    '06_detik_ue_sanksi_iran.txt': {
        'outlet': 'Detik',
        'published': '2024-10-14',
        'title': 'Uni Eropa Jatuhkan Sanksi ke Iran Air dan Pejabat Iran',
        'authors': ['Novita Sari'],
        'boiler': [
            'Baca juga: Iran Ancam Balas Serangan Israel, Timur Tengah Makin Memanas',
            '(nvc/rdp)',
            'Baca artikel detiknews, "Uni Eropa Jatuhkan Sanksi ke Iran Air dan Pejabat Iran" selengkapnya',
        ],
        'items': [
            ('Uni Eropa', 'ORG', 'entity', 1), ('Sanksi', 'SANCTION', 'event', 1),
            ('Iran Air', 'ORG', 'entity', 1), ('Iran', 'GPE', 'entity', 2),
            ('Novita Sari', 'PERSON', 'entity', 1), ('detikNews', 'ORG', 'entity', 2),
            ('Senin, 14 Okt 2024 21:05 WIB', 'DATE', 'entity', 1), ('Luksemburg', 'GPE', 'entity', 1),
            ('Uni Eropa', 'ORG', 'entity', 2), ('UE', 'ORG', 'entity', 1), ('sanksi', 'SANCTION', 'event', 1),
            ('Iran Air', 'ORG', 'entity', 2), ('Iran', 'GPE', 'entity', 4),
            ('Sanksi', 'SANCTION', 'event', 2), ('Teheran', 'GPE', 'entity', 1),
            ('dituduh', 'ACCUSE', 'event', 1), ('memasok', 'AID', 'event', 1), ('Rusia', 'GPE', 'entity', 1),
            ('perang', 'ASSAULT', 'event', 1), ('Ukraina', 'GPE', 'entity', 1),
            ('pertemuan', 'CONSULT', 'event', 1), ('UE', 'ORG', 'entity', 2),
            ('Luksemburg', 'GPE', 'entity', 2), ('Senin (14/10/2024)', 'DATE', 'entity', 1),
            ('AFP', 'ORG', 'entity', 1), ('Iran Air', 'ORG', 'entity', 3), ('sanksi', 'SANCTION', 'event', 2),
            ('Mahan Air', 'ORG', 'entity', 1), ('Saha Airlines', 'ORG', 'entity', 1),
            ('Kementerian Pertahanan Iran', 'ORG', 'entity', 1), ('Transfer senjata', 'AID', 'event', 1),
            ('Iran', 'GPE', 'entity', 7), ('Rusia', 'GPE', 'entity', 2),
            ('mengancam', 'THREATEN', 'event', 1), ('Eropa', 'LOC', 'entity', 3), ('UE', 'ORG', 'entity', 3),
            ('Josep Borrell', 'PERSON', 'entity', 1), ('Iran', 'GPE', 'entity', 9),
            ('membantah', 'REJECT', 'event', 1), ('tuduhan', 'ACCUSE', 'event', 1),
            ('Iran', 'GPE', 'entity', 10), ('Abbas Araghchi', 'PERSON', 'entity', 1),
            ('sanksi', 'SANCTION', 'event', 3), ('UE', 'ORG', 'entity', 4),
            ('mengancam', 'THREATEN', 'event', 2), ('Eropa', 'LOC', 'entity', 4),
            ('Tuduhan', 'ACCUSE', 'event', 1), ('sanksi', 'SANCTION', 'event', 4),
            ('Araghchi', 'PERSON', 'entity', 2), ('Amerika Serikat', 'GPE', 'entity', 1),
            ('Inggris', 'GPE', 'entity', 1), ('Prancis', 'GPE', 'entity', 1), ('Jerman', 'GPE', 'entity', 1),
            ('sanksi', 'SANCTION', 'event', 5), ('September lalu', 'DATE', 'entity', 1),
            ('Washington', 'GPE', 'entity', 1), ('mendesak', 'REQUEST', 'event', 1),
            ('Eropa', 'LOC', 'entity', 5), ('Iran', 'GPE', 'entity', 11),
        ],
    },
    '07_bisnis_jepang_filipina_pakta.txt': {
        'outlet': 'Bisnis.com',
        'published': '2024-07-08',
        'title': 'Jepang dan Filipina Teken Pakta Pertahanan, China Layangkan Protes',
        'authors': ['Dewi Lestari Anggraeni'],
        'boiler': [
            'Baca juga: Harga Minyak Dunia Naik Imbas Ketegangan di Timur Tengah',
            'Advertisement',
            'SHARE',
        ],
        'items': [
            ('Jepang', 'GPE', 'entity', 1), ('Filipina', 'GPE', 'entity', 1), ('Teken', 'AGREE', 'event', 1),
            ('Pakta Pertahanan', 'COOPERATE', 'event', 1), ('China', 'GPE', 'entity', 1),
            ('Protes', 'ACCUSE', 'event', 1), ('Dewi Lestari Anggraeni', 'PERSON', 'entity', 1),
            ('Fajar Nugroho', 'PERSON', 'entity', 1), ('Senin, 08 Juli 2024 | 18:12', 'DATE', 'entity', 1),
            ('Bisnis.com', 'ORG', 'entity', 2), ('JAKARTA', 'GPE', 'entity', 1),
            ('Jepang', 'GPE', 'entity', 2), ('Filipina', 'GPE', 'entity', 2),
            ('menandatangani', 'AGREE', 'event', 1), ('pakta pertahanan', 'COOPERATE', 'event', 1),
            ('berlatih bersama', 'COOPERATE', 'event', 1), ('Penandatanganan', 'AGREE', 'event', 1),
            ('Manila', 'GPE', 'entity', 1), ('Senin (8/7/2024)', 'DATE', 'entity', 1),
            ('Filipina', 'GPE', 'entity', 3), ('Gilberto Teodoro', 'PERSON', 'entity', 1),
            ('Jepang', 'GPE', 'entity', 3), ('Yoko Kamikawa', 'PERSON', 'entity', 1),
            ('menandatangani', 'AGREE', 'event', 2), ('Ferdinand Marcos Jr', 'PERSON', 'entity', 1),
            ('kunjungan', 'CONSULT', 'event', 1), ('Jepang', 'GPE', 'entity', 4),
            ('Asia', 'LOC', 'entity', 1), ('pakta', 'COOPERATE', 'event', 2),
            ('Filipina', 'GPE', 'entity', 4), ('Perjanjian', 'AGREE', 'event', 1),
            ('kerja sama', 'COOPERATE', 'event', 1), ('Kamikawa', 'PERSON', 'entity', 2),
            ('Reuters', 'ORG', 'entity', 1), ('Kerja sama', 'COOPERATE', 'event', 1),
            ('Laut China Selatan', 'LOC', 'entity', 1), ('China', 'GPE', 'entity', 3),
            ('Filipina', 'GPE', 'entity', 5), ('Second Thomas Shoal', 'LOC', 'entity', 1),
            ('Juni lalu', 'DATE', 'entity', 1), ('China', 'GPE', 'entity', 4),
            ('menyerang', 'ASSAULT', 'event', 1), ('Filipina', 'GPE', 'entity', 6),
            ('China', 'GPE', 'entity', 5), ('protes', 'ACCUSE', 'event', 1),
            ('menolak', 'REJECT', 'event', 1), ('pakta', 'COOPERATE', 'event', 3),
            ('Kementerian Luar Negeri China', 'ORG', 'entity', 1), ('Lin Jian', 'PERSON', 'entity', 1),
            ('Asia-Pasifik', 'LOC', 'entity', 1), ('pertemuan', 'CONSULT', 'event', 1),
            ('Manila', 'GPE', 'entity', 2), ('akhir tahun ini', 'DATE', 'entity', 1),
            ('membahas', 'CONSULT', 'event', 1), ('kerja sama', 'COOPERATE', 'event', 2),
        ],
    },
    '08_viva_bantuan_myanmar.txt': {
        'outlet': 'VIVA',
        'published': None,
        'title': 'Indonesia Kirim Bantuan Kemanusiaan 20 Ton ke Myanmar',
        'authors': ['Yudha Prasetyo'],
        'boiler': [
            'Baca Juga:',
            'Retno Bertemu Utusan Khusus PBB untuk Myanmar di New York',
            'Prabowo Janji Lanjutkan Diplomasi Bebas Aktif',
            'SHARE',
        ],
        'items': [
            ('Indonesia', 'GPE', 'entity', 1), ('Bantuan Kemanusiaan', 'AID', 'event', 1),
            ('Myanmar', 'GPE', 'entity', 1), ('Yudha Prasetyo', 'PERSON', 'entity', 1),
            ('Sinta Maharani', 'PERSON', 'entity', 1), ('VIVA', 'ORG', 'entity', 2),
            ('Indonesia', 'GPE', 'entity', 2), ('bantuan kemanusiaan', 'AID', 'event', 1),
            ('Myanmar', 'GPE', 'entity', 2), ('Bantuan', 'AID', 'event', 2),
            ('TNI Angkatan Udara', 'ORG', 'entity', 1),
            ('Pangkalan Udara Halim Perdanakusuma', 'LOC', 'entity', 1), ('Jakarta', 'GPE', 'entity', 1),
            ('Senin (14/10)', 'DATE', 'entity', 1), ('Retno Marsudi', 'PERSON', 'entity', 1),
            ('bantuan', 'AID', 'event', 2),
            ('Pusat Koordinasi Bantuan Kemanusiaan ASEAN', 'ORG', 'entity', 1),
            ('AHA Centre', 'ORG', 'entity', 1), ('Palang Merah Myanmar', 'ORG', 'entity', 1),
            ('Yangon', 'GPE', 'entity', 1), ('Indonesia', 'GPE', 'entity', 3),
            ('bantuan kemanusiaan', 'AID', 'event', 2), ('Retno', 'PERSON', 'entity', 2),
            ('Retno', 'PERSON', 'entity', 4), ('Indonesia', 'GPE', 'entity', 4),
            ('berkomunikasi', 'CONSULT', 'event', 1), ('Myanmar', 'GPE', 'entity', 5),
            ('bantuan kemanusiaan', 'AID', 'event', 3), ('Indonesia', 'GPE', 'entity', 5),
            ('mendesak', 'REQUEST', 'event', 1), ('kekerasan', 'ASSAULT', 'event', 1),
            ('ASEAN', 'ORG', 'entity', 2), ('bantuan', 'AID', 'event', 5), ('Indonesia', 'GPE', 'entity', 6),
            ('Myanmar', 'GPE', 'entity', 6), ('dua tahun terakhir', 'DATE', 'entity', 1),
            ('Indonesia', 'GPE', 'entity', 7), ('bantuan', 'AID', 'event', 6),
            ("Cox's Bazar", 'GPE', 'entity', 1), ('Bangladesh', 'GPE', 'entity', 1),
            ('Badan Nasional Penanggulangan Bencana', 'ORG', 'entity', 1), ('BNPB', 'ORG', 'entity', 1),
            ('Februari 2021', 'DATE', 'entity', 1), ('Myanmar', 'GPE', 'entity', 7),
            ('pertempuran', 'ASSAULT', 'event', 1),
            ('Kantor PBB untuk Koordinasi Urusan Kemanusiaan', 'ORG', 'entity', 1),
            ('OCHA', 'ORG', 'entity', 1),
        ],
    },
    '09_sindonews_bangladesh_unjuk_rasa.txt': {
        'outlet': 'SINDOnews',
        'published': '2024-08-03',
        'title': 'Unjuk Rasa di Bangladesh Meluas, Polisi Tangkap Ratusan Mahasiswa',
        'authors': ['Rahmat Hidayat'],
        'boiler': [
            'Baca juga: Mengapa Mahasiswa Bangladesh Turun ke Jalan? Ini Penjelasannya',
            '(ahm)',
            'Berita Terkait',
        ],
        'items': [
            ('Unjuk Rasa', 'PROTEST', 'event', 1), ('Bangladesh', 'GPE', 'entity', 1),
            ('Tangkap', 'COERCE', 'event', 1), ('Sabtu, 03 Agustus 2024 - 10:45 WIB', 'DATE', 'entity', 1),
            ('Rahmat Hidayat', 'PERSON', 'entity', 1), ('DHAKA', 'GPE', 'entity', 1),
            ('unjuk rasa', 'PROTEST', 'event', 1), ('Bangladesh', 'GPE', 'entity', 2),
            ('Dhaka', 'GPE', 'entity', 1), ('Jumat (2/8/2024)', 'DATE', 'entity', 1),
            ('menuntut', 'REQUEST', 'event', 1), ('bentrokan', 'ASSAULT', 'event', 1),
            ('pertengahan Juli lalu', 'DATE', 'entity', 1), ('Aksi', 'PROTEST', 'event', 1),
            ('menuntut', 'REQUEST', 'event', 2), ('pengunduran diri', 'CONCEDE', 'event', 1),
            ('Sheikh Hasina', 'PERSON', 'entity', 1), ('memblokade', 'PROTEST', 'event', 1),
            ('Chittagong', 'GPE', 'entity', 1), ('Sylhet', 'GPE', 'entity', 1),
            ('menembakkan', 'ASSAULT', 'event', 1), ('Universitas Dhaka', 'ORG', 'entity', 1),
            ('Kepolisian Metropolitan Dhaka', 'ORG', 'entity', 1), ('ditangkap', 'COERCE', 'event', 1),
            ('sepekan terakhir', 'DATE', 'entity', 1), ('jam malam', 'COERCE', 'event', 1),
            ('memutus', 'COERCE', 'event', 1), ('pekan lalu', 'DATE', 'entity', 1),
            ('Hasina', 'PERSON', 'entity', 2), ('menuding', 'ACCUSE', 'event', 1),
            ('Partai Nasionalis Bangladesh', 'ORG', 'entity', 1), ('BNP', 'ORG', 'entity', 1),
            ('Jamaat-e-Islami', 'ORG', 'entity', 1), ('unjuk rasa', 'PROTEST', 'event', 2),
            ('BNP', 'ORG', 'entity', 2), ('membantah', 'REJECT', 'event', 1),
            ('tuduhan', 'ACCUSE', 'event', 1), ('menyerukan', 'REQUEST', 'event', 1),
            ('pemogokan', 'PROTEST', 'event', 1), ('Minggu (4/8)', 'DATE', 'entity', 1),
            ('PBB', 'ORG', 'entity', 1), ('Volker Turk', 'PERSON', 'entity', 1),
            ('mengecam', 'ACCUSE', 'event', 1), ('kekerasan', 'ASSAULT', 'event', 1),
            ('mendesak', 'REQUEST', 'event', 1), ('Bangladesh', 'GPE', 'entity', 5),
            ('penyelidikan', 'ACCUSE', 'event', 1), ('Unjuk rasa', 'PROTEST', 'event', 1),
            ('Hasina', 'PERSON', 'entity', 3), ('Januari lalu', 'DATE', 'entity', 1),
            ('Amerika Serikat', 'GPE', 'entity', 1), ('Inggris', 'GPE', 'entity', 1),
            ('menyerukan', 'REQUEST', 'event', 2), ('Bangladesh', 'GPE', 'entity', 6),
        ],
    },
    '10_republika_pemindahan_narapidana.txt': {
        'outlet': 'Republika',
        'published': None,
        'title': 'Indonesia-Australia Teken Pengaturan Pemindahan Narapidana, Lima Terpidana Bali Nine Segera Pulang',
        'authors': ['Nadia Kusumawardani'],
        'boiler': [
            'Baca Juga',
            'Presiden Prabowo Beri Grasi kepada 44.000 Narapidana',
            'Filipina Minta Mary Jane Dipulangkan',
            'Advertisement',
        ],
        'items': [
            ('Indonesia', 'GPE', 'entity', 1), ('Australia', 'GPE', 'entity', 1),
            ('Teken', 'AGREE', 'event', 1), ('Pemindahan', 'COOPERATE', 'event', 1),
            ('Bali Nine', 'ORG', 'entity', 1), ('Nadia Kusumawardani', 'PERSON', 'entity', 1),
            ('Irfan Hakim', 'PERSON', 'entity', 1), ('REPUBLIKA.CO.ID', 'ORG', 'entity', 2),
            ('JAKARTA', 'GPE', 'entity', 1), ('Indonesia', 'GPE', 'entity', 2),
            ('Australia', 'GPE', 'entity', 2), ('menandatangani', 'AGREE', 'event', 1),
            ('pemindahan', 'COOPERATE', 'event', 1), ('Jakarta', 'GPE', 'entity', 1),
            ('Senin (25/11/2024)', 'DATE', 'entity', 1), ('Kesepakatan', 'AGREE', 'event', 1),
            ('pemulangan', 'COOPERATE', 'event', 1), ('Bali Nine', 'ORG', 'entity', 2),
            ('Natal tahun ini', 'DATE', 'entity', 1), ('Penandatanganan', 'AGREE', 'event', 1),
            ('Yusril Ihza Mahendra', 'PERSON', 'entity', 1), ('Australia', 'GPE', 'entity', 3),
            ('Tony Burke', 'PERSON', 'entity', 1), ('Burke', 'PERSON', 'entity', 2),
            ('kunjungan', 'CONSULT', 'event', 1), ('Jakarta', 'GPE', 'entity', 2),
            ('pertemuan', 'CONSULT', 'event', 1), ('Pemindahan', 'COOPERATE', 'event', 2),
            ('Australia', 'GPE', 'entity', 4), ('Indonesia', 'GPE', 'entity', 3),
            ('Yusril', 'PERSON', 'entity', 2), ('konferensi pers bersama', 'CONSULT', 'event', 1),
            ('Kemenko Kumham Imipas', 'ORG', 'entity', 1), ('Matthew Norman', 'PERSON', 'entity', 1),
            ('Scott Rush', 'PERSON', 'entity', 1), ('Martin Stephens', 'PERSON', 'entity', 1),
            ('Si Yi Chen', 'PERSON', 'entity', 1), ('Michael Czugaj', 'PERSON', 'entity', 1),
            ('ditangkap', 'COERCE', 'event', 1), ('Bali', 'GPE', 'entity', 3),
            ('April 2005', 'DATE', 'entity', 1), ('Australia', 'GPE', 'entity', 5),
            ('Burke', 'PERSON', 'entity', 3), ('mengapresiasi', 'SUPPORT', 'event', 1),
            ('Prabowo Subianto', 'PERSON', 'entity', 1), ('kemitraan strategis', 'COOPERATE', 'event', 1),
            ('Australia', 'GPE', 'entity', 6), ('Indonesia', 'GPE', 'entity', 4),
            ('Burke', 'PERSON', 'entity', 4), ('Australia', 'GPE', 'entity', 7),
            ('menolak', 'REJECT', 'event', 1), ('mendukung', 'SUPPORT', 'event', 1),
            ('kerja sama', 'COOPERATE', 'event', 1), ('Kepolisian RI', 'ORG', 'entity', 1),
            ('Indonesia', 'GPE', 'entity', 5), ('sepakat', 'AGREE', 'event', 1),
            ('memulangkan', 'COOPERATE', 'event', 1), ('Filipina', 'GPE', 'entity', 2),
            ('Mary Jane Veloso', 'PERSON', 'entity', 1), ('bulan depan', 'DATE', 'entity', 1),
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
