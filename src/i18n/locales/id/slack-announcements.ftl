## Announcements in Slack: App Home's list for leaders and admins, the reach report modal and the compose
## modal. Statuses, reports, refusals and most labels come from announcements.ftl, my-announcements.ftl,
## compose.ftl and acknowledgements.ftl.

slack-announcements-home-title = 📣 <b>Pengumuman</b>
slack-announcements-home-empty = Belum ada pengumuman. Tekan ✍️ Buat pengumuman untuk menyusun yang pertama.
slack-announcements-report-title = Laporan jangkauan

slack-announcements-body-label = Isi pengumuman
slack-announcements-body-hint = Tulis *tebal*, _miring_ atau ~coret~ seperti biasa di Slack; penerima di Telegram melihat format yang sama.
slack-announcements-units-label = Unit penerima
slack-announcements-units-placeholder = Pilih unit
slack-announcements-units-hint = Diisi bila memilih “🏢 Pilih unit”. Sub-unitnya ikut menerima; angka dalam kurung adalah jumlah pegawai aktif.
slack-announcements-date-label = Tanggal kirim
slack-announcements-time-label = Jam kirim (WIB)
slack-announcements-time-hint = Diisi bersama tanggal bila memilih “🗓 Pada waktu tertentu”.
slack-announcements-options-label = Opsi
slack-announcements-option-ack = Wajibkan konfirmasi “✅ Saya sudah membaca”
slack-announcements-option-pulse = Lampirkan survei kesiapan perubahan (ADKAR)

slack-announcements-error-audience = Pilih penerima pengumuman.
slack-announcements-error-units-unused = Anda memilih unit, tetapi penerimanya bukan “🏢 Pilih unit”. Pilih “🏢 Pilih unit”, atau kosongkan pilihan unit.
slack-announcements-error-timing = Pilih kapan pengumuman dikirim.
slack-announcements-error-date = Pilih tanggal kirim.
slack-announcements-error-time = Pilih jam kirim (WIB).

slack-announcements-sent-now = ✅ Pengumuman #{ $id } sedang dikirim kepada { $count } penerima. Laporan jangkauannya ada di tab Beranda aplikasi.
slack-announcements-scheduled = 🗓 Pengumuman #{ $id } dijadwalkan pada { $when } untuk { $count } penerima. Laporan jangkauannya ada di tab Beranda aplikasi.
