## Reports in chat: the hub, the evaluation results of activities, and the reports with charts and spreadsheets.

reports-title = 📊 <b>Laporan</b>
    Pilih laporan yang ingin dilihat:
reports-item-evaluation-results = 📊 Hasil evaluasi kegiatan
reports-not-allowed = Maaf, laporan hanya untuk pimpinan dan admin BKPSDM.
reports-bad-button = Tombol ini tidak dikenali. Silakan buka /menu lagi.
reports-button-hub = ↩ Daftar laporan
reports-button-previous = ◀ Sebelumnya
reports-button-next = Berikutnya ▶

reports-results-title = 📊 <b>Hasil evaluasi kegiatan</b> (halaman { $page } dari { $pages })
    Pilih kegiatan untuk melihat hasilnya.
reports-results-empty = Belum ada kegiatan yang memiliki evaluasi.
reports-results-item = { $n }. <b>{ $title }</b> ({ $code })
    selesai { $end } · { $submitted }/{ $requests } mengisi ({ $rate })
reports-results-button-open = { $n }. { $title }
reports-results-not-found = Kegiatan <b>{ $code }</b> tidak ditemukan. Ketik /hasil tanpa kode untuk memilih dari daftar.
reports-results-gone = Kegiatan ini sudah tidak ada. Silakan buka daftar lagi.
reports-results-button-non-respondents = 👥 Belum mengisi

reports-non-respondents-not-allowed = Maaf, daftar yang belum mengisi hanya untuk admin BKPSDM.
reports-non-respondents-title = 👥 <b>Belum mengisi evaluasi</b>
    { $title } ({ $code })
reports-non-respondents-none = Semua sudah mengisi evaluasi kegiatan ini.
reports-non-respondent-line = • <b>{ $name }</b> · { $unit } · { $questionnaire } · { $status } · batas { $due }
reports-non-respondent-line-subject = • <b>{ $name }</b> · { $unit } · { $questionnaire } (menilai { $subject }) · { $status } · batas { $due }
reports-non-respondents-total = { $count } permintaan belum diisi.
reports-non-respondents-button-csv = ⬇️ CSV
reports-csv-caption = Yang belum mengisi evaluasi { $code }: { $count } baris.
reports-csv-sent = Berkas CSV dikirim.

## The reports with charts and spreadsheets: choosing the period and the unit, then sending them.

reports-item-jp-compliance = 🎯 Kepatuhan JP
reports-item-effectiveness = 📈 Efektivitas kegiatan
reports-item-reach-readiness = 📣 Jangkauan & kesiapan
reports-item-partners = 🤝 Partisipasi mitra
reports-button-back = ↩ Kembali
reports-period-title = <b>{ $report }</b>
    Pilih periode laporan:
reports-period-this-year = Tahun ini ({ $year })
reports-period-last-year = Tahun lalu ({ $year })
reports-period-range = 📅 Rentang tanggal
reports-scope-title = <b>{ $report }</b> · { $period }
    Untuk unit mana? Unit yang dipilih termasuk subunitnya.
reports-scope-all = 🏛 Semua unit dalam cakupan Anda
reports-scope-pick = 🏢 Pilih unit
reports-units-title = <b>{ $report }</b> · { $period }
    Pilih unit (termasuk subunitnya), halaman { $page } dari { $pages }:
reports-units-empty = Belum ada unit di data kepegawaian.
reports-unit-button = { $prefix }{ $name } ({ $count })
reports-range-prompt = 📅 Ketik rentang tanggal untuk <b>{ $report }</b>, misalnya <code>1-1-2026 s.d. 30-6-2026</code>.
    Ketik /batal untuk membatalkan.
reports-range-bad-format = Maaf, rentang tanggal itu tidak terbaca. Tulis tanggal awal dan tanggal akhir dengan "s.d." di antaranya, misalnya <code>1-1-2026 s.d. 30-6-2026</code>, atau ketik /batal.
reports-range-invalid = { $reason } Coba lagi, misalnya <code>1-1-2026 s.d. 30-6-2026</code>, atau ketik /batal.
reports-range-cancelled = Baik, pembuatan laporan dibatalkan.
reports-preparing = ⏳ Menyiapkan laporan…
reports-xlsx-caption = { $title } · { $scope }
reports-button-csv = ⬇️ CSV
reports-team-button = 📊 Laporan JP tim

## Charts and captions of the reports (shared by chat and the CLI; plain text, no markup).

reports-package-title-reach-readiness = Jangkauan pengumuman dan kesiapan perubahan
reports-chart-jp-axis = Rata-rata JP per pegawai (dalam kurung: % pegawai yang mencapai { $target } JP)
reports-chart-jp-target = Target { $target } JP
reports-chart-jp-reached = Rata-rata mencapai target
reports-chart-jp-below = Rata-rata di bawah target
reports-chart-jp-no-data = Belum ada pegawai dalam cakupan laporan ini.
reports-chart-evaluation-title = Rerata evaluasi L1 dan L3 per kegiatan
reports-chart-evaluation-axis = Rerata skor (1–5)
reports-chart-evaluation-l1 = L1 reaksi
reports-chart-evaluation-l3-self = L3 penilaian diri
reports-chart-evaluation-l3-supervisor = L3 penilaian atasan
reports-chart-evaluation-no-data = Belum ada jawaban evaluasi L1 atau L3 dalam periode ini.
reports-chart-reach-axis = Persentase penerima
reports-chart-reach-delivered = Terkirim
reports-chart-reach-acknowledged = Sudah konfirmasi
reports-chart-reach-blocked = memblokir bot
reports-chart-reach-no-data = Belum ada pengumuman terkirim dalam periode ini.
reports-chart-adkar-title = Kesiapan perubahan (ADKAR) per unit, survei terakhir
reports-chart-adkar-scale = Rata-rata (1–5)
reports-chart-adkar-threshold = Ambang { $threshold }
reports-chart-adkar-barrier = Titik hambatan: tahap pertama di bawah ambang
reports-chart-adkar-no-data = Belum ada hasil survei kesiapan yang dapat ditampilkan dalam periode ini.
reports-chart-partners-axis = Peserta (hadir atau selesai)
reports-chart-partners-legend = Peserta
reports-chart-partners-value = { $participants } peserta · { $jp } JP
reports-chart-partners-no-data = Belum ada kegiatan mitra dalam periode ini.

reports-caption-jp = { $share } pegawai mencapai { $target } JP ({ $reached } dari { $employees })
reports-caption-jp-lowest = terendah: { $unit } ({ $share })
reports-caption-jp-cut = grafik: { $shown } unit dengan rata-rata terendah dari { $total }
reports-caption-jp-empty = Belum ada pegawai dalam cakupan laporan ini.
reports-caption-effectiveness = Rerata L1 { $mean } dari 5 di { $activities } kegiatan
reports-caption-effectiveness-no-l1 = { $activities } kegiatan, belum ada jawaban L1
reports-caption-effectiveness-best = tertinggi: { $title } ({ $mean })
reports-caption-effectiveness-gap = selisih L3 terbesar: { $title } (atasan { $supervisor }, diri { $self })
reports-caption-effectiveness-cut = grafik: { $shown } kegiatan dengan peserta terbanyak dari { $total }
reports-caption-effectiveness-empty = Belum ada kegiatan yang selesai dalam periode ini.
reports-caption-reach = { $delivered } pesan terkirim, { $acknowledged } dikonfirmasi ({ $announcements } pengumuman)
reports-caption-reach-no-ack = { $delivered } pesan terkirim ({ $announcements } pengumuman)
reports-caption-reach-lowest = terendah: { $unit } ({ $share } terkirim)
reports-caption-reach-empty = Belum ada pengumuman terkirim dalam periode ini.
reports-caption-readiness = Survei kesiapan terakhir { $date }: { $units } unit ditampilkan, { $barriers } dengan titik hambatan
reports-caption-readiness-barrier-units = { $dimension }: { $units }
reports-caption-readiness-barrier-count = { $dimension }: { $count } unit
reports-caption-readiness-no-barrier = Survei kesiapan terakhir { $date }: { $units } unit ditampilkan, tidak ada tahap di bawah ambang { $threshold }
reports-caption-readiness-too-few = Survei kesiapan terakhir { $date }: responden per unit belum cukup untuk ditampilkan.
reports-caption-readiness-empty = Belum ada survei kesiapan dalam periode ini.
reports-caption-partners = { $partners } mitra, { $activities } kegiatan, { $participants } peserta, { $jp } JP
reports-caption-partners-top = terbanyak: { $partner } ({ $participants } peserta)
reports-caption-partners-l1 = rerata L1 { $mean }
reports-caption-partners-empty = Belum ada kegiatan mitra dalam periode ini.
