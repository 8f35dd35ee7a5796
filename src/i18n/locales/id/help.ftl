help-text = <b>Bantuan Pembinaan ASN</b>

    /menu – menu utama
    /katalog – katalog kegiatan
    /jadwal – jadwal saya
    /jp – capaian JP tahun ini
    /hadir – presensi dengan kode kehadiran
    /evaluasi – evaluasi yang perlu diisi
    /perkembangan – perkembangan Anda setelah pelatihan (penilaian L3)
    /bahasa – ganti bahasa (Indonesia/English)
    /bantuan – petunjuk ini
    /batal – hentikan proses yang sedang berjalan

    Bot ini membantu ASN Pemerintah Kabupaten Tebo mengikuti pengembangan kompetensi: mendaftar kegiatan, mengisi evaluasi, dan memantau target 20 JP per tahun.
help-unlinked = Belum tertaut? Tekan /start, lalu bagikan nomor HP Anda atau gunakan NIP dan kode aktivasi.
help-supervisor = <b>Sebagai atasan langsung</b>
    /tim – JP tim Anda dan penilaian perilaku (L3) yang menunggu Anda
    /persetujuan – setujui pendaftaran kegiatan staf Anda
help-leader = <b>Sebagai pimpinan</b>
    /umumkan – susun dan kirim pengumuman
    /laporan_pengumuman – pengumuman saya dan laporan jangkauannya
    /kampanye – kampanye sosialisasi berkala
    /kesiapan – hasil survei kesiapan perubahan
    /hasil – hasil evaluasi kegiatan
help-admin = <b>Sebagai admin BKPSDM</b>
    Kelola kegiatan dan data pegawai dari /menu, pantau antrean pesan dengan /antrean.
    Perintah CLI: impor data pegawai (<code>roster</code>), kegiatan (<code>activity</code>), kehadiran (<code>attendance</code>), kode aktivasi (<code>code</code>), peran (<code>role</code>), aturan evaluasi (<code>evaluation rules</code>), pengumuman (<code>announcement</code>), kampanye (<code>campaign</code>), dan survei kesiapan perubahan (<code>pulse</code>).
help-contact = Butuh bantuan lain? Hubungi admin BKPSDM.
cancel-nothing = Tidak ada proses yang sedang berjalan. Tekan /menu untuk melihat pilihan.
command-start = Mulai dan tautkan akun
command-menu = Menu utama
command-help = Bantuan
command-language = Ganti bahasa
command-cancel = Hentikan proses berjalan
command-catalogue = Katalog kegiatan
command-schedule = Jadwal saya
command-jp = JP saya tahun ini
command-checkin = Presensi dengan kode kehadiran
command-evaluations = Evaluasi yang perlu diisi
