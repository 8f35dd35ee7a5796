## Announcements: the buttons under every announcement, acknowledgement, reminders, the reach report
## and the refusals the services give (for the chat that composes announcements).

announcements-ack-button = ✅ Saya sudah membaca
announcements-pulse-button = 📝 Isi survei
announcements-ack-thanks = ✅ Terima kasih, Anda telah menandai pengumuman ini sudah dibaca.
announcements-ack-already = Anda sudah menandai pengumuman ini sudah dibaca pada { $at }.
announcements-ack-preview = Ini hanya pratinjau: penerima akan menekan tombol ini untuk menandai sudah membaca.

announcements-ack-reminder = 🔔 <b>Mohon konfirmasi</b>
    Pengumuman dari <b>{ $author }</b> ({ $sent }) belum Anda tandai sudah dibaca:

    <i>{ $excerpt }</i>

    Setelah membacanya, tekan tombol di bawah ini.

announcements-report-automatic = 📬 Laporan otomatis jangkauan pengumuman Anda:
announcements-report-title = 📊 Jangkauan pengumuman #{ $id }
announcements-report-excerpt = “{ $excerpt }”
announcements-report-author = Dari: { $author }
announcements-report-sent-at = Dikirim: { $at }
announcements-report-scheduled-at = Belum dikirim, dijadwalkan { $at }
announcements-report-cancelled = Dibatalkan, tidak dikirim.
announcements-report-totals = 👥 Penerima: { $recipients }
    ✅ Terkirim: { $sent } ({ $sentPercent })
    ⏳ Menunggu: { $pending }
    ❌ Gagal (belum menautkan akun atau galat): { $failed }
    🚫 Memblokir bot: { $blocked }{ $needsAck ->
        [yes] {""}
            👁 Sudah membaca: { $acknowledged } ({ $ackPercent } dari yang terkirim)
       *[no] {""}
    }
announcements-report-units-title = { $needsAck ->
        [yes] Per unit (yang paling sedikit membaca lebih dulu)
       *[no] Per unit (jangkauan terendah lebih dulu)
    }
announcements-report-unit-line = • { $unit }: terkirim { $sent }/{ $recipients } ({ $sentPercent }){ $needsAck ->
        [yes] , membaca { $acknowledged } ({ $ackPercent })
       *[no] {""}
    }, gagal { $failed }, blokir { $blocked }, menunggu { $pending }

announcements-status-draft = draf
announcements-status-scheduled = terjadwal
announcements-status-sending = sedang dikirim
announcements-status-sent = terkirim
announcements-status-cancelled = dibatalkan

announcements-error-not-allowed = Maaf, hanya pimpinan dan admin BKPSDM yang dapat mengirim dan mengelola pengumuman.
announcements-error-empty-body = Isi pengumuman tidak boleh kosong.
announcements-error-body-too-long = Isi pengumuman terlalu panjang: paling banyak 4096 karakter.
announcements-error-bad-media = Lampiran tidak dapat dipakai. Kirim ulang foto atau dokumennya.
announcements-error-bad-link-text = Teks tombol tautan harus diisi, paling banyak 64 karakter.
announcements-error-bad-link-url = Tautan harus berupa alamat web lengkap yang diawali http:// atau https://.
announcements-error-empty-audience = Pilih setidaknya satu unit penerima.
announcements-error-unknown-unit = Salah satu unit yang dipilih tidak ditemukan. Silakan pilih ulang.
announcements-error-outside-scope = Anda hanya dapat mengirim pengumuman ke unit Anda dan unit di bawahnya.
announcements-error-no-recipients = Tidak ada pegawai aktif yang termasuk penerima pilihan Anda.
announcements-error-unknown-pulse = Kuesioner survei kesiapan perubahan tidak ditemukan atau tidak aktif.
announcements-error-time-in-past = Waktu pengiriman sudah lewat. Pilih waktu yang akan datang.
announcements-error-not-found = Pengumuman tidak ditemukan.
announcements-error-not-scheduled = Pengumuman ini tidak dapat dibatalkan lagi karena sudah dikirim atau dibatalkan.
announcements-error-not-recipient = Pengumuman ini tidak dikirimkan kepada Anda.
announcements-error-no-ack-needed = Pengumuman ini tidak memerlukan konfirmasi membaca.

announcements-cli-description = Pengumuman pimpinan: daftar dan laporan jangkauan
announcements-cli-list-description = Menampilkan pengumuman terbaru
announcements-cli-limit-option = jumlah pengumuman yang ditampilkan (bawaan 20)
announcements-cli-report-description = Menampilkan laporan jangkauan satu pengumuman
announcements-cli-id-argument = nomor pengumuman
announcements-cli-bad-number = “{ $value }” bukan bilangan bulat positif.
announcements-cli-list-none = Belum ada pengumuman.
announcements-cli-list-line = #{ $id } [{ $status }] { $at }, { $author }: { $excerpt } (penerima { $recipients }{ $needsAck ->
        [yes] , membaca { $acknowledged }
       *[no] {""}
    })
announcements-cli-not-found = Pengumuman #{ $id } tidak ditemukan.
