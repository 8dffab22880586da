"""Capitalised words that are no part of a person's name: the offices and units of a title.

"Kepala Pelaksana BPBD", "Sekretaris Perusahaan PT X", "Deputi Bidang Koordinasi Informasi": after a
title the capitalised words run on through the office's name. Indonesian builds those words with
affixes a name rarely has (peN-/per-/ke- ... -an, -asi, -isasi, -itas), or they are office words.
"""

from __future__ import annotations

import re

_AFFIXED = re.compile(r"^(?:(?:pe[nmr]?g?y?|pel|ke)\w{2,}an|\w{3,}(?:asi|isasi|itas|isme))$", re.IGNORECASE)
_OFFICE_WORDS = frozenset({
    "pelaksana", "pengawas", "eksekutif", "bidang", "balai", "harian", "umum", "sekretaris", "direktur",
    "kepala", "wakil", "ketua", "anggota", "staf", "khusus", "ahli", "utama", "madya", "pratama", "tinggi",
    "negeri", "daerah", "wilayah", "pusat", "provinsi", "kabupaten", "kota", "jenderal", "deputi",
    "asisten", "koordinator", "plt", "pj", "plh", "biro", "bagian", "seksi", "subdit", "direktorat",
    "divisi", "departemen", "satuan", "tugas", "satgas", "tim", "dewan", "majelis", "komisi", "fraksi",
    "sementara", "terpilih", "nonaktif", "senior", "junior", "lembaga", "badan", "unit", "humas",
    "juru", "bicara", "jubir", "mantan", "eks", "calon", "bakal", "warga", "saksi", "tersangka",
    "terdakwa", "hakim", "jaksa", "pengacara", "kuasa", "hukum", "polisi", "pejabat", "menteri",
    "nomor", "no", "tahun", "pasal", "ayat", "keputusan", "peraturan", "surat",
})


def is_office_word(text: str) -> bool:
    """True for a capitalised word that names an office or unit, not a person."""
    word = text.lower()
    return word in _OFFICE_WORDS or bool(_AFFIXED.match(word))
