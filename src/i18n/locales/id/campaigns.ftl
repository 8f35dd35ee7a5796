## Recurring socialisation campaigns: schedules in words, schedule problems, the service's answers and the admin CLI.

## A schedule in words. $time is the local time with its zone ("08.00 WIB").
campaign-schedule-hourly = setiap jam pada menit ke-{ $minute }
campaign-schedule-daily = setiap hari pukul { $time }
campaign-schedule-weekdays = setiap hari kerja (Senin–Jumat) pukul { $time }
campaign-schedule-weekly = setiap { $days } pukul { $time }
campaign-schedule-monthly = setiap tanggal { $day } pukul { $time }
campaign-schedule-other = jadwal cron "{ $expression }"; berikutnya { $next }
campaign-schedule-no-next = tidak ada lagi
campaign-schedule-and = dan
campaign-weekday-0 = Minggu
campaign-weekday-1 = Senin
campaign-weekday-2 = Selasa
campaign-weekday-3 = Rabu
campaign-weekday-4 = Kamis
campaign-weekday-5 = Jumat
campaign-weekday-6 = Sabtu

## What is wrong with a schedule.
campaign-cron-empty = Jadwal belum diisi. Tulis lima bagian: menit jam tanggal bulan hari, misalnya "0 8 * * 1" (setiap Senin pukul 08.00).
campaign-cron-field-count = Jadwal cron harus terdiri atas 5 bagian (menit jam tanggal bulan hari), bukan { $count }. Contoh: "0 8 * * 1" berarti setiap Senin pukul 08.00.
campaign-cron-field = Bagian ke-{ $position } ({ $field }) berisi "{ $value }" dan tidak valid. Gunakan angka { $min }–{ $max }{ $kind ->
    [month] {" "}atau singkatan bulan (jan–dec)
    [day-of-week] {" "}(0 dan 7 = Minggu) atau singkatan hari (sun–sat)
   *[other] {""}
}, "*" untuk semua, daftar "1,3", rentang "1-5" atau langkah "*/2".
campaign-cron-field-minute = menit
campaign-cron-field-hour = jam
campaign-cron-field-day-of-month = tanggal
campaign-cron-field-month = bulan
campaign-cron-field-day-of-week = hari
campaign-cron-never = Jadwal ini tidak pernah terjadi (misalnya tanggal 30 Februari). Periksa tanggal dan bulannya.
campaign-cron-too-frequent = Jadwal ini berjalan { $count } kali per jam. Kampanye sosialisasi paling sering dikirim sekali per jam: isi bagian menit dengan satu angka, misalnya "0 8 * * 1".
campaign-cron-time = Jam "{ $value }" tidak valid: tulis seperti 08:00 (00:00–23:59).
campaign-cron-weekday = Hari "{ $value }" tidak valid: pilih Senin sampai Minggu.
campaign-schedule-unreadable = jadwal tidak terbaca

## Campaigns listed and shown.
campaign-status-active = aktif
campaign-status-paused = dijeda
campaign-status-ended = selesai
campaign-list-empty = Belum ada kampanye.
campaign-list-item = #{ $id } · { $status } · { $name } · { $schedule } · { $sent } dari { $total } pesan terkirim · berikutnya: { $next } · oleh { $author }
campaign-detail-title = Kampanye #{ $id } "{ $name }" ({ $status })
campaign-detail-author = Pembuat: { $author }
campaign-detail-schedule = Jadwal: { $schedule } (cron "{ $cron }")
campaign-detail-audience = Sasaran: { $audience }
campaign-detail-ack-yes = Konfirmasi baca: ya
campaign-detail-ack-no = Konfirmasi baca: tidak
campaign-detail-progress = Kemajuan: { $sent } dari { $total } pesan terkirim
campaign-detail-next = Berikutnya: pesan { $position } dari { $total }, { $when }
campaign-detail-paused = Berikutnya: tidak ada selama kampanye dijeda; setelah dilanjutkan, pesan dikirim pada jadwal berikutnya (jadwal yang terlewat tidak disusulkan).
campaign-detail-messages = Pesan:
campaign-detail-message = { $position }. { $excerpt } — { $state }{ $pulse }
campaign-detail-message-sent = terkirim { $when }
campaign-detail-message-waiting = belum terkirim
campaign-detail-message-pulse = {" "}· dengan survei kesiapan
campaign-audience-unreadable = (tidak terbaca)
campaign-audience-all = semua ASN
campaign-audience-supervisors = para atasan langsung
campaign-audience-leaders = para pimpinan
campaign-audience-admins = para admin
campaign-audience-units = unit { $units } (beserta sub-unitnya)

## Why a campaign could not be created or changed.
campaign-error-not-allowed = Maaf, hanya pimpinan atau admin yang dapat membuat kampanye, dan hanya pembuatnya atau admin yang dapat mengubahnya. Tidak ada yang dikirim atau diubah.
campaign-error-not-found = Kampanye tidak ditemukan.
campaign-error-ended = Kampanye ini sudah selesai dan tidak bisa diubah lagi.
campaign-error-name = Nama kampanye wajib diisi, paling banyak 120 karakter.
campaign-error-no-messages = Kampanye memerlukan paling sedikit satu pesan.
campaign-error-too-many-messages = Kampanye paling banyak berisi 100 pesan.
campaign-error-unknown-pulse = Survei kesiapan yang dipilih tidak ditemukan atau bukan kuesioner survei denyut.
campaign-error-audience = Sasaran berisi unit yang tidak ada atau di luar wewenang Anda.
campaign-error-unknown-author = Tidak ada pegawai aktif dengan NIP { $nip }.
campaign-error-content = Pesan ke-{ $position }: { $problem }
campaign-content-empty-body = isi pesan kosong.
campaign-content-body-too-long = isi pesan terlalu panjang (paling banyak 4096 karakter).
campaign-content-bad-media = lampiran tidak valid.
campaign-content-bad-link-text = teks tautan wajib diisi, paling banyak 64 karakter.
campaign-content-bad-link-url = alamat tautan harus diawali http:// atau https:// dengan nama domain.

## Problems in a campaign file. Where: a field path (list positions start at 1) or the file as a whole.
campaign-file-at = { $path }: { $message }
campaign-file-in-file = berkas: { $message }
campaign-file-file-empty = berkas kosong.
campaign-file-syntax = format YAML rusak di baris { $line } ({ $detail }); periksa indentasi, tanda titik dua dan tanda kutip.
campaign-file-shape = berkas harus berisi satu kampanye dengan isian name, cron, audience dan messages.
campaign-file-required = isian "{ $field }" wajib diisi.
campaign-file-unknown-field = isian "{ $field }" tidak dikenal; periksa ejaannya.
campaign-file-type = isian "{ $field }" berbentuk salah (seharusnya { $expected }).
campaign-file-empty = isian "{ $field }" tidak boleh kosong.
campaign-file-too-long = isian "{ $field }" terlalu panjang (paling banyak { $max } karakter).
campaign-file-too-few = daftar "{ $field }" terlalu pendek (paling sedikit { $min }).
campaign-file-too-many = daftar "{ $field }" terlalu panjang (paling banyak { $max }).
campaign-file-code = kode "{ $value }" tidak valid: 1–40 huruf, angka, tanda hubung atau garis bawah.
campaign-file-url = alamat "{ $value }" tidak valid: harus diawali http:// atau https:// dengan nama domain.
campaign-file-audience = sasaran "{ $value }" tidak dikenal: gunakan all, supervisors, {"{"} units: [KODE-UNIT] {"}"} atau {"{"} role: leader {"}"}.
campaign-file-role = peran "{ $value }" tidak dikenal: gunakan leader atau admin.
campaign-file-html-tag = tag <{ $tag }> tidak didukung Telegram; gunakan b, i, u, s, a, code, pre atau blockquote, dan baris baru sebagai pengganti <br> atau <p>.
campaign-file-html-unclosed = tag <{ $tag }> tidak ditutup dengan benar.
campaign-file-html-char = tanda "{ $char }" harus ditulis sebagai { $entity } bila bukan bagian dari tag.
campaign-file-unknown-unit = unit "{ $value }" tidak ada di data pegawai.
campaign-file-unknown-pulse = survei "{ $value }" tidak ditemukan atau bukan kuesioner survei denyut (level pulse).
campaign-file-invalid = isian "{ $field }" tidak valid.

## Admin CLI.
campaign-cli-description = Kampanye sosialisasi berkala: impor, daftar, rincian, jeda, lanjut, akhiri, dan penjelasan jadwal cron.
campaign-cli-import-description = Buat kampanye dari berkas YAML.
campaign-cli-file-argument = berkas .yaml kampanye
campaign-cli-author-option = NIP pimpinan atau admin yang menjadi pembuat kampanye
campaign-cli-list-description = Tampilkan semua kampanye.
campaign-cli-show-description = Tampilkan rincian satu kampanye.
campaign-cli-id-argument = nomor kampanye
campaign-cli-id-invalid = nomor kampanye "{ $value }" tidak valid.
campaign-cli-pause-description = Jeda kampanye.
campaign-cli-resume-description = Lanjutkan kampanye yang dijeda (jadwal yang terlewat tidak disusulkan).
campaign-cli-end-description = Akhiri kampanye; pesan yang belum terkirim tidak akan dikirim.
campaign-cli-explain-description = Periksa jadwal cron dan jelaskan dengan kata-kata.
campaign-cli-cron-argument = jadwal cron lima bagian, misalnya "0 8 * * 1"
campaign-file-unreadable = berkas "{ $file }" tidak bisa dibaca ({ $reason }).
campaign-import-failed = Impor dibatalkan: { $count } masalah ditemukan. Tidak ada data yang disimpan.
campaign-imported = Kampanye #{ $id } "{ $name }" dibuat: { $count } pesan, { $schedule }.
campaign-imported-first = Pesan pertama: { $when }.
campaign-explain-next = Berikutnya: { $when }.
campaign-pause-done = Kampanye #{ $id } dijeda.
campaign-pause-unchanged = Kampanye #{ $id } sudah dijeda.
campaign-resume-done = Kampanye #{ $id } dilanjutkan; pesan berikutnya dikirim pada jadwal berikutnya.
campaign-resume-unchanged = Kampanye #{ $id } sudah aktif.
campaign-end-done = Kampanye #{ $id } diakhiri.
campaign-end-unchanged = Kampanye #{ $id } sudah selesai.
