## Report contents (tables, column headers, scope lines) shared by chat, CLI, CSV, XLSX and charts.
## One section per report; keys start with report-<report>-. The chat hub's own texts are in reports.ftl.

## Common: the period and the unit a report covers, and why a request is refused.

report-period-year = Tahun { $year }
report-period-range = { $from } – { $to }
report-scope-district = Seluruh kabupaten
report-scope-unit = { $unit } (dan subunit)
report-scope-team = Tim { $name }
report-period-error-bad-year = Tahun tidak valid. Tulis tahun dengan empat angka, misalnya 2026.
report-period-error-bad-date = Tanggal tidak valid. Tulis tanggal seperti 2026-03-31 atau 31/3/2026.
report-period-error-from-after-to = Tanggal awal harus sebelum atau sama dengan tanggal akhir.
report-period-error-range-too-long = Rentang tanggal paling lama 5 tahun.
report-access-error-not-allowed = Maaf, Anda tidak berhak melihat laporan ini.
report-access-error-outside-scope = Maaf, unit itu di luar cakupan wewenang Anda.
report-access-error-unknown-unit = Unit itu tidak ditemukan.
report-yes = ya
report-no = tidak

## JP compliance (jp-compliance.ts): JP in the period against the target, per unit and per employee.

report-jp-title = Kepatuhan { $target } JP
report-jp-table-units = Per unit
report-jp-table-employees = Per pegawai
report-jp-table-behind = { $count } pegawai paling tertinggal
report-jp-column-unit-code = Kode unit
report-jp-column-unit = Unit
report-jp-column-employees = Pegawai
report-jp-column-jp-total = JP
report-jp-column-jp-mean = Rata-rata JP per pegawai
report-jp-column-teknis = JP teknis
report-jp-column-manajerial = JP manajerial
report-jp-column-sosial-kultural = JP sosial kultural
report-jp-column-reached = Mencapai { $target } JP
report-jp-column-reached-share = Persentase mencapai target
report-jp-column-nip = NIP
report-jp-column-name = Nama
report-jp-column-reached-target = Mencapai target
report-jp-column-shortfall = Kekurangan JP

## Participation by partner (partners.ts): what each university, NGO or institute delivered.

report-partners-title = Partisipasi per mitra
report-partners-table-partners = Per mitra
report-partners-table-activities = Per kegiatan mitra
report-partners-column-partner = Mitra
report-partners-column-kind = Jenis mitra
report-partners-column-activities = Kegiatan
report-partners-column-participants = Peserta
report-partners-column-jp-delivered = JP diberikan
report-partners-column-l1-mean = Rata-rata L1 (1–5)
report-partners-column-code = Kode kegiatan
report-partners-column-title = Judul kegiatan
report-partners-column-ends-at = Tanggal selesai
report-partners-column-l1-responses = Responden L1
report-partners-kind-university = perguruan tinggi
report-partners-kind-ngo = lembaga swadaya masyarakat
report-partners-kind-training-institute = lembaga pelatihan
report-partners-kind-government = instansi pemerintah
report-partners-kind-private = swasta
