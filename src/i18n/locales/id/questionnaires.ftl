## Questionnaire definitions: import, export, list and the shipped defaults (admin CLI).

questionnaire-cli-description = Kuesioner evaluasi: impor, ekspor, daftar dan kuesioner bawaan.
questionnaire-cli-import-description = Impor definisi kuesioner dari berkas YAML atau JSON.
questionnaire-cli-export-description = Ekspor kuesioner sebagai YAML atau JSON (bisa diimpor kembali).
questionnaire-cli-list-description = Tampilkan semua kuesioner beserta versinya.
questionnaire-cli-defaults-description = Pasang kuesioner bawaan (L1-REAKSI, L3-DIRI, L3-ATASAN) bila belum ada.
questionnaire-cli-file-argument = berkas .yaml, .yml atau .json
questionnaire-cli-code-argument = kode kuesioner, misalnya L1-REAKSI
questionnaire-cli-dry-run-option = periksa saja, tanpa menyimpan
questionnaire-cli-version-option = versi tertentu (bawaan: versi terbaru)
questionnaire-cli-format-option = format keluaran
questionnaire-cli-out-option = tulis ke berkas ini, bukan ke layar

questionnaire-file-format = berkas "{ $file }" tidak dikenali: gunakan .yaml, .yml atau .json.
questionnaire-file-unreadable = berkas "{ $file }" tidak bisa dibaca ({ $reason }).
questionnaire-import-failed = Impor dibatalkan: { $count } masalah ditemukan. Tidak ada data yang disimpan.
questionnaire-import-created = Kuesioner { $code } dibuat (versi { $version }).
questionnaire-import-updated = Kuesioner { $code } versi { $version } diperbarui (belum ada jawaban).
questionnaire-import-new-version = Kuesioner { $code } sudah dijawab, jadi dibuat versi baru { $version }; versi lama tidak aktif lagi dan jawabannya tetap tersimpan.
questionnaire-import-unchanged = Kuesioner { $code } versi { $version } tidak berubah.
questionnaire-import-dry-run = Uji coba: tidak ada data yang disimpan.
questionnaire-exported = Kuesioner { $code } diekspor ke { $file }.
questionnaire-not-found = Kuesioner { $code } tidak ditemukan.
questionnaire-version-not-found = Kuesioner { $code } versi { $version } tidak ditemukan.
questionnaire-version-invalid = versi "{ $value }" tidak valid: harus bilangan bulat positif.
questionnaire-list-empty = Belum ada kuesioner. Jalankan "questionnaire defaults" untuk memasang kuesioner bawaan.
questionnaire-list-item = { $code } · { $title } · { $level } · pengisi: { $respondent } · versi { $versions } (aktif: { $active }) · { $questions } pertanyaan · { $responses } jawaban
questionnaire-list-none-active = tidak ada
questionnaire-default-created = { $code }: dipasang (versi { $version }).
questionnaire-default-present = { $code }: sudah ada (versi { $version }), dibiarkan.

questionnaire-level-reaction = L1 reaksi
questionnaire-level-learning = L2 pembelajaran
questionnaire-level-behaviour = L3 perilaku
questionnaire-level-pulse = survei denyut
questionnaire-respondent-participant = peserta
questionnaire-respondent-supervisor = atasan langsung
questionnaire-respondent-any = siapa saja

## Where a problem is: a field path (list positions start at 1) or the file as a whole.
questionnaire-issue-at = { $path }: { $message }
questionnaire-issue-in-file = berkas: { $message }

questionnaire-issue-file-empty = berkas kosong.
questionnaire-issue-syntax = format berkas rusak ({ $detail }); periksa indentasi, tanda titik dua dan tanda kutip.
questionnaire-issue-shape = berkas harus berisi satu kuesioner dengan isian code, title, level, respondent dan questions.
questionnaire-issue-required = isian "{ $field }" wajib diisi.
questionnaire-issue-unknown-field = isian "{ $field }" tidak dikenal; periksa ejaannya.
questionnaire-issue-type = isian "{ $field }" berbentuk salah (seharusnya { $expected }).
questionnaire-issue-choice = nilai "{ $value }" tidak dikenal: gunakan salah satu dari { $accepted }.
questionnaire-issue-empty = isian "{ $field }" tidak boleh kosong.
questionnaire-issue-too-long = isian "{ $field }" terlalu panjang (paling banyak { $max } karakter).
questionnaire-issue-too-few = daftar "{ $field }" terlalu pendek (paling sedikit { $min }).
questionnaire-issue-too-many = daftar "{ $field }" terlalu panjang (paling banyak { $max }).
questionnaire-issue-too-small = nilai "{ $field }" terlalu kecil (paling sedikit { $min }).
questionnaire-issue-too-big = nilai "{ $field }" terlalu besar (paling banyak { $max }).
questionnaire-issue-code = kode "{ $value }" tidak valid: 1–40 huruf, angka, tanda hubung atau garis bawah, tanpa spasi.
questionnaire-issue-dimension = dimensi "{ $value }" tidak valid: 1–40 huruf kecil, angka, tanda hubung atau garis bawah.
questionnaire-issue-choice-id = id pilihan "{ $value }" tidak valid: 1–20 huruf kecil, angka, tanda hubung atau garis bawah.
questionnaire-issue-choice-ids-unique = id pilihan harus berbeda satu sama lain.
questionnaire-issue-likert-labels = skala Likert harus punya tepat 5 label, bukan { $count }.
questionnaire-issue-options-not-allowed = pertanyaan jenis { $kind } tidak memakai options.
questionnaire-issue-max-length-not-allowed = max_length hanya untuk pertanyaan free_text, bukan { $kind }.
questionnaire-issue-invalid = isian "{ $field }" tidak valid.
