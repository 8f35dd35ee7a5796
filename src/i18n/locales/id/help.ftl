help-text = <b>Bantuan Pembinaan ASN</b>

    /menu – menu utama
    /katalog – katalog kegiatan
    /jadwal – jadwal saya
    /jp – capaian JP tahun ini
    /hadir – presensi dengan kode kehadiran
    /evaluasi – evaluasi yang perlu diisi
    /bahasa – ganti bahasa (Indonesia/English)
    /bantuan – petunjuk ini
    /batal – hentikan proses yang sedang berjalan

    Bot ini membantu ASN Pemerintah Kabupaten Tebo mengikuti pengembangan kompetensi: mendaftar kegiatan, mengisi evaluasi, dan memantau target 20 JP per tahun.
help-unlinked = Belum tertaut? Tekan /start, lalu bagikan nomor HP Anda atau gunakan NIP dan kode aktivasi.
help-supervisor = Sebagai atasan langsung, Anda juga dapat menyetujui pendaftaran (/persetujuan) dan memantau JP tim Anda (/tim) dari menu.
help-leader = Sebagai pimpinan, Anda dapat mengirim pengumuman dan melihat laporan dari menu.
help-admin = Sebagai admin BKPSDM, Anda dapat mengelola kegiatan dan memantau antrean pesan (/antrean) dari menu, dan memakai perintah CLI untuk impor data pegawai, kegiatan, kehadiran, kode aktivasi, dan peran.
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
