## The admin CLI's `report` command: reports written to XLSX, CSV or PNG files.

reports-cli-description = Tulis laporan ke berkas: XLSX (semua tabel), CSV (satu berkas per tabel) atau PNG (grafik).
reports-cli-kind-argument = jenis laporan: jp, effectiveness, reach, readiness atau partners
reports-cli-year-option = tahun kalender (bawaan: tahun ini)
reports-cli-from-option = tanggal awal YYYY-MM-DD (bersama --to)
reports-cli-to-option = tanggal akhir YYYY-MM-DD, ikut dihitung
reports-cli-unit-option = batasi ke unit ini beserta unit di bawahnya (kode unit)
reports-cli-out-option = berkas tujuan; ekstensinya menentukan format: .xlsx, .csv atau .png
reports-cli-unknown-kind = Jenis laporan "{ $kind }" tidak dikenal. Pilih salah satu: jp, effectiveness, reach, readiness, partners.
reports-cli-period-conflict = Pakai --year, atau --from bersama --to, tidak keduanya.
reports-cli-range-incomplete = --from dan --to harus diberikan bersama.
reports-cli-unknown-unit = Unit { $code } tidak ditemukan.
reports-cli-bad-out = Format berkas { $path } tidak dikenal. Akhiri nama berkas dengan .xlsx, .csv atau .png.
reports-cli-heading = { $title } · { $scope }
reports-cli-written-xlsx = Ditulis: { $path } ({ $sheets } lembar)
reports-cli-written-csv = Ditulis: { $path } ({ $rows } baris)
reports-cli-written-png = Ditulis: { $path } · { $caption }
