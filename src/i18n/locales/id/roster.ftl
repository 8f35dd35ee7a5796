## Roster import, demo data, roles and the admin CLI.

## One problem in a roster file. $line is the CSV line (the header is line 1).
roster-issue-at-line = baris { $line }: { $message }
roster-warning-at-line = baris { $line } (peringatan): { $message }

## The file as a whole.
roster-issue-file-empty = berkas tidak berisi data pegawai (hanya judul kolom atau kosong).
roster-issue-csv-syntax = format CSV rusak di sini ({ $detail }); periksa tanda kutip yang tidak ditutup.
roster-issue-missing-column = kolom wajib "{ $column }" tidak ada di baris judul.
roster-issue-duplicate-column = kolom "{ $column }" muncul lebih dari sekali di baris judul.
roster-issue-column-count = jumlah kolom { $actual }, seharusnya { $expected } seperti baris judul.

## Fields of one row.
roster-issue-nip-length = NIP { $nip } tidak valid: harus 18 digit.
roster-issue-nip-digits = NIP { $nip } tidak valid: hanya boleh berisi angka.
roster-issue-nip-birth-date = NIP { $nip } tidak valid: tanggal lahir (8 digit pertama) bukan tanggal yang mungkin.
roster-issue-nip-appointment = NIP { $nip } tidak valid: TMT CPNS (digit 9–14) tidak masuk akal (bulan salah, di masa depan, atau usia saat diangkat di bawah 17 tahun).
roster-issue-nip-gender = NIP { $nip } tidak valid: digit ke-15 (jenis kelamin) harus 1 atau 2.
roster-issue-nip-sequence = NIP { $nip } tidak valid: nomor urut (3 digit terakhir) tidak boleh 000.
roster-issue-required = kolom "{ $column }" wajib diisi.
roster-issue-too-long = isi kolom "{ $column }" terlalu panjang (paling banyak { $max } karakter).
roster-issue-unit-code = kode unit "{ $value }" di kolom "{ $column }" tidak valid: gunakan huruf, angka, titik, tanda hubung atau garis bawah, tanpa spasi.
roster-issue-position-type = jenis jabatan "{ $value }" tidak dikenal: gunakan struktural, fungsional atau pelaksana.
roster-issue-employment-type = status kepegawaian "{ $value }" tidak dikenal: gunakan PNS atau PPPK.
roster-issue-grade = golongan "{ $value }" tidak sesuai untuk { $employmentType }: PNS memakai I/a sampai IV/e, PPPK memakai I sampai XVII.
roster-issue-phone = nomor HP "{ $value }" tidak valid: gunakan nomor Indonesia, misalnya 0812-3456-7890.
roster-issue-email = alamat email "{ $value }" tidak valid.

## Rows against each other and the database.
roster-issue-duplicate-nip = NIP { $nip } sudah dipakai di baris { $firstLine }.
roster-issue-duplicate-phone = nomor HP { $phone } sudah dipakai pegawai { $otherNip } di baris { $otherLine }; setiap pegawai aktif harus punya nomor sendiri.
roster-issue-unit-conflict = unit { $code } berbeda isi kolom "{ $column }": "{ $value }" di sini, "{ $firstValue }" di baris { $firstLine }.
roster-issue-unit-parent-unknown = unit induk { $parentCode } untuk unit { $code } tidak ada di berkas maupun di basis data.
roster-issue-unit-parent-self = unit { $code } tidak boleh menjadi induk dirinya sendiri.
roster-issue-unit-parent-cycle = susunan unit induk berputar: { $codes }.
roster-issue-supervisor-unknown = NIP atasan { $supervisorNip } untuk pegawai { $nip } tidak ada di berkas maupun di data pegawai aktif.
roster-issue-supervisor-inactive = atasan { $supervisorNip } untuk pegawai { $nip } berstatus tidak aktif.
roster-issue-supervisor-self = pegawai { $nip } tidak boleh menjadi atasan dirinya sendiri.
roster-issue-supervisor-cycle = rantai atasan berputar: { $nips }.
roster-issue-supervisor-not-in-file = atasan { $supervisorNip } untuk pegawai { $nip } tidak ada di berkas, sehingga akan dinonaktifkan oleh impor ini.

## Results.
roster-import-ok = Impor selesai: { $rows } baris diproses.
roster-import-dry-run-ok = Uji coba selesai: { $rows } baris valid. Tidak ada data yang disimpan.
roster-import-failed = Ditemukan { $count } masalah. Tidak ada data yang disimpan; perbaiki berkas lalu impor ulang.
roster-summary-units = Unit: { $created } baru, { $updated } diperbarui, { $unchanged } tetap.
roster-summary-employees = Pegawai: { $created } baru, { $updated } diperbarui, { $unchanged } tetap, { $deactivated } dinonaktifkan.
roster-file-unreadable = Berkas { $file } tidak dapat dibaca: { $reason }

## Demo data.
roster-demo-loaded = Data demo FIKTIF dimuat: { $employees } pegawai di { $units } unit, beserta peran admin dan pimpinan.
roster-demo-skipped = Data demo tidak dimuat karena tabel pegawai sudah berisi data.

## Roles.
roster-role-name-admin = admin
roster-role-name-leader = pimpinan
roster-role-scope-district = seluruh kabupaten
roster-role-scope-unit = unit { $unit }
roster-role-granted = Peran { $role } ({ $scope }) diberikan kepada { $name } ({ $nip }).
roster-role-unchanged = { $name } ({ $nip }) sudah memiliki peran { $role } ({ $scope }).
roster-role-revoked = Peran { $role } dicabut dari NIP { $nip }.
roster-role-not-held = NIP { $nip } tidak memiliki peran { $role }.
roster-role-list-empty = Belum ada peran yang diberikan.
roster-role-list-item = { $role } · { $name } ({ $nip }) · { $scope } · oleh { $grantedBy }
roster-role-list-inactive = (pegawai tidak aktif)
roster-role-invalid = Peran "{ $value }" tidak dikenal: gunakan admin atau leader.
roster-role-error-unknown-nip = NIP { $nip } tidak ditemukan di data pegawai.
roster-role-error-inactive-employee = Pegawai dengan NIP { $nip } berstatus tidak aktif.
roster-role-error-unknown-unit = Kode unit { $unitCode } tidak ditemukan.
roster-role-error-unit-not-for-admin = Peran admin berlaku untuk seluruh kabupaten; opsi --unit hanya untuk peran leader.

## Migrations.
roster-migrate-applied = Migrasi diterapkan: { $name }
roster-migrate-up-to-date = Basis data sudah mutakhir ({ $count } migrasi sudah diterapkan).

## The admin CLI.
roster-cli-description = Alat admin Pembinaan ASN Pemerintah Kabupaten Tebo.
roster-cli-lang-option = bahasa keluaran: id atau en
roster-cli-migrate-description = Terapkan migrasi basis data yang belum dijalankan.
roster-cli-roster-description = Kelola data pegawai.
roster-cli-roster-import-description = Impor data pegawai dari berkas CSV (pemutakhiran berdasarkan NIP).
roster-cli-roster-file-argument = berkas CSV data pegawai
roster-cli-dry-run-option = periksa dan hitung perubahan saja, tanpa menyimpan
roster-cli-demo-description = Data demo fiktif.
roster-cli-demo-load-description = Muat data demo fiktif (hanya jika tabel pegawai masih kosong).
roster-cli-role-description = Kelola peran admin dan pimpinan.
roster-cli-role-grant-description = Berikan peran kepada pegawai.
roster-cli-role-revoke-description = Cabut peran dari pegawai.
roster-cli-role-list-description = Tampilkan semua peran yang diberikan.
roster-cli-nip-argument = NIP pegawai (18 digit)
roster-cli-role-argument = peran: admin atau leader
roster-cli-unit-option = batasi peran leader ke unit ini (kode unit)
roster-cli-help-option = tampilkan bantuan perintah
roster-cli-help-command = tampilkan bantuan untuk perintah
roster-cli-failed = Gagal: { $message }
roster-demo-activities-loaded = Kegiatan dan mitra demo FIKTIF dimuat, dengan tanggal di sekitar hari ini.
roster-demo-activities-skipped = Kegiatan demo tidak dimuat karena sudah ada kegiatan.
roster-cli-demo-roster-only-option = Muat pegawai demo saja, tanpa kegiatan dan mitra demo
