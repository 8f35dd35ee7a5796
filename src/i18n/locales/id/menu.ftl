menu-greeting = Halo, <b>{ $name }</b> 👋
    { $unit }

    Silakan pilih menu:
menu-roles = Peran Anda: { $roles }
menu-catalogue = 📚 Katalog kegiatan
menu-schedule = 🗓 Jadwal saya
menu-jp = 🎯 JP saya
menu-evaluations = 📝 Evaluasi
menu-development = 📈 Perkembangan saya
menu-team = 👥 Tim saya
menu-approvals = ✅ Persetujuan
menu-announce = 📣 Pengumuman
menu-readiness = 🧭 Kesiapan perubahan
menu-reports = 📊 Laporan
menu-activities = 🗓 Kelola kegiatan
menu-roster = 🗂 Data pegawai
menu-queue = 📮 Antrean pesan
menu-language = 🌐 Bahasa
menu-help = ❓ Bantuan
