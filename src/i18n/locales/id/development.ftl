## "📈 Perkembangan saya": one's own development from the self and supervisor behaviour (L3) assessments.

development-title = 📈 <b>Perkembangan saya</b>
development-basis = Dari penilaian perilaku (L3) oleh Anda sendiri dan atasan langsung, skala 1–5, untuk { $count } kegiatan.
development-latest = Penilaian terakhir: { $activity } (lengkap { $date }).
development-dimensions-title = <b>Per aspek</b> (diri · atasan · rata-rata):
development-dimension-name = { $dimension ->
    [penerapan] Penerapan hasil belajar
    [frekuensi] Frekuensi penerapan
    [kualitas-kerja] Kualitas kerja
   *[other] { $dimension }
}
development-row = • <b>{ $name }</b>: { $self } · { $supervisor } · { $combined }{ $trend } — { $level }
development-overall = <b>Keseluruhan</b>: { $self } · { $supervisor } · { $combined }{ $trend } — { $level }
development-trend = { $arrow } { $change }
development-legend = ↑ naik, ↓ turun, → tetap dibanding penilaian sebelumnya. Kuat: rata-rata { $strong } ke atas; perlu ditingkatkan: di bawah { $weak }.
development-level-strong = 🟢 kuat
development-level-developing = 🟡 berkembang
development-level-needs-work = 🔴 perlu ditingkatkan
development-no-complete = Belum ada kegiatan yang sudah dinilai oleh Anda dan atasan Anda. Ringkasan tampil di sini setelah keduanya masuk.
development-pending-title = <b>Menunggu penilaian:</b>
development-pending-supervisor = • { $activity } — menunggu penilaian atasan
development-pending-self = • { $activity } — menunggu penilaian diri (isi di 📝 Evaluasi)
development-pending-more = … dan { $count } lainnya.
development-suggestions-title = <b>Saran kegiatan untuk aspek yang perlu ditingkatkan:</b>
development-suggestion = • <b>{ $title }</b> ({ $type }, { $jp } JP) — { $date }
development-suggestions-none = Belum ada kegiatan mendatang yang dapat Anda ikuti. Silakan cek 📚 Katalog kegiatan nanti.
development-suggestion-button = 📄 { $title }
development-empty = 📈 <b>Perkembangan saya</b>

    Belum ada data perkembangan untuk Anda.

    Halaman ini terisi dari penilaian perilaku (L3): sekitar { $days } hari setelah sebuah kegiatan selesai, Anda mengisi penilaian diri dan atasan langsung Anda menilai penerapan hasil belajar Anda. Setelah keduanya masuk, di sini tampil aspek yang sudah kuat, yang masih perlu ditingkatkan, dan saran kegiatan.
