reminders-day-before = 🔔 <b>Pengingat kegiatan</b>
    Anda terdaftar di <b>{ $title }</b>.
    🗓 { $start }
    📍 { $place }
    Mohon hadir tepat waktu. Bila berhalangan, batalkan pendaftaran agar kursinya dapat dipakai rekan lain.
reminders-soon = ⏰ <b>{ $title }</b> segera dimulai.
    🗓 { $start }
    📍 { $place }
    ✅ Setibanya di kegiatan, catat kehadiran Anda: ketik <code>/hadir</code> diikuti kode presensi yang diumumkan panitia, misalnya <code>/hadir TBO-7K2M</code>.
reminders-button-details = 📄 Lihat kegiatan
