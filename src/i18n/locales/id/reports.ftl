## Reports in chat for leaders and admins: the hub and the evaluation results of activities.

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
