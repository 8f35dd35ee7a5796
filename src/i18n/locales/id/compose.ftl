## Composing an announcement in chat (leaders and admins): the hub, each step, the preview and the outcome.

compose-hub-title = 📣 <b>Pengumuman</b>

    Susun pengumuman untuk pegawai, kirim sekarang atau pada waktu tertentu, atau jadikan kampanye berulang. Anda juga dapat mengirim survei kesiapan perubahan (ADKAR).
compose-hub-new = ✍️ Buat pengumuman
compose-hub-mine = 📋 Pengumuman saya
compose-hub-campaigns = 🔁 Kampanye
compose-hub-pulse = 🧭 Kirim survei kesiapan

compose-intro = ✍️ <b>Buat pengumuman</b>
    Ikuti langkah-langkahnya. Sebelum dikirim Anda akan melihat pratinjaunya. Batalkan kapan saja dengan tombol ❌ Batal atau /batal.
compose-intro-pulse = 🧭 <b>Kirim survei kesiapan perubahan</b>
    Survei dikirim sebagai pengumuman dengan tombol “📝 Isi survei” untuk setiap penerima. Batalkan kapan saja dengan tombol ❌ Batal atau /batal.

compose-step = <b>Langkah { $step } dari { $total } · { $name }</b>
compose-step-content = Isi
compose-step-link = Tombol tautan
compose-step-audience = Penerima
compose-step-timing = Waktu kirim
compose-step-options = Opsi

compose-button-cancel = ❌ Batal
compose-button-back = ⬅️ Kembali
compose-button-skip = ⏭ Lewati
compose-button-yes = Ya
compose-button-no = Tidak
compose-button-keep = ↩️ Pakai isi yang sekarang
compose-button-stale = Tombol ini sudah diproses atau tidak berlaku lagi.
compose-in-progress = Anda sedang menyusun pengumuman. Lanjutkan langkah di atas, atau ketik /batal untuk membatalkan.
compose-use-buttons = Silakan pilih dengan tombol di bawah ini.
compose-text-expected = Mohon kirim dalam bentuk teks.
compose-cancelled = Penyusunan pengumuman dibatalkan. Tidak ada yang disimpan atau dikirim.

compose-ask-content = Kirim isi pengumuman sebagai pesan biasa. Format tebal, miring, garis bawah dan tautan dipertahankan.
    Anda juga dapat mengirim foto atau dokumen dengan keterangan (caption): keterangannya menjadi isi pengumuman.
compose-pulse-intro = Survei berisi pernyataan singkat tentang kesiapan menjalankan perubahan. Teks undangan bawaannya:
compose-ask-content-pulse = Tekan “Pakai teks undangan ini”, atau kirim teks undangan Anda sendiri.
compose-button-use-invitation = ✅ Pakai teks undangan ini
compose-error-no-caption = Foto atau dokumen memerlukan keterangan (caption) sebagai isi pengumuman. Kirim ulang dengan keterangan.
compose-error-unsupported = Jenis pesan ini tidak dapat dijadikan pengumuman. Kirim teks, foto, atau dokumen.
compose-formatting-counts = Format (tebal, tautan, dan sebagainya) ikut dihitung.
compose-long-caption = ℹ️ Keterangannya lebih dari { $limit } karakter (batas keterangan di Telegram), jadi { $kind ->
        [photo] fotonya
       *[other] dokumennya
    } dikirim lebih dulu dan teksnya sebagai pesan berikutnya.

compose-ask-link = Tambahkan satu tombol tautan di bawah pengumuman, misalnya ke formulir atau panduan?
compose-current-link = Tombol sekarang: “{ $text }” → { $url }
compose-button-add-link = ➕ Tambah tombol tautan
compose-button-remove-link = 🗑 Tanpa tombol tautan
compose-ask-link-text = Tulis teks tombolnya (paling banyak { $max } karakter), misalnya: Baca panduan
compose-ask-link-url = Kirim alamat tautannya, lengkap dengan https:// di depannya, misalnya: https://tebokab.go.id/panduan
compose-link-saved = 🔗 Tombol “{ $text }” ditambahkan.

compose-scope-district = Cakupan Anda: seluruh pegawai pemerintah daerah.
compose-scope-unit = Cakupan Anda: { $unit } beserta unit di bawahnya.
compose-ask-audience = Kepada siapa pengumuman ini dikirim?
compose-button-audience-all = 👥 Semua
compose-button-audience-units = 🏢 Pilih unit
compose-button-audience-supervisors = 🧑‍💼 Atasan saja
compose-button-audience-role = 🎖 Peran
compose-ask-units = Pilih satu unit atau lebih; sub-unitnya ikut menerima. Tekan sekali lagi untuk membatalkan pilihan.
compose-units-chosen = Dipilih ({ $count }): { $units }
compose-units-page = Halaman { $page } dari { $pages }
compose-button-previous-page = ◀️ Sebelumnya
compose-button-next-page = Berikutnya ▶️
compose-button-units-done = ✔️ Selesai ({ $count } unit)
compose-no-units = Tidak ada unit dalam cakupan Anda.
compose-ask-role = Kirim kepada pemegang peran:
compose-button-role-admin = Admin BKPSDM
compose-button-role-leader = Pimpinan
compose-no-recipients = Tidak ada pegawai aktif yang termasuk penerima pilihan Anda. Silakan pilih penerima lain.
compose-recipients = 👥 Penerima: <b>{ $count }</b> orang, { $audience }.
compose-audience-all = semua pegawai
compose-audience-supervisors = para atasan langsung
compose-audience-admins = para admin BKPSDM
compose-audience-leaders = para pimpinan
compose-audience-within = { $audience } di { $unit } beserta unit di bawahnya
compose-audience-units = { $units } (beserta sub-unitnya)
compose-audience-units-more = { $units } dan { $more } unit lainnya (beserta sub-unitnya)

compose-ask-timing = Kapan pengumuman ini dikirim?
compose-button-now = 🚀 Sekarang
compose-button-at = 🗓 Pada waktu tertentu
compose-button-recurring = 🔁 Berulang
compose-ask-at = Ketik tanggal dan jam kirim (WIB), misalnya <code>7-12-2026 09.00</code> atau <code>2026-12-07 09:00</code>.
compose-error-bad-time = “{ $value }” tidak dapat dibaca sebagai tanggal dan jam. Tulis seperti <code>7-12-2026 09.00</code> atau <code>2026-12-07 09:00</code> (WIB), dengan tanggal yang benar-benar ada.
compose-error-past-time = { $when } sudah lewat (sekarang { $now }). Pilih waktu yang akan datang.
compose-at-chosen = 🗓 Dikirim pada { $when }.
compose-quiet-hours = ℹ️ Waktu itu termasuk jam tenang, jadi pesannya ditahan dan baru diantar { $until }.
compose-ask-recurrence = Seberapa sering dikirim? Pengumuman ini menjadi pesan pertama sebuah kampanye berulang.
compose-button-daily = Setiap hari
compose-button-weekly = Setiap minggu
compose-ask-weekday = Setiap hari apa?
compose-ask-clock = Ketik jam kirimnya (WIB), misalnya <code>08.00</code>.
compose-error-bad-clock = “{ $value }” bukan jam yang valid. Tulis seperti <code>08.00</code> atau <code>13:30</code>.
compose-recurring-words = { $schedule }; pertama kali { $next }
compose-recurring-chosen = 🔁 Jadwal: { $words }.

compose-ask-ack = Wajibkan penerima menekan “✅ Saya sudah membaca”? Anda dapat melihat siapa yang sudah membaca di laporan jangkauan.
compose-ask-pulse = Lampirkan survei kesiapan perubahan (ADKAR)? Setiap penerima mendapat tombol “📝 Isi survei”, dan jawabannya anonim.

compose-preview-heading = 👁 <b>Pratinjau</b>: beginilah pengumuman ini diterima.
compose-preview-only = Ini hanya pratinjau.
compose-preview-failed = Telegram menolak pratinjau pengumuman ini ({ $error }). Periksa isinya lalu kirim ulang.
compose-summary-title = 📋 <b>Periksa sebelum mengirim</b>
compose-summary-recipients = 👥 Penerima: <b>{ $count }</b> orang, { $audience }
compose-summary-now = 🕘 Waktu: sekarang, segera setelah Anda menekan Kirim
compose-summary-at = 🕘 Waktu: { $when }
compose-summary-recurring = 🔁 Berulang: { $words }
compose-summary-link = 🔗 Tombol tautan: “{ $text }” → { $url }
compose-summary-no-link = 🔗 Tombol tautan: tidak ada
compose-summary-ack-yes = ✅ Konfirmasi “sudah membaca”: wajib
compose-summary-ack-no = ✅ Konfirmasi “sudah membaca”: tidak
compose-summary-pulse-yes = 🧭 Survei kesiapan perubahan: dilampirkan
compose-summary-pulse-no = 🧭 Survei kesiapan perubahan: tidak
compose-summary-hint = Tekan ✅ Kirim untuk mengirim, ✏️ Ubah untuk memperbaiki, atau ❌ Batal.
compose-button-send = ✅ Kirim
compose-button-edit = ✏️ Ubah
compose-ask-edit = Bagian mana yang ingin diubah?
compose-button-edit-content = 📝 Isi
compose-button-edit-link = 🔗 Tombol tautan
compose-button-edit-audience = 👥 Penerima
compose-button-edit-timing = 🕘 Waktu
compose-button-edit-options = ⚙️ Opsi

compose-sent-now = ✅ Pengumuman #{ $id } sedang dikirim kepada { $count } penerima. Laporan jangkauannya ada di 📋 Pengumuman saya.
compose-scheduled = 🗓 Pengumuman #{ $id } dijadwalkan pada { $when } untuk { $count } penerima. Sebelum waktunya, Anda dapat membatalkannya di 📋 Pengumuman saya.
compose-not-sent = Pengumuman #{ $id } tidak dikirim karena Anda tidak lagi berwenang mengirim pengumuman.
compose-campaign-created = 🔁 Kampanye #{ $id } dibuat: { $words }, kepada { $count } penerima. Pesan berikutnya dapat ditambahkan di 🔁 Kampanye.
compose-campaign-name = Kampanye pengumuman
compose-refused = Pengumuman tidak dikirim: { $reason }
compose-refused-fix = ⚠️ Belum dikirim: { $reason } Silakan perbaiki di bawah ini.
