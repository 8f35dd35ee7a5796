## Activities in Slack: the catalogue modal, App Home's schedule and rejecting a registration in a modal.
## Everything else comes from catalogue.ftl, registration.ftl, approvals.ftl and schedule.ftl.

slack-activities-title = Katalog kegiatan
slack-activities-close = Tutup
slack-activities-button-detail = 📄 Detail
slack-activities-button-cancel = ❌ Batalkan
slack-activities-need-link = Akun Slack Anda belum tertaut dengan data kepegawaian. Buka tab Beranda aplikasi Pembinaan ASN untuk menautkannya.
slack-activities-home-more = Ditampilkan { $shown } dari { $total } kegiatan terdekat Anda.

slack-activities-reject-title = Tolak pendaftaran
slack-activities-reject-submit = Tolak
slack-activities-reject-close = Batal
slack-activities-reject-intro = ❌ Menolak pendaftaran <b>{ $name }</b> di <b>{ $title }</b>.
slack-activities-reject-label = Alasan penolakan (boleh dikosongkan)
slack-activities-reject-hint = Alasan dikirim kepada pegawai. Tekan Batal bila tidak jadi menolak; permohonan tetap menunggu keputusan Anda.
