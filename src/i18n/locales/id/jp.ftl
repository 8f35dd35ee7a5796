## JP (hours of lessons) against the yearly target of 20 JP: one's own (the direct team's is in team.ftl).

jp-title = 🎯 <b>JP saya tahun { $year }</b>
jp-progress = { $bar } { $total }/{ $target } JP
jp-by-type = Teknis { $teknis } JP · Manajerial { $manajerial } JP · Sosial kultural { $sosial } JP
jp-type-TEKNIS = teknis
jp-type-MANAJERIAL = manajerial
jp-type-SOSIAL_KULTURAL = sosial kultural
jp-entries-title = <b>Kegiatan yang sudah selesai:</b>
jp-entry = • { $title } — { $jp } JP { $type }, { $date }
jp-entry-manual = Pengakuan JP
jp-entries-none = Belum ada JP yang tercatat tahun ini.
jp-entries-more = … dan { $count } lainnya.
jp-reached = 🎉 Target { $target } JP tahun ini sudah tercapai. Terima kasih!
jp-on-track = 👍 Anda sesuai jadwal. Masih perlu { $remaining } JP lagi sampai akhir tahun.
jp-behind = ⚠️ Anda tertinggal dari jadwal: saat ini seharusnya sudah sekitar { $expected } JP. Masih perlu { $remaining } JP lagi.
jp-suggestions-title = <b>Saran kegiatan mendatang:</b>
jp-suggestion = • <b>{ $title }</b> ({ $type }, { $jp } JP) — { $date }
jp-suggestions-none = Belum ada kegiatan mendatang yang dapat Anda ikuti. Silakan cek 📚 Katalog kegiatan nanti.
jp-suggestion-button = 📄 { $title }
