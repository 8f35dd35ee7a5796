## Report contents of the activity-effectiveness, reach and change-readiness reports: titles, table
## titles and column headers, shared by chat, CLI, CSV, XLSX and charts.

## Activity effectiveness: per activity, then per kind, partner and competency type.

report-effectiveness-title = Efektivitas kegiatan
report-effectiveness-table-activities = Per kegiatan
report-effectiveness-table-kinds = Per jenis kegiatan
report-effectiveness-table-partners = Per mitra
report-effectiveness-table-competencies = Per jenis kompetensi
report-effectiveness-no-partner = Tanpa mitra
report-effectiveness-column-code = Kode
report-effectiveness-column-title = Kegiatan
report-effectiveness-column-kind = Jenis kegiatan
report-effectiveness-column-partner = Mitra
report-effectiveness-column-competency = Jenis kompetensi
report-effectiveness-column-ends-at = Selesai
report-effectiveness-column-activities = Jumlah kegiatan
report-effectiveness-column-registrations = Peserta terdaftar
report-effectiveness-column-attended = Hadir
report-effectiveness-column-no-shows = Tidak hadir
report-effectiveness-column-attendance-rate = Tingkat kehadiran
report-effectiveness-column-l1-mean = Rerata L1 (1–5)
report-effectiveness-column-l1-response-rate = Tingkat respons L1
report-effectiveness-column-l3-self-mean = Rerata L3 diri (1–5)
report-effectiveness-column-l3-supervisor-mean = Rerata L3 atasan (1–5)
report-effectiveness-column-l3-gap = Selisih L3 (atasan − diri)
report-effectiveness-column-l3-response-rate = Tingkat respons L3
report-effectiveness-column-note = Keterangan
report-effectiveness-note-hidden = Rerata dari kuesioner anonim tidak ditampilkan: kurang dari { $min } jawaban

## Reach of announcements and campaign messages: per unit and per message.

report-reach-title = Jangkauan pengumuman
report-reach-table-units = Per unit (jumlah pesan ke penerima dari semua pengumuman)
report-reach-table-announcements = Per pengumuman
report-reach-column-unit = Unit
report-reach-column-recipients = Penerima
report-reach-column-delivered = Terkirim
report-reach-column-pending = Dalam antrean
report-reach-column-failed = Gagal
report-reach-column-blocked = Memblokir bot
report-reach-column-delivered-share = % terkirim
report-reach-column-ack-expected = Terkirim, perlu konfirmasi
report-reach-column-acknowledged = Sudah konfirmasi
report-reach-column-ack-share = % konfirmasi
report-reach-column-sent-at = Dikirim
report-reach-column-campaign = Kampanye
report-reach-column-excerpt = Isi
report-reach-column-needs-ack = Perlu konfirmasi
report-reach-column-audience = Jumlah penerima

## Change readiness (ADKAR) over time: per unit and survey round.

report-readiness-title = Kesiapan perubahan (ADKAR)
report-readiness-table-units = Per unit dan survei
report-readiness-table-rounds = Survei dan tingkat respons
report-readiness-overall = Semua unit
report-readiness-others = Unit lain (digabung)
report-readiness-note-too-few = Responden belum cukup (minimal { $min })
report-readiness-note-excluded = { $count } responden dari unit kecil tidak dihitung agar tetap anonim
report-readiness-note-suppressed = Tidak ditampilkan: kurang dari { $min } responden
report-readiness-note-pooled = Gabungan unit dengan responden sedikit
report-readiness-column-unit = Unit
report-readiness-column-sent-at = Dikirim
report-readiness-column-round = Pengumuman
report-readiness-column-respondents = Responden
report-readiness-column-barrier = Titik hambatan
report-readiness-column-note = Keterangan
report-readiness-column-requests = Penerima survei
report-readiness-column-submitted = Menjawab
report-readiness-column-response-rate = Tingkat respons
