"""Writes the metadata DEV set: team-written page heads in the layouts of real outlets, and gold.jsonl."""

import json
from pathlib import Path

OUT = Path(__file__).resolve().parent
P = "Pemerintah Indonesia dan mitra kawasan sepakat memperkuat kerja sama keamanan maritim serta perdagangan, kata pejabat kedua pihak seusai pertemuan tertutup."
E = "Indonesia and its regional partners agreed to strengthen maritime security and trade cooperation, officials from both sides said after a closed-door meeting."

ITEMS = [
 ("01_antara.txt", "ANTARA", "2024-10-14", ["Galih Pramudya"], f"""Berita
Internasional
Politik

Indonesia dan Vietnam perkuat patroli bersama di Laut Natuna Utara

Senin, 14 Oktober 2024 10:15 WIB

Jakarta (ANTARA) - {P}

Baca juga: Menlu RI terima kunjungan Menlu Vietnam

Pewarta: Galih Pramudya
Editor: Ratna Sari
COPYRIGHT © ANTARA 2024
"""),
 ("02_kompas.txt", "Kompas", "2024-09-03", ["Dian Erika Nugraheny"], f"""Kompas.com
News
Nasional
Global

Jokowi Terima Kunjungan PM Singapura di Istana Bogor

Kompas.com - 03/09/2024, 08:30 WIB

Penulis Dian Erika Nugraheny
| Editor Novianti Setuningsih

JAKARTA, KOMPAS.com - {P}
"""),
 ("03_kompasid.txt", "Kompas", "2024-08-05", ["Kurnia Yunita Rahayu"], f"""Kompas.id
Internasional
Ekonomi
Opini

Diplomasi Sawit di Tengah Tekanan Uni Eropa

Oleh Kurnia Yunita Rahayu
5 Agustus 2024 09:05 WIB

Pemerintah kembali menyuarakan keberatan atas aturan bebas deforestasi Uni Eropa. {P}
"""),
 ("04_detik.txt", "Detik", "2024-10-14", ["Rizky Adha Mahendra"], f"""detikNews
Berita
Internasional
Pemilu

Menlu Retno Bertemu Menlu Australia Bahas Kerja Sama Indo-Pasifik

Rizky Adha Mahendra - detikNews
Senin, 14 Okt 2024 10:15 WIB

Jakarta - {P}

(rdp/imk)
"""),
 ("05_liputan6.txt", "Liputan6", "2024-10-14", ["Tim News"], f"""Liputan6.com
News
Global
Bisnis
Bola

Filipina dan Jepang Teken Pakta Akses Timbal Balik

Oleh Tim News
14 Okt 2024, 10:15 WIB

Liputan6.com, Manila - {P}
"""),
 ("06_cnnindonesia.txt", "CNN Indonesia", "2024-10-02", [], f"""Nasional
Internasional
Ekonomi
Olahraga

Iran Luncurkan Rudal ke Israel, Dewan Keamanan PBB Gelar Rapat Darurat

CNN Indonesia
Rabu, 02 Okt 2024 06:40 WIB

Jakarta, CNN Indonesia -- {P}

(blq/rds)
"""),
 ("07_tempo.txt", "Tempo", "2024-10-14", ["Daniel A. Fajri"], f"""TEMPO.CO
Nasional
Ekonomi
Tempo Plus

Sri Mulyani Sebut Ekonomi Global Masih Penuh Ketidakpastian

Reporter: Daniel A. Fajri
Editor: Grace gandhi
Senin, 14 Oktober 2024 10:15 WIB

TEMPO.CO, Jakarta - {P}
"""),
 ("08_republika.txt", "Republika", "2024-10-14", [], f"""Republika
News
Internasional
Khazanah

Indonesia Kirim Bantuan Kemanusiaan Kedua untuk Gaza

Red: Friska Yolandha
Senin 14 Oct 2024 10:15 WIB

REPUBLIKA.CO.ID, JAKARTA -- {P}
"""),
 ("09_bisnis.txt", "Bisnis.com", "2024-08-14", ["Annisa Nurul Amara"], f"""Ekonomi
Market
Finansial
Teknologi

Neraca Dagang Juli 2024 Diperkirakan Kembali Surplus

Annisa Nurul Amara - Bisnis.com
Rabu, 14 Agustus 2024 | 10:30

Bisnis.com, JAKARTA — {P}
"""),
 ("10_viva.txt", "VIVA", "2024-10-14", ["Natania Longdong"], f"""VIVA.co.id
Berita
Dunia
Bisnis

Korea Utara Ledakkan Jalan Penghubung ke Korea Selatan

Senin, 14 Oktober 2024 - 10:15 WIB
Oleh : Natania Longdong

VIVA – {P}
"""),
 ("11_sindonews.txt", "SINDOnews", "2024-10-14", ["Danandaya Arya Putra"], f"""SINDOnews
Nasional
Ekonomi
International

Bangladesh Bentuk Komisi Reformasi Setelah Gelombang Unjuk Rasa

Danandaya Arya Putra
Senin, 14 Oktober 2024 - 10:15 WIB

DHAKA - {P}

(ahm)
"""),
 ("12_okezone.txt", "Okezone", "2024-10-14", ["Fahmi Firdaus"], f"""Okezone
News
Economy
Celebrity

Prabowo Bertolak ke China untuk Kunjungan Kenegaraan

Fahmi Firdaus , Jurnalis · Senin 14 Oktober 2024 10:15 WIB

JAKARTA - {P}
"""),
 ("13_suara.txt", "Suara.com", "2024-10-14", ["Bangun Santoso"], f"""News
Bisnis
Bola
Lifestyle

Jepang Tambah Bantuan Kapal Patroli Cepat untuk Bakamla

Bangun Santoso
Senin, 14 Oktober 2024 | 10:15 WIB

Suara.com - {P}
"""),
 ("14_kumparan.txt", "kumparan", "2024-10-14", [], f"""kumparanNEWS
kumparanBISNIS
kumparanBOLA

Menlu Sugiono Hadiri Pertemuan BRICS di Rusia

kumparanNEWS
14 Oktober 2024 10:15 WIB
·
waktu baca 2 menit

Menteri Luar Negeri Sugiono menghadiri pertemuan negara BRICS di Kazan, Rusia. {P}
"""),
 ("15_tribunnews.txt", "Tribunnews", "2024-10-14", ["Srihandriatmo Malau"], f"""News
Bisnis
Super Skor
Seleb

Pemerintah Tambah Kuota Haji Tahun Depan

Senin, 14 Oktober 2024 10:15 WIB

Penulis: Srihandriatmo Malau
Editor: Wahyu Aji

TRIBUNNEWS.COM, JAKARTA - {P}
"""),
 ("16_jawapos.txt", "Jawa Pos", "2024-10-14", ["Hilmi Setiawan"], f"""Nasional
Politik
Ekonomi

RI dan Malaysia Sepakati Batas Laut di Sulawesi

14 Oktober 2024, 10:15 WIB
Reporter: Hilmi Setiawan
Editor: Ilham Safutra

JawaPos.com - {P}
"""),
 ("17_merdeka.txt", "Merdeka.com", "2024-10-14", ["Titin Supriatin"], f"""Merdeka.com
Peristiwa
Politik
Dunia

Menhan Prabowo Terima Kunjungan Menhan Prancis

Reporter : Titin Supriatin | Senin, 14 Oktober 2024 10:15

Merdeka.com - {P}
"""),
 ("18_tirto.txt", "Tirto", "2024-10-14", ["Fadrik Aziz Firdausi"], f"""tirto.id
Politik
Ekonomi
Mild Report

Apa Isi Kesepakatan Dagang Indonesia-Kanada?

Penulis: Fadrik Aziz Firdausi
14 Oktober 2024 10:15 WIB

tirto.id - {P}
"""),
 ("19_katadata.txt", "Katadata", "2024-10-14", ["Rahayu Subekti"], f"""Katadata.co.id
Finansial
Makro
Energi

Bank Dunia Pangkas Proyeksi Pertumbuhan Asia Timur

Oleh: Rahayu Subekti
14/10/2024, 10.15 WIB

Bank Dunia memangkas proyeksi pertumbuhan ekonomi kawasan Asia Timur dan Pasifik. {P}
"""),
 ("20_inews.txt", "iNews", "2024-10-14", ["Felldy Aslya Utama"], f"""iNews.id
News
Nasional
Internasional

Menlu Sugiono Bahas Krisis Myanmar dengan Utusan PBB

Felldy Aslya Utama
Senin, 14 Oktober 2024 - 10:15:00 WIB

JAKARTA, iNews.id - {P}
"""),
 ("21_mediaindonesia.txt", "Media Indonesia", "2024-10-13", ["Cahya Mulyana"], f"""mediaindonesia.com
Politik dan Hukum
Ekonomi
Internasional

Pemerintah Kaji Ulang Aturan Ekspor Pasir Laut

Penulis: Cahya Mulyana
Diperbarui: 14/10/2024 12:00
Dipublikasikan: 13/10/2024 21:30

PEMERINTAH mengkaji ulang aturan ekspor pasir laut. {P}
"""),
 ("22_jakartapost.txt", "The Jakarta Post", "2024-10-14", ["Dio Suhenda"], f"""The Jakarta Post
Indonesia
Politics
Business

Prabowo names new Cabinet as transition nears

Dio Suhenda (The Jakarta Post)
Jakarta ● Mon, October 14, 2024

JAKARTA — {E}
"""),
 ("23_kontan.txt", "Kontan", "2024-10-14", ["Yudho Winarto"], f"""Nasional
Keuangan
Investasi

Pemerintah Tetapkan Target Lifting Minyak 2025

Reporter: Yudho Winarto | Editor: Noverius Laoli
Senin, 14 Oktober 2024 / 10:15 WIB

KONTAN.CO.ID - JAKARTA. {P}
"""),
 ("24_idxchannel.txt", "IDX Channel", "2024-09-03", ["Anggie Ariesta"], f"""IDX Channel
Market News
Economics
Banking

Harga Nikel Naik Usai China Tambah Stimulus Ekonomi Baru

Anggie Ariesta 03/09/2024 14:20 WIB

IDXChannel - {P}
"""),
 ("25_medcom.txt", "Medcom", "2024-10-14", ["Theofilus Ifan Sucipto"], f"""Medcom.id
News
Ekonomi
Internasional

Indonesia Kembali Dorong Reformasi Dewan Keamanan PBB

Theofilus Ifan Sucipto • 14 Oktober 2024 10:15

Jakarta: {P}
"""),
 ("26_beritasatu.txt", "Beritasatu", "2024-10-14", ["Yustinus Paat"], f"""Nasional
Ekonomi
Internasional

Kemenlu Pulangkan 40 WNI dari Lebanon

Penulis: Yustinus Paat | Editor: AB
Senin, 14 Oktober 2024 | 10:15 WIB

Jakarta, Beritasatu.com - {P}
"""),
 ("27_reuters.txt", "Reuters", "2024-10-14", ["Ananda Teresia"], f"""World
Asia Pacific

Indonesia to join BRICS summit talks, foreign minister says

By Ananda Teresia
October 14, 2024 2:15 PM GMT+7
Updated 2 hours ago

JAKARTA, Oct 14 (Reuters) - {E}
"""),
 ("28_ap.txt", "AP", "2024-10-14", ["Niniek Karmini"], f"""World News
Asia Pacific

Indonesia's president-elect meets Chinese leader in Beijing

By NINIEK KARMINI
Updated 10:15 PM GMT+7, October 14, 2024

JAKARTA, Indonesia (AP) — {E}
"""),
 ("29_afp.txt", "AFP", "2024-10-14", [], f"""AFP
World
Asia
Business
Sport

Indonesia and Australia sign new defence cooperation pact

Published: 14 Oct 2024 - 10:15AM

Jakarta (AFP) - {E} The pact was signed in Jakarta.
"""),
 ("30_cnbcindonesia.txt", "CNBC Indonesia", None, ["Ferry Sandi"], f"""CNBC Indonesia
News
Market
Tech

Harga Beras Naik Lagi, Bapanas Guyur Stok ke Pasar

Ferry Sandi, CNBC Indonesia
2 jam lalu

Jakarta, CNBC Indonesia - Harga beras kembali naik pada Senin (14/10). {P}
"""),
]

gold = []
for name, outlet, published, authors, text in ITEMS:
    assert 300 <= len(text) <= 700, (name, len(text))
    (OUT / name).write_text(text, encoding="utf-8")
    gold.append(json.dumps({"source_file": name, "outlet": outlet, "published": published, "authors": authors}, ensure_ascii=False))
(OUT / "gold.jsonl").write_text("\n".join(gold) + "\n", encoding="utf-8")
print(len(gold))
