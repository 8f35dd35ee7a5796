## My schedule (ASN)

schedule-title = 🗓 <b>Jadwal saya</b>
schedule-page-line = Halaman { $page } dari { $pageCount } · { $total } kegiatan
schedule-item = { $number }. <b>{ $title }</b>
    🗓 { $start }
    📍 { $place }
    { $status }
schedule-status-registered = ✅ Terdaftar
schedule-status-waitlisted = ⏳ Daftar tunggu nomor { $rank }
schedule-status-pending-approval = 🕒 Menunggu persetujuan atasan
schedule-empty = Anda belum terdaftar di kegiatan mendatang. Buka katalog untuk memilih kegiatan.
schedule-button-catalogue = 📚 Katalog kegiatan
schedule-button-detail = 📄 { $number }. { $title }
schedule-button-cancel = ❌ Batalkan { $number }
schedule-button-calendar = 📅 Kalender { $number }
schedule-button-prev = ◀️ Sebelumnya
schedule-button-next = Berikutnya ▶️
schedule-page-gone = Halaman itu sudah tidak ada karena jadwal Anda berubah.
schedule-calendar-caption = 📅 <b>{ $title }</b>
    Buka berkas ini untuk menambahkan kegiatan ke kalender Anda.
schedule-calendar-sent = Berkas kalender dikirim.
schedule-calendar-not-registered = Berkas kalender hanya tersedia untuk pendaftaran yang sudah terkonfirmasi.
schedule-calendar-cancelled = Kegiatan ini dibatalkan; tidak ada yang perlu dicatat di kalender.
