## Activity catalogue and activity detail (ASN)

catalogue-title = 📚 <b>Katalog kegiatan</b>
catalogue-filter-line = 🔎 Filter: { $kind } · { $competency }
catalogue-all-kinds = semua jenis
catalogue-all-competencies = semua kompetensi
catalogue-page-line = Halaman { $page } dari { $pageCount } · { $total } kegiatan
catalogue-item = { $number }. <b>{ $title }</b>
    🗓 { $start }
    { $kind } · { $competency } · { $jp } JP · { $seats }
catalogue-seats-unlimited = kuota tidak terbatas
catalogue-seats-left = sisa { $seats } kursi
catalogue-seats-full = penuh, daftar tunggu { $waiting } orang
catalogue-empty = Belum ada kegiatan yang dapat Anda ikuti saat ini.
catalogue-empty-hint = Kegiatan baru akan muncul di sini begitu diumumkan. Tekan 🔎 Filter untuk mengubah pilihan jenis kegiatan atau kompetensi.
catalogue-empty-filtered-hint = Coba ubah filter, atau tekan “Hapus filter” untuk melihat semua kegiatan.
catalogue-button-prev = ◀️ Sebelumnya
catalogue-button-next = Berikutnya ▶️
catalogue-button-filter = 🔎 Filter
catalogue-button-clear-filter = ✖️ Hapus filter
catalogue-button-back = ⬅️ Kembali ke katalog
catalogue-filter-title = 🔎 <b>Filter katalog</b>
    Pilih jenis kegiatan atau jenis kompetensi. Filter saat ini: { $kind } · { $competency }.
catalogue-button-all-kinds = Semua jenis
catalogue-button-all-competencies = Semua kompetensi

catalogue-kind-training = Pelatihan
catalogue-kind-workshop = Workshop
catalogue-kind-seminar = Seminar
catalogue-kind-internship = Magang
catalogue-kind-coaching = Coaching
catalogue-kind-e-learning = E-learning
catalogue-competency-teknis = Teknis
catalogue-competency-manajerial = Manajerial
catalogue-competency-sosial-kultural = Sosial Kultural
catalogue-partner-kind-university = perguruan tinggi
catalogue-partner-kind-ngo = lembaga swadaya masyarakat
catalogue-partner-kind-training-institute = lembaga pelatihan
catalogue-partner-kind-government = instansi pemerintah
catalogue-partner-kind-private = swasta
catalogue-speaker-role-narasumber = narasumber
catalogue-speaker-role-fasilitator = fasilitator
catalogue-position-type-struktural = jabatan struktural
catalogue-position-type-fungsional = jabatan fungsional
catalogue-position-type-pelaksana = pelaksana

catalogue-status-registered = ✅ Anda terdaftar di kegiatan ini.
catalogue-status-waitlisted = ⏳ Anda di daftar tunggu nomor { $rank }.
catalogue-status-pending-approval = 🕒 Pendaftaran Anda menunggu persetujuan atasan.
catalogue-status-rejected = ❌ Pendaftaran Anda sebelumnya tidak disetujui atasan.
catalogue-status-attended = ✅ Anda tercatat hadir.
catalogue-status-no-show = Anda tercatat tidak hadir.
catalogue-status-completed = 🎓 Anda telah menyelesaikan kegiatan ini.
catalogue-mark-registered = ✅ Anda terdaftar
catalogue-mark-waitlisted = ⏳ Anda di daftar tunggu
catalogue-mark-pending-approval = 🕒 Menunggu persetujuan atasan
catalogue-mark-rejected = ❌ Tidak disetujui
catalogue-mark-attended = ✅ Hadir
catalogue-mark-no-show = Tidak hadir
catalogue-mark-completed = 🎓 Selesai

catalogue-detail-title = 📄 <b>{ $title }</b>
catalogue-detail-meta = { $kind } · Kompetensi { $competency } · { $jp } JP
catalogue-detail-cancelled = ⛔ <b>Kegiatan ini dibatalkan</b> oleh penyelenggara.
catalogue-detail-completed = 🏁 Kegiatan ini sudah selesai.
catalogue-detail-start = 🗓 Mulai: { $date }
catalogue-detail-end = 🏁 Selesai: { $date }
catalogue-detail-venue = 📍 Tempat: { $venue }
catalogue-detail-online = 💻 Daring: { $url }
catalogue-detail-partner = 🤝 Penyelenggara: { $name } ({ $kind })
catalogue-detail-speakers = 🎤 Narasumber dan fasilitator:
catalogue-detail-speaker = • { $name } ({ $role })
catalogue-detail-speaker-institution = • { $name }, { $institution } ({ $role })
catalogue-detail-audience-all = 👥 Peserta: terbuka untuk semua ASN
catalogue-detail-audience = 👥 Peserta: { $audience }
catalogue-audience-units = pegawai { $units }
catalogue-audience-grades = golongan { $grades }
catalogue-detail-capacity-unlimited = 🪑 Kuota: tidak terbatas
catalogue-detail-capacity = 🪑 Kuota: { $capacity } orang · sisa { $seats } kursi
catalogue-detail-capacity-full = 🪑 Kuota: { $capacity } orang · <b>penuh</b> · daftar tunggu { $waiting } orang
catalogue-detail-window-between = 📝 Pendaftaran: { $opens } s.d. { $closes }
catalogue-detail-window-from = 📝 Pendaftaran dibuka: { $opens }
catalogue-detail-window-until = 📝 Pendaftaran ditutup: { $closes }
catalogue-detail-approval = ✋ Pendaftaran perlu persetujuan atasan langsung.
catalogue-detail-can-waitlist = Kuota sudah penuh; bila mendaftar, Anda masuk daftar tunggu.
catalogue-detail-why-not = ℹ️ { $reason }

catalogue-refusal-activity-unavailable = Kegiatan ini tidak lagi menerima pendaftaran (dibatalkan, selesai, atau sudah dimulai).
catalogue-refusal-window-not-open = Pendaftaran belum dibuka. Pendaftaran dibuka { $date }.
catalogue-refusal-window-closed = Pendaftaran sudah ditutup sejak { $date }.
catalogue-refusal-not-in-audience-unit = Kegiatan ini khusus untuk { $audience }; unit kerja Anda tidak termasuk.
catalogue-refusal-not-in-audience-grade = Kegiatan ini khusus untuk { $audience }; golongan Anda tidak termasuk.
catalogue-refusal-not-in-audience-position-type = Kegiatan ini khusus untuk { $audience }; jenis jabatan Anda tidak termasuk.
catalogue-refusal-employee-inactive = Data kepegawaian Anda tercatat tidak aktif. Silakan hubungi admin BKPSDM.
catalogue-register-refused = 🚫 Maaf, Anda belum dapat mendaftar di <b>{ $title }</b>.
    { $reason }
catalogue-register-refused-unknown = 🚫 Maaf, kegiatan ini tidak menerima pendaftaran.

catalogue-button-register = 📝 Daftar
catalogue-button-register-waitlist = 📝 Daftar daftar tunggu
catalogue-button-cancel = ❌ Batalkan pendaftaran
catalogue-button-calendar = 📅 Kalender
catalogue-registered = ✅ Anda <b>terdaftar</b> di <b>{ $title }</b>.
    🗓 { $start }
    📍 { $place }
catalogue-waitlisted = ⏳ Kuota <b>{ $title }</b> sudah penuh. Anda masuk <b>daftar tunggu nomor { $rank }</b> dan akan diberi tahu bila ada kursi kosong.
catalogue-pending-approval = 🕒 Pendaftaran Anda di <b>{ $title }</b> sudah dikirim dan <b>menunggu persetujuan atasan</b>. Anda akan diberi tahu hasilnya.
catalogue-already-registered = Anda sudah terdaftar di kegiatan ini.
catalogue-already-waitlisted = Anda sudah di daftar tunggu (nomor { $rank }).
catalogue-already-pending = Pendaftaran Anda sudah dikirim dan masih menunggu persetujuan atasan.
catalogue-already-other = Anda sudah tercatat di kegiatan ini.
catalogue-clash = ⚠️ <b>Jadwal bentrok</b>
    <b>{ $title }</b> ({ $start }) bertabrakan dengan kegiatan Anda yang lain:
catalogue-clash-item = • <b>{ $title }</b>: { $start } s.d. { $end }
catalogue-clash-question = Tetap daftar?
catalogue-button-register-anyway = ✅ Tetap daftar
catalogue-button-dismiss = Batal

catalogue-cancel-confirm = Batalkan pendaftaran Anda di <b>{ $title }</b> ({ $start })?
catalogue-cancel-confirm-seat = Kursi Anda akan diberikan kepada peserta berikutnya di daftar tunggu.
catalogue-button-cancel-yes = ✅ Ya, batalkan
catalogue-button-cancel-no = ↩️ Tidak
catalogue-cancelled = ✅ Pendaftaran Anda di <b>{ $title }</b> telah dibatalkan.
catalogue-cancelled-short = Pendaftaran dibatalkan.
catalogue-cancel-already = Pendaftaran ini sudah dibatalkan.
catalogue-cancel-started = Kegiatan sudah dimulai; pendaftaran tidak dapat dibatalkan lagi.
catalogue-cancel-not-cancellable = Pendaftaran ini tidak dapat dibatalkan lagi.

catalogue-not-found = Kegiatan ini tidak ditemukan atau belum diterbitkan.
catalogue-registration-not-found = Pendaftaran ini tidak ditemukan.
catalogue-page-gone = Halaman itu sudah tidak ada karena katalog berubah.
catalogue-bad-button = Tombol ini sudah tidak berlaku. Silakan buka katalog lagi.
