registration-button-details = 📄 Lihat kegiatan
registration-promoted = 🎉 Ada kursi kosong! Anda kini <b>terdaftar</b> di <b>{ $title }</b>.
    🗓 { $start }
    📍 { $place }
approval-request = 📝 <b>Permohonan persetujuan</b>
    { $name } ({ $unit }) mendaftar <b>{ $title }</b>.
    🗓 { $start }
    📍 { $place }
    Kegiatan ini memerlukan persetujuan atasan langsung.
approval-request-escalated = ⏫ <b>Permohonan persetujuan (diteruskan)</b>
    { $name } ({ $unit }) mendaftar <b>{ $title }</b> ({ $start }), tetapi belum diputuskan oleh atasan langsungnya. Mohon Anda memutuskannya.
approval-button-approve = ✅ Setujui
approval-button-reject = ❌ Tolak
approval-approved = ✅ Pendaftaran Anda di <b>{ $title }</b> disetujui atasan. Anda terdaftar.
    🗓 { $start }
    📍 { $place }
approval-approved-waitlisted = ✅ Pendaftaran Anda di <b>{ $title }</b> disetujui, tetapi kursi sudah penuh. Anda di daftar tunggu nomor { $rank } dan akan diberi tahu bila ada kursi kosong.
approval-rejected = Pendaftaran Anda di <b>{ $title }</b> tidak disetujui atasan.
approval-rejected-reason = Pendaftaran Anda di <b>{ $title }</b> tidak disetujui atasan.
    Alasan: { $reason }
activity-cancelled-notice = ⚠️ Kegiatan <b>{ $title }</b> ({ $start }) <b>dibatalkan</b> oleh penyelenggara. Pendaftaran Anda ikut dibatalkan. Mohon maaf atas ketidaknyamanannya.
activity-cancelled-notice-reason = ⚠️ Kegiatan <b>{ $title }</b> ({ $start }) <b>dibatalkan</b> oleh penyelenggara. Pendaftaran Anda ikut dibatalkan.
    Alasan: { $reason }
