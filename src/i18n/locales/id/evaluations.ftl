## Answering evaluation questionnaires (📝 Evaluasi).

evaluation-none = 📝 Tidak ada evaluasi yang perlu Anda isi saat ini. Terima kasih!
evaluation-list-title = 📝 <b>Evaluasi</b>
    { $count } evaluasi menunggu jawaban Anda.
evaluation-list-item = <b>{ $number }. { $title }</b>
evaluation-list-activity = Kegiatan: { $activity }
evaluation-list-subject = Tentang: { $name }
evaluation-list-due = Batas pengisian: { $date }
evaluation-list-in-progress = ✏️ Sudah mulai diisi
evaluation-button-fill = ✍️ Isi sekarang
evaluation-button-fill-number = ✍️ Isi sekarang ({ $number })

evaluation-open-not-allowed = Maaf, evaluasi ini tidak ditemukan atau bukan untuk Anda.
evaluation-open-already-submitted = ✅ Evaluasi ini sudah Anda kirim. Terima kasih!
evaluation-open-closed = Maaf, evaluasi ini sudah ditutup dan tidak dapat diisi lagi.

evaluation-intro = 📝 <b>{ $title }</b>
    { $count } pertanyaan. Jawab satu per satu; di akhir Anda dapat memeriksa dan mengubah jawaban sebelum mengirim.
evaluation-intro-activity = Kegiatan: <b>{ $activity }</b>
evaluation-intro-subject = Evaluasi ini tentang: <b>{ $name }</b>
evaluation-anonymous-notice = 🔒 Kuesioner ini anonim: jawaban Anda tidak dikaitkan dengan nama atau NIP Anda.
evaluation-intro-cancel = Ketik /batal untuk berhenti.

evaluation-question-header = Pertanyaan { $number } dari { $total }
evaluation-optional = Opsional
evaluation-hint-rating = Pilih angka 0 ({ $low }) sampai 10 ({ $high }).
evaluation-rating-low = sangat rendah
evaluation-rating-high = sangat tinggi
evaluation-hint-multi = Pilih satu atau lebih, lalu tekan Selesai.
evaluation-hint-text = Ketik jawaban Anda (paling banyak { $max } karakter).
evaluation-current-answer = Jawaban sebelumnya: { $answer }
evaluation-yes = Ya
evaluation-no = Tidak
evaluation-button-done = Selesai
evaluation-button-back = ⬅️ Kembali
evaluation-button-skip = ⏭ Lewati
evaluation-answer-skipped = — (dilewati)

evaluation-button-stale = Tombol ini sudah tidak berlaku. Jawab pertanyaan terakhir, atau ketik /batal.
evaluation-button-expired = Tombol ini sudah tidak berlaku. Buka 📝 Evaluasi untuk mengisi evaluasi Anda.
evaluation-in-progress-command = Anda sedang mengisi evaluasi. Jawab pertanyaannya, atau ketik /batal untuk berhenti.
evaluation-cancelled = Pengisian evaluasi dihentikan; jawaban belum dikirim. Buka 📝 Evaluasi kapan saja untuk mengisinya lagi.

evaluation-error-use-buttons = ⚠️ Untuk pertanyaan ini, silakan pilih salah satu tombol.
evaluation-error-text-expected = ⚠️ Untuk pertanyaan ini, silakan ketik jawaban Anda.
evaluation-error-required = ⚠️ Pertanyaan ini wajib dijawab.
evaluation-error-wrong-type = ⚠️ Jawaban itu tidak sesuai dengan pertanyaan ini.
evaluation-error-out-of-range = ⚠️ Pilih angka dari { $min } sampai { $max }.
evaluation-error-unknown-choice = ⚠️ Pilihan itu tidak tersedia.
evaluation-error-no-choice = ⚠️ Pilih setidaknya satu jawaban, lalu tekan Selesai.
evaluation-error-duplicate-choice = ⚠️ Pilihan yang sama terpilih dua kali.
evaluation-error-empty-text = ⚠️ Jawaban tidak boleh kosong.
evaluation-error-too-long = ⚠️ Jawaban terlalu panjang: paling banyak { $max } karakter. Silakan ketik ulang lebih singkat.
evaluation-error-misconfigured = ⚠️ Pertanyaan ini bermasalah. Mohon hubungi panitia.
evaluation-error-unknown-question = ⚠️ Kuesioner ini telah berubah. Mohon isi ulang.

evaluation-summary-title = 📋 <b>Ringkasan jawaban: { $title }</b>
evaluation-summary-hint = Periksa jawaban Anda. Tekan ✏️ Ubah untuk mengganti jawaban, atau ✅ Kirim bila sudah sesuai.
evaluation-summary-reminder = Tekan ✅ Kirim untuk mengirim jawaban, ✏️ Ubah untuk menggantinya, atau ketik /batal.
evaluation-button-edit = ✏️ Ubah { $number }
evaluation-button-send = ✅ Kirim
evaluation-submitted = ✅ Terima kasih! Jawaban Anda untuk <b>{ $title }</b> sudah terkirim.
evaluation-submitted-anonymous = ✅ Terima kasih! Jawaban Anda untuk <b>{ $title }</b> sudah terkirim secara anonim.
