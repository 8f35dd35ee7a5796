## The Slack App Home tab and /pembinaan: the menu by role. JP, team and role lines reuse jp.ftl, team.ftl and menu.ftl.

slack-home-greeting = Halo, <b>{ $name }</b> 👋
    { $unit }
slack-home-inactive = Data kepegawaian Anda berstatus tidak aktif, sehingga menu belum dapat digunakan. Hubungi admin BKPSDM bila ini keliru.
slack-home-open-tab = Tampilan lengkap ada di tab <b>Beranda</b> aplikasi Pembinaan ASN.
slack-home-cut = … dan bagian lain yang tidak muat di sini.
slack-home-admin-tools = 🛠 Sebagai admin BKPSDM, kelola kegiatan, data pegawai dan antrean pesan melalui Telegram atau CLI.
slack-home-assessments-overdue = ⚠️ { $count } di antaranya sudah lewat batas pengisian.
slack-home-assessments-hint = Isi penilaian melalui daftar 📝 Evaluasi di atas.
slack-home-language = 🌐 Bahasa: <b>{ $language }</b>
slack-home-language-id = Indonesia
slack-home-language-en = English
slack-home-platform = 📨 Kirim pemberitahuan ke: <b>{ $platform }</b>
slack-home-footer = Ketik /pembinaan di kanal mana pun untuk membuka menu ini.
slack-home-subcommands = Perintah yang dikenal: <code>/pembinaan katalog</code> (katalog kegiatan) dan <code>/pembinaan evaluasi</code> (evaluasi).
