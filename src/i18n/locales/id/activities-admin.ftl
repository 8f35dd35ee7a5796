## Activities and partners, the admin side: import files, lifecycle, the admin CLI.

## Where a problem is: a CSV line, a YAML item (its position in the list) or the file as a whole.
activity-admin-location-line = baris { $line }
activity-admin-location-item = kegiatan ke-{ $line }
activity-admin-issue-at = { $where }: { $message }
activity-admin-warning-at = { $where } (peringatan): { $message }
activity-admin-issue-in-file = berkas: { $message }
activity-admin-warning-in-file = berkas (peringatan): { $message }

## The file as a whole.
activity-admin-issue-file-empty = berkas tidak berisi data (hanya judul kolom atau kosong).
activity-admin-issue-csv-syntax = format CSV rusak di sini ({ $detail }); periksa tanda kutip yang tidak ditutup.
activity-admin-issue-yaml-syntax = format YAML rusak di baris { $sourceLine } ({ $detail }); periksa indentasi dan tanda titik dua.
activity-admin-issue-yaml-shape = berkas YAML harus berisi daftar "activities:" (atau langsung sebuah daftar) dengan satu entri per kegiatan.
activity-admin-issue-missing-column = kolom wajib "{ $column }" tidak ada di baris judul.
activity-admin-issue-duplicate-column = kolom "{ $column }" muncul lebih dari sekali di baris judul.
activity-admin-issue-column-count = jumlah kolom { $actual }, seharusnya { $expected } seperti baris judul.

## The shape of one YAML item.
activity-admin-issue-item-shape = entri ini bukan data kegiatan (harus berisi pasangan nama: nilai, misalnya code: ...).
activity-admin-issue-unknown-field = isian "{ $field }" tidak dikenal; periksa ejaannya.
activity-admin-issue-field-type = isian "{ $field }" berbentuk salah (misalnya daftar di tempat yang meminta satu nilai).

## Fields of one row or item.
activity-admin-issue-required = kolom "{ $column }" wajib diisi.
activity-admin-issue-too-long = isi kolom "{ $column }" terlalu panjang (paling banyak { $max } karakter).
activity-admin-issue-code = kode kegiatan "{ $value }" tidak valid: gunakan huruf, angka, titik, tanda hubung atau garis bawah, tanpa spasi.
activity-admin-issue-kind = jenis kegiatan "{ $value }" tidak dikenal: gunakan salah satu dari { $accepted }.
activity-admin-issue-competency-type = jenis kompetensi "{ $value }" tidak dikenal: gunakan teknis, manajerial atau sosial_kultural.
activity-admin-issue-jp = JP "{ $value }" tidak valid: harus bilangan bulat dari 1 sampai { $max }.
activity-admin-issue-date-time = waktu "{ $value }" di kolom "{ $column }" tidak valid: tulis seperti 2026-12-14 08:00 (WIB) atau ISO dengan zona waktu.
activity-admin-issue-capacity = kuota "{ $value }" tidak valid: harus bilangan bulat positif, atau kosong untuk tanpa batas.
activity-admin-issue-url = tautan daring "{ $value }" tidak valid: harus alamat lengkap yang diawali https:// atau http://.
activity-admin-issue-boolean = isi "{ $value }" di kolom "{ $column }" tidak dikenal: gunakan ya atau tidak.
activity-admin-issue-status = status "{ $value }" tidak bisa dipakai saat impor: gunakan draft atau published (pembatalan dan penyelesaian lewat perintah tersendiri).
activity-admin-issue-attendance-code = kode presensi "{ $value }" tidak valid: 4–20 huruf, angka atau tanda hubung.
activity-admin-issue-audience-grade = golongan sasaran "{ $value }" tidak dikenal: PNS memakai I/a sampai IV/e, PPPK memakai I sampai XVII.
activity-admin-issue-audience-position-type = jenis jabatan sasaran "{ $value }" tidak dikenal: gunakan struktural, fungsional atau pelaksana.
activity-admin-issue-speaker = narasumber "{ $value }" tidak terbaca: tulis Nama (Instansi), dipisah titik koma.
activity-admin-issue-speaker-role = peran "{ $value }" untuk { $name } tidak dikenal: gunakan narasumber atau fasilitator.
activity-admin-issue-partner-kind = jenis mitra "{ $value }" tidak dikenal: gunakan salah satu dari { $accepted }.
activity-admin-issue-phone = nomor HP "{ $value }" tidak valid: gunakan nomor Indonesia, misalnya 0812-3456-7890.
activity-admin-issue-email = alamat email "{ $value }" tidak valid.

## Fields of one activity against each other.
activity-admin-issue-ends-before-start = kegiatan harus selesai setelah dimulai (mulai { $startsAt }, selesai { $endsAt }).
activity-admin-issue-registration-window-order = pendaftaran harus dibuka sebelum ditutup (dibuka { $opensAt }, ditutup { $closesAt }).
activity-admin-issue-registration-closes-after-start = pendaftaran ditutup { $closesAt }, setelah kegiatan dimulai { $startsAt }.
activity-admin-issue-registration-opens-after-start = pendaftaran dibuka { $opensAt }, tidak sebelum kegiatan dimulai { $startsAt }.

## Items against each other and the database.
activity-admin-issue-duplicate-code = kode kegiatan { $code } sudah dipakai di { $first }.
activity-admin-issue-duplicate-partner = mitra "{ $name }" sudah ada di { $first }.
activity-admin-issue-duplicate-attendance-code = kode presensi { $attendanceCode } sudah dipakai di { $first }.
activity-admin-issue-attendance-code-taken = kode presensi { $attendanceCode } sudah dipakai kegiatan { $otherCode }.
activity-admin-issue-partner-unknown = mitra "{ $partner }" belum terdaftar; impor dulu berkas mitra (partner import).
activity-admin-issue-audience-unit-unknown = kode unit sasaran "{ $unit }" tidak ada di data unit.
activity-admin-issue-activity-closed = kegiatan { $code } berstatus { $status } dan tidak dapat diubah lewat impor.
activity-admin-issue-capacity-below-registered = kuota { $code } menjadi { $capacity }, padahal sudah { $registered } peserta terdaftar; tidak ada yang dikeluarkan.

## An activity's evaluation rules (YAML "evaluations:").
activity-admin-issue-evaluation-respondent = pengisi evaluasi "{ $value }" tidak dikenal: gunakan { $accepted }.
activity-admin-issue-evaluation-questionnaire = kuesioner evaluasi "{ $value }" tidak ada atau tidak punya versi aktif (lihat questionnaire list).
activity-admin-issue-evaluation-pulse = kuesioner "{ $value }" adalah survei pulse, bukan evaluasi kegiatan.
activity-admin-issue-evaluation-respondent-mismatch = kuesioner "{ $value }" hanya dapat diisi oleh { $accepted }.
activity-admin-issue-evaluation-days-after-end = days_after_end "{ $value }" tidak valid: harus bilangan bulat dari 0 sampai { $max }.
activity-admin-issue-evaluation-due-days = due_days "{ $value }" tidak valid: harus bilangan bulat dari 1 sampai { $max }.
activity-admin-issue-evaluation-overdue = batas pengisian kuesioner "{ $value }" sudah lewat, sehingga permintaannya langsung terlambat; naikkan days_after_end.
activity-admin-issue-evaluation-duplicate = kuesioner "{ $value }" tercantum lebih dari sekali untuk pengisi yang sama.
activity-admin-issue-evaluation-rules-changed = aturan evaluasi { $code } diambil dari berkas; permintaan evaluasi yang sudah dibuat tidak berubah.

## Import results.
activity-admin-import-ok = Impor kegiatan selesai: { $items } kegiatan diproses.
activity-admin-import-dry-run-ok = Uji coba selesai: { $items } kegiatan valid. Tidak ada data yang disimpan.
activity-admin-import-failed = Ditemukan { $count } masalah. Tidak ada data yang disimpan; perbaiki berkas lalu impor ulang.
activity-admin-summary = Kegiatan: { $created } baru, { $updated } diperbarui, { $unchanged } tetap.
activity-admin-summary-published = Diterbitkan: { $codes }.
activity-admin-summary-schedule-changed = Perhatian: jadwal kegiatan yang sudah terbit berubah: { $codes }. Beri tahu peserta yang sudah mendaftar.
activity-admin-partner-import-ok = Impor mitra selesai: { $rows } baris diproses.
activity-admin-partner-import-dry-run-ok = Uji coba selesai: { $rows } baris mitra valid. Tidak ada data yang disimpan.
activity-admin-partner-summary = Mitra: { $created } baru, { $updated } diperbarui, { $unchanged } tetap.
activity-admin-file-unreadable = Berkas { $file } tidak dapat dibaca: { $reason }
activity-admin-file-format = Berkas { $file } tidak dikenali: gunakan akhiran .csv, .yaml atau .yml.

## Names.
activity-admin-status-draft = draf
activity-admin-status-published = terbit
activity-admin-status-cancelled = dibatalkan
activity-admin-status-completed = selesai
activity-admin-partner-kind-university = universitas
activity-admin-partner-kind-ngo = LSM
activity-admin-partner-kind-training_institute = lembaga pelatihan
activity-admin-partner-kind-government = instansi pemerintah
activity-admin-partner-kind-private = swasta

## Lists.
activity-admin-partner-list-empty = Belum ada mitra. Impor dengan: partner import <berkas.csv>
activity-admin-partner-list-item = { $name } · { $kind } · kontak: { $contact } · { $activities } kegiatan
activity-admin-partner-no-contact = -
activity-admin-list-empty = Tidak ada kegiatan.
activity-admin-list-item = { $code } · { $title } · { $when } · terisi { $fill } · daftar tunggu { $waitlist } · menunggu persetujuan { $pending } · { $status }
activity-admin-list-fill-unlimited = { $registered } (tanpa batas)
activity-admin-status-invalid = Status "{ $value }" tidak dikenal: gunakan draft, published, cancelled atau completed.

## Lifecycle.
activity-admin-published = Kegiatan { $code } ({ $title }) diterbitkan. Kode presensi: { $attendanceCode }
activity-admin-already-published = Kegiatan { $code } sudah terbit. Kode presensi: { $attendanceCode }
activity-admin-completed = Kegiatan { $code } ({ $title }) ditandai selesai.
activity-admin-already-completed = Kegiatan { $code } sudah berstatus selesai.
activity-admin-cancelled = Kegiatan { $code } ({ $title }) dibatalkan. { $count } pendaftaran ikut dibatalkan.
activity-admin-already-cancelled = Kegiatan { $code } sudah dibatalkan sebelumnya.
activity-admin-error-not-found = Kegiatan dengan kode { $code } tidak ditemukan.
activity-admin-error-invalid-transition = Kegiatan { $code } berstatus { $from }, sehingga tidak dapat diubah menjadi { $to }.
activity-admin-error-not-started = Kegiatan { $code } belum dimulai, sehingga belum dapat ditandai selesai.

## The admin CLI.
activity-admin-cli-partner-description = Kelola mitra penyelenggara (universitas, lembaga pelatihan, ...).
activity-admin-cli-partner-import-description = Impor mitra dari berkas CSV (pemutakhiran berdasarkan nama).
activity-admin-cli-partner-file-argument = berkas CSV mitra
activity-admin-cli-partner-list-description = Tampilkan semua mitra.
activity-admin-cli-activity-description = Kelola kegiatan pengembangan kompetensi.
activity-admin-cli-activity-import-description = Impor kegiatan dari berkas YAML atau CSV (pemutakhiran berdasarkan kode).
activity-admin-cli-activity-file-argument = berkas kegiatan (.yaml, .yml atau .csv)
activity-admin-cli-activity-list-description = Tampilkan kegiatan beserta jumlah pendaftar.
activity-admin-cli-status-option = hanya kegiatan dengan status ini: draft, published, cancelled atau completed
activity-admin-cli-activity-publish-description = Terbitkan kegiatan agar dapat didaftari.
activity-admin-cli-activity-cancel-description = Batalkan kegiatan beserta semua pendaftarannya.
activity-admin-cli-reason-option = alasan pembatalan
activity-admin-cli-activity-complete-description = Tandai kegiatan selesai.
activity-admin-cli-code-argument = kode kegiatan
activity-admin-cli-dry-run-option = periksa dan hitung perubahan saja, tanpa menyimpan
