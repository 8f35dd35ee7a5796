## Evaluation results and non-respondents (admin CLI).

evaluation-results-cli-description = Hasil evaluasi kegiatan dan daftar yang belum mengisi.
evaluation-results-cli-results-description = Tampilkan laporan hasil evaluasi sebuah kegiatan.
evaluation-results-cli-non-respondents-description = Tampilkan siapa yang belum mengisi evaluasi sebuah kegiatan.
evaluation-results-cli-activity-argument = kode kegiatan
evaluation-results-cli-csv-option = tulis daftar sebagai CSV ke berkas ini

evaluation-results-activity-not-found = Kegiatan { $code } tidak ditemukan.
evaluation-results-heading = Hasil evaluasi { $code } · { $title }
evaluation-results-none = Belum ada evaluasi untuk kegiatan ini.
evaluation-results-questionnaire = { $code } v{ $version } · { $title }{ $anonymous ->
        [yes] {" "}(anonim)
       *[no] {""}
    }
evaluation-results-response-rate = Tingkat respons: { $submitted }/{ $requests } ({ $rate })
evaluation-results-question = { $position }. { $text } ({ $answered } jawaban)
evaluation-results-mean = {"   "}rata-rata { $mean } · sebaran { $distribution }
evaluation-results-yes-no = {"   "}ya { $yes } · tidak { $no } · ya { $share }
evaluation-results-choice = {"   "}{ $label }: { $count }
evaluation-results-text = {"   "}“{ $text }”
evaluation-results-text-by = {"   "}“{ $text }” ({ $name })
evaluation-results-l3-heading = L3 perilaku kerja: penilaian diri vs atasan (rata-rata 1–5, selisih = atasan − diri)
evaluation-results-l3-row = {"   "}{ $dimension }: diri { $self } · atasan { $supervisor } · selisih { $gap }
evaluation-results-l3-overall = {"   "}keseluruhan: diri { $self } · atasan { $supervisor } · selisih { $gap }
evaluation-results-l3-no-dimension = (tanpa dimensi)

evaluation-results-non-respondent-line = { $nip } · { $name } · { $unit } · { $questionnaire } · { $status } · batas { $due }
evaluation-results-non-respondents-none = Semua sudah mengisi.
evaluation-results-non-respondents-total = { $count } permintaan belum diisi.
evaluation-results-non-respondents-written = { $count } baris ditulis ke { $file }.
evaluation-results-status-pending = belum dibuka
evaluation-results-status-in_progress = sedang diisi
evaluation-results-status-expired = kedaluwarsa
evaluation-results-status-submitted = terkirim
evaluation-results-status-cancelled = dibatalkan
