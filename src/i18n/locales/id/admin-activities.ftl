## Admins managing activities in chat: the list with fill rates, publishing, cancelling, completing.

admin-activities-title = 🗓 <b>Kelola kegiatan</b> (halaman { $page } dari { $pages })
admin-activities-empty = Belum ada kegiatan. Kegiatan diimpor lewat perintah CLI <code>activity import</code>.
admin-activities-item = { $n }. <b>{ $title }</b> ({ $code }) · { $status }
    🗓 { $start }
    { $fill }
admin-activities-fill = { $registered }/{ $capacity } terisi · { $waitlisted } daftar tunggu
admin-activities-fill-unlimited = { $registered } terdaftar (tanpa batas kuota) · { $waitlisted } daftar tunggu
admin-activities-fill-pending = { $fill } · { $pending } menunggu persetujuan
admin-activities-button-open = { $n }. { $title }
admin-activities-button-previous = ◀ Sebelumnya
admin-activities-button-next = Berikutnya ▶
admin-activities-detail = 🗓 <b>{ $title }</b> ({ $code })
    Status: { $status }
    Mulai: { $start }
    Selesai: { $end }
    Tempat: { $place }
    Peserta: { $fill }
admin-activities-detail-attendance = Kode presensi: <code>{ $attendanceCode }</code>
admin-activities-button-publish = 📢 Terbitkan
admin-activities-button-cancel = 🚫 Batalkan
admin-activities-button-complete = 🏁 Selesaikan
admin-activities-button-back = ↩ Kembali ke daftar
admin-activities-cancel-confirm = ⚠️ Batalkan <b>{ $title }</b> ({ $code })?
    Pendaftaran { $people } orang (terdaftar, daftar tunggu, dan menunggu persetujuan) ikut dibatalkan dan mereka akan diberi tahu. Tindakan ini tidak dapat diurungkan.
admin-activities-button-cancel-yes = Ya, batalkan
admin-activities-button-cancel-no = Tidak
admin-activities-published = 📢 Kegiatan diterbitkan dan terbuka untuk pendaftaran.
admin-activities-cancelled = 🚫 Kegiatan dibatalkan. { $count } orang diberi tahu lewat antrean pesan.
admin-activities-completed = 🏁 Kegiatan ditandai selesai.
admin-activities-answer-published = Diterbitkan
admin-activities-answer-cancelled = Dibatalkan
admin-activities-answer-completed = Diselesaikan
admin-activities-unchanged = Tidak ada perubahan: kegiatan sudah berstatus { $status }.
admin-activities-not-found = Kegiatan ini tidak ditemukan.
admin-activities-invalid-transition = Kegiatan berstatus { $from }, sehingga tidak dapat diubah menjadi { $to }.
admin-activities-not-started = Kegiatan belum dimulai, sehingga belum dapat diselesaikan.
admin-activities-status-draft = draf
admin-activities-status-published = terbit
admin-activities-status-cancelled = dibatalkan
admin-activities-status-completed = selesai
