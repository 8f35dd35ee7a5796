## Evaluation rules per activity: which questionnaire goes to whom and when (admin CLI).

evaluation-rules-cli-group-description = Hasil evaluasi kegiatan, siapa yang belum mengisi, dan aturan evaluasinya.
evaluation-rules-cli-rules-description = Tampilkan aturan evaluasi sebuah kegiatan: kuesioner mana, untuk siapa dan kapan.
evaluation-rules-cli-rule-description = Ubah aturan evaluasi sebuah kegiatan.
evaluation-rules-cli-set-description = Tambah atau ganti aturan satu kuesioner (untuk kegiatan yang masih memakai aturan bawaan, aturan bawaan disalin dulu lalu diubah).
evaluation-rules-cli-remove-description = Hapus aturan satu kuesioner (tanpa --respondent: untuk peserta dan atasan).
evaluation-rules-cli-reset-description = Kembalikan kegiatan ke aturan bawaan.
evaluation-rules-cli-none-description = Tanpa evaluasi sama sekali untuk kegiatan ini.
evaluation-rules-cli-activity-argument = kode kegiatan
evaluation-rules-cli-questionnaire-argument = kode kuesioner, mis. L1-REAKSI
evaluation-rules-cli-respondent-option = pengisi: participant (peserta), supervisor (atasan langsung peserta) atau any (diisi peserta); bawaan: pengisi yang tertulis di kuesioner
evaluation-rules-cli-days-after-end-option = dikirim berapa hari setelah kegiatan selesai ({ $min }–{ $max })
evaluation-rules-cli-due-days-option = berapa hari waktu mengisi ({ $min }–{ $max }; bawaan EVALUATION_DUE_DAYS = { $default })
evaluation-rules-cli-help-after =
    Aturan bawaan: L1-REAKSI ke peserta saat kegiatan selesai; L3-DIRI ke peserta dan L3-ATASAN ke atasannya
    EVALUATION_L3_DELAY_DAYS hari kemudian. Setelah aturan diubah, hanya aturan kegiatan itu yang berlaku
    (tanpa aturan sama sekali berarti tanpa evaluasi) sampai "evaluation rule reset".
    Perubahan aturan hanya berlaku untuk permintaan evaluasi yang belum dibuat: permintaan yang sudah ada
    tidak pernah diubah, dipindah atau dihapus.

evaluation-rules-heading = Aturan evaluasi { $code } · { $title } (selesai { $endsAt })
evaluation-rules-source-defaults = Memakai aturan bawaan.
evaluation-rules-source-custom = Memakai aturan kegiatan ini sendiri (aturan bawaan tidak berlaku).
evaluation-rules-source-none = Tanpa evaluasi: kegiatan ini tidak mengirim kuesioner apa pun.
evaluation-rules-line = - { $questionnaire } v{ $version } · { $title } · untuk { $respondent } · dikirim { $when } · diisi dalam { $due } hari
evaluation-rules-line-inactive = - { $questionnaire } · untuk { $respondent } · dikirim { $when } · diisi dalam { $due } hari · tidak punya versi aktif, dilewati
evaluation-rules-when-end = saat kegiatan selesai
evaluation-rules-when-after = { $days } hari setelah selesai ({ $date })
evaluation-rules-existing = { $count } permintaan evaluasi sudah dibuat untuk kegiatan ini; perubahan aturan tidak mengubahnya.
evaluation-rules-respondent-participant = peserta
evaluation-rules-respondent-supervisor = atasan langsung peserta
evaluation-rules-respondent-any = peserta (any)

evaluation-rules-set-created = Aturan ditambahkan: { $questionnaire } untuk { $respondent }, dikirim { $when }, diisi dalam { $due } hari.
evaluation-rules-set-updated = Aturan diubah: { $questionnaire } untuk { $respondent }, dikirim { $when }, diisi dalam { $due } hari.
evaluation-rules-set-unchanged = Aturan { $questionnaire } untuk { $respondent } sudah seperti itu; tidak ada yang berubah.
evaluation-rules-copied-defaults = Kegiatan ini sebelumnya memakai aturan bawaan: aturan bawaan disalin menjadi aturan kegiatan ini lalu diubah. Pakai "evaluation rule reset { $code }" untuk kembali ke aturan bawaan.
evaluation-rules-removed = { $count } aturan { $questionnaire } dihapus.
evaluation-rules-now-none = Kegiatan ini kini tanpa evaluasi. Pakai "evaluation rule reset { $code }" untuk kembali ke aturan bawaan.
evaluation-rules-reset-done = Kegiatan { $code } kembali memakai aturan bawaan.
evaluation-rules-reset-unchanged = Kegiatan { $code } sudah memakai aturan bawaan; tidak ada yang berubah.
evaluation-rules-none-done = Kegiatan { $code } kini tanpa evaluasi.
evaluation-rules-none-unchanged = Kegiatan { $code } sudah tanpa evaluasi; tidak ada yang berubah.

evaluation-rules-error-not-allowed = Hanya admin yang dapat mengubah aturan evaluasi.
evaluation-rules-error-activity-not-found = Kegiatan { $code } tidak ditemukan.
evaluation-rules-error-activity-cancelled = Kegiatan { $code } sudah dibatalkan; aturan evaluasinya tidak dapat diubah.
evaluation-rules-error-questionnaire-not-found = Kuesioner { $questionnaire } tidak ada atau tidak punya versi aktif. Lihat "questionnaire list".
evaluation-rules-error-questionnaire-pulse = Kuesioner { $questionnaire } adalah survei pulse, bukan evaluasi kegiatan.
evaluation-rules-error-respondent-mismatch = Kuesioner { $questionnaire } ditujukan untuk { $role }, jadi tidak dapat dikirim ke { $respondent }.
evaluation-rules-error-days-after-end = --days-after-end harus bilangan bulat { $min }–{ $max }, bukan "{ $value }".
evaluation-rules-error-due-days = --due-days harus bilangan bulat { $min }–{ $max }, bukan "{ $value }".
evaluation-rules-error-overdue-at-once = Batas pengisian aturan ini ({ $due }) sudah lewat, jadi permintaannya akan langsung terlambat. Pakai --days-after-end { $minDays } atau lebih agar pengisi mendapat waktu penuh.
evaluation-rules-error-rule-not-found = Kegiatan { $code } tidak punya aturan { $questionnaire }{ $respondent ->
        [none] {""}
       *[other] {" "}untuk { $respondent }
    }.
evaluation-rules-error-respondent = pengisi "{ $value }" tidak dikenal: pakai participant, supervisor atau any.
