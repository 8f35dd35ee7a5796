## Answering evaluation questionnaires in Slack modals (the rest reuses evaluations.ftl).

slack-evaluation-modal-title = Evaluasi
slack-evaluation-heading = 📝 <b>{ $title }</b>
slack-evaluation-page = Pertanyaan { $first }–{ $last } dari { $total }
slack-evaluation-button-next = Lanjut ➡️
slack-evaluation-button-cancel = Batal
slack-evaluation-button-close = Tutup
slack-evaluation-select-placeholder = Pilih nilai
slack-evaluation-hint-multi = Pilih satu atau lebih.
slack-evaluation-error-no-choice = ⚠️ Pilih setidaknya satu jawaban.
slack-evaluation-draft-lost = Jawaban dari halaman sebelumnya tidak ditemukan lagi, jadi evaluasi belum terkirim. Silakan buka evaluasi ini lagi dan isi dari awal.
slack-evaluation-home-more = … dan { $count } evaluasi lainnya. Selesaikan yang di atas terlebih dahulu.
