attendance-ask-code = Ketik kode presensi yang diumumkan panitia, misalnya <code>TBO-7K2M</code>.
    Ketik /batal untuk berhenti.
attendance-checked-in = ✅ Kehadiran Anda di <b>{ $title }</b> tercatat pukul { $time }. Selamat mengikuti kegiatan!
attendance-already = 👍 Kehadiran Anda di <b>{ $title }</b> sudah tercatat sebelumnya. Tidak perlu mengirim kode lagi.
attendance-wrong-code = ❌ Kode presensi itu tidak cocok dengan kegiatan mana pun. Periksa lagi kodenya (huruf besar/kecil, spasi dan tanda hubung tidak berpengaruh).
attendance-wrong-code-again = ❌ Kode presensi itu tidak cocok dengan kegiatan mana pun. Periksa lagi lalu ketik ulang kodenya, atau /batal.
attendance-too-early = ⏳ Presensi untuk <b>{ $title }</b> belum dibuka. Silakan kirim kodenya lagi mulai { $time }.
attendance-too-late = ⌛ Presensi untuk <b>{ $title }</b> sudah ditutup ({ $time }). Bila Anda hadir, mohon hubungi panitia agar kehadiran Anda dicatat.
attendance-not-registered = Kode ini untuk <b>{ $title }</b>, tetapi Anda tidak terdaftar sebagai peserta, sehingga kehadiran belum dapat dicatat. Silakan hubungi panitia di lokasi.
attendance-not-registered-waitlisted = Kode ini untuk <b>{ $title }</b>. Anda masih di daftar tunggu dan belum mendapat kursi, sehingga kehadiran belum dapat dicatat. Silakan hubungi panitia di lokasi.
attendance-not-registered-pending = Kode ini untuk <b>{ $title }</b>. Pendaftaran Anda masih menunggu persetujuan atasan, sehingga kehadiran belum dapat dicatat. Silakan hubungi panitia di lokasi.
attendance-locked = 🔒 Terlalu banyak kode presensi yang salah. Demi keamanan, coba lagi setelah { $time }.
attendance-cancelled = Presensi dibatalkan. Ketik /hadir kapan saja untuk mencoba lagi.
attendance-in-progress-command = Anda sedang mengisi presensi. Ketik kode presensinya, atau /batal untuk berhenti.

attendance-cli-description = Kehadiran peserta kegiatan
attendance-cli-mark-description = Tandai peserta hadir dari daftar NIP (berkas CSV dengan kolom nip)
attendance-cli-activity-argument = kode kegiatan, misalnya PLT-2026-01
attendance-cli-file-argument = berkas CSV dengan kolom nip
attendance-cli-dry-run-option = hanya periksa berkasnya, tanpa menyimpan
attendance-cli-file-unreadable = Berkas { $file } tidak dapat dibaca ({ $reason }).
attendance-mark-issue = baris { $line }: { $message }
attendance-mark-failed = { $count } masalah ditemukan; tidak ada yang disimpan.
attendance-mark-ok = { $count } peserta { $title } ({ $code }) ditandai hadir.
attendance-mark-dry-run-ok = Berkas valid: { $count } peserta { $title } ({ $code }) akan ditandai hadir. Ini uji coba; belum ada yang disimpan.
attendance-mark-activity-not-found = Kegiatan { $code } tidak ditemukan.
attendance-mark-activity-not-open = Kegiatan { $code } berstatus { $status }; kehadiran hanya dapat dicatat untuk kegiatan yang sudah terbit atau selesai.
attendance-mark-activity-not-started = Kegiatan { $code } belum dimulai; kehadiran dapat dicatat mulai { $time }.
attendance-csv-issue-bad-nip = NIP "{ $nip }" tidak valid (harus 18 digit angka)
attendance-csv-issue-unknown-nip = NIP { $nip } tidak ada di data kepegawaian
attendance-csv-issue-duplicate-nip = NIP { $nip } sudah tercantum di baris { $first }
attendance-csv-issue-not-registered = { $name } (NIP { $nip }) tidak terdaftar sebagai peserta{ $status ->
        [WAITLISTED] {" "}(masih di daftar tunggu)
        [PENDING_APPROVAL] {" "}(masih menunggu persetujuan atasan)
        [CANCELLED] {" "}(pendaftarannya dibatalkan)
        [REJECTED] {" "}(pendaftarannya ditolak)
       *[other] {""}
    }
attendance-csv-issue-already-attended = { $name } (NIP { $nip }) sudah tercatat hadir
attendance-csv-issue-file-empty = berkas kosong
attendance-csv-issue-csv-syntax = format CSV tidak dapat dibaca ({ $detail })
attendance-csv-issue-missing-column = kolom "{ $column }" tidak ada di baris judul
attendance-csv-issue-duplicate-column = kolom "{ $column }" muncul lebih dari sekali
attendance-csv-issue-column-count = baris ini berisi { $actual } kolom, seharusnya { $expected }
attendance-csv-issue-no-rows = tidak ada baris data, hanya baris judul

attendance-cli-jobs-description = Tugas terjadwal (pengingat, eskalasi persetujuan, penyelesaian kegiatan, ...)
attendance-cli-jobs-list-description = Tampilkan tugas terjadwal beserta jadwalnya
attendance-cli-jobs-run-description = Jalankan satu tugas terjadwal sekali, sekarang juga (juga bila proses lain sedang menjadi penjadwal)
attendance-cli-jobs-name-argument = nama tugas, misalnya activity-reminders
attendance-jobs-list-item = • { $name } (cron { $cron }, zona waktu { $timezone })
attendance-jobs-unknown = Tugas "{ $name }" tidak dikenal. Tugas yang ada: { $names }.
attendance-jobs-done = Tugas { $name } selesai ({ $ms } md).
attendance-jobs-outcome = • { $key }: { $value }
attendance-jobs-failed = Tugas { $name } gagal: { $message }
attendance-jobs-skipped = Tugas { $name } tidak dijalankan: tugas yang sama masih berjalan.
