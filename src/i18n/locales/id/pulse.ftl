## Change-readiness pulse (ADKAR): results for leaders, the invitation, and the admin CLI.

pulse-heading = 📊 Kesiapan perubahan (ADKAR)
pulse-round = Survei: { $title } · pengumuman #{ $id } · dikirim { $date }
pulse-round-unsent = Survei: { $title } · pengumuman #{ $id }
pulse-scope-district = Cakupan: seluruh unit kerja
pulse-scope-unit = Cakupan: { $unit } dan unit di bawahnya
pulse-response-rate = Tingkat respons: { $submitted }/{ $requests } ({ $rate })
pulse-rules = Hambatan = tahap pertama dalam urutan A → D → K → A → R yang rata-ratanya di bawah { $threshold } (skala 1–5). Unit dengan kurang dari { $min } responden tidak ditampilkan terpisah.
pulse-previous = Tren dibandingkan dengan survei sebelumnya: pengumuman #{ $id } ({ $date }).
pulse-previous-none = Belum ada survei sebelumnya untuk melihat tren.

pulse-overall = Keseluruhan · { $count } responden
pulse-unit = { $unit } · { $count } responden
pulse-others = Unit lainnya (gabungan unit kecil) · { $count } responden
pulse-barrier = Hambatan: { $dimension }
pulse-barrier-none = Tidak ada hambatan: semua tahap { $threshold } atau lebih.
pulse-trend = Tren: { $trend }
pulse-trend-unavailable = Tren: tidak ada pembanding pada survei sebelumnya.
pulse-suppressed = Tidak ditampilkan terpisah (kurang dari { $min } responden): { $units }
pulse-excluded = { $count } responden dari unit kecil tidak dihitung dalam angka keseluruhan agar jawaban mereka tetap anonim.
pulse-too-few = Jumlah responden belum cukup untuk menampilkan hasil (minimal { $min }).
pulse-no-responses = Belum ada jawaban.

pulse-letter-awareness = A
pulse-letter-desire = D
pulse-letter-knowledge = K
pulse-letter-ability = A
pulse-letter-reinforcement = R
pulse-dimension-awareness = Awareness (kesadaran)
pulse-dimension-desire = Desire (keinginan)
pulse-dimension-knowledge = Knowledge (pengetahuan)
pulse-dimension-ability = Ability (kemampuan)
pulse-dimension-reinforcement = Reinforcement (penguatan)

pulse-not-allowed = Maaf, hasil kesiapan perubahan hanya untuk pimpinan dan admin.
pulse-no-round = Belum ada survei kesiapan perubahan yang dikirim dalam cakupan Anda.
pulse-not-found = Survei kesiapan perubahan untuk pengumuman #{ $id } tidak ditemukan dalam cakupan Anda.

pulse-invitation = <b>Survei kesiapan perubahan</b>

    Bapak/Ibu, kami ingin mengetahui sejauh mana kesiapan kita menjalankan perubahan cara kerja di lingkungan pemerintah daerah. Survei ini berisi 10 pernyataan singkat dan dapat diisi sekitar 2 menit.

    Tekan tombol di bawah untuk mengisi. Terima kasih atas partisipasi Anda.
pulse-invitation-anonymous = <b>Survei kesiapan perubahan</b>

    Bapak/Ibu, kami ingin mengetahui sejauh mana kesiapan kita menjalankan perubahan cara kerja di lingkungan pemerintah daerah. Survei ini berisi 10 pernyataan singkat dan dapat diisi sekitar 2 menit.

    🔒 Survei ini anonim: jawaban Anda tidak dikaitkan dengan nama atau NIP Anda. Hasilnya hanya ditampilkan per unit kerja.

    Tekan tombol di bawah untuk mengisi. Terima kasih atas partisipasi Anda.

pulse-cli-description = Survei kesiapan perubahan (ADKAR): hasil dan pengiriman.
pulse-cli-results-description = Tampilkan hasil survei kesiapan perubahan per unit.
pulse-cli-list-description = Daftar survei kesiapan perubahan yang sudah dikirim.
pulse-cli-send-description = Kirim survei kesiapan perubahan tanpa pengumuman lain.
pulse-cli-announcement-option = nomor pengumuman (bawaan: survei terakhir)
pulse-cli-unit-option = batasi ke unit ini dan unit di bawahnya (kode unit)
pulse-cli-author-option = NIP pimpinan atau admin yang mengirim
pulse-cli-units-option = kode unit tujuan, dipisah koma (beserta unit di bawahnya)
pulse-cli-all-option = kirim ke semua pegawai dalam cakupan pengirim
pulse-cli-at-option = waktu kirim setempat "YYYY-MM-DD HH:MM" (bawaan: sekarang)
pulse-cli-questionnaire-option = kode kuesioner (bawaan: PULSE-ADKAR)
pulse-cli-unknown-unit = Unit { $code } tidak ditemukan.
pulse-cli-bad-announcement = Nomor pengumuman tidak valid: { $value }
pulse-cli-bad-time = Waktu tidak valid: { $value }. Gunakan "YYYY-MM-DD HH:MM" waktu setempat.
pulse-cli-unknown-author = Pegawai dengan NIP { $nip } tidak ditemukan.
pulse-cli-audience-needed = Sebutkan tujuan dengan --units <kode,...> atau --all.
pulse-cli-sent = Survei kesiapan perubahan dikirim sebagai pengumuman #{ $id } kepada { $count } penerima.
pulse-cli-scheduled = Survei kesiapan perubahan dijadwalkan sebagai pengumuman #{ $id } untuk { $count } penerima pada { $date }.
pulse-send-error-not-allowed = Survei tidak dikirim: hanya pimpinan dan admin yang dapat mengirim survei.
pulse-send-error-empty-audience = Survei tidak dikirim: belum ada unit tujuan.
pulse-send-error-unknown-unit = Survei tidak dikirim: ada unit tujuan yang tidak dikenal.
pulse-send-error-outside-scope = Survei tidak dikirim: ada unit tujuan di luar cakupan pengirim.
pulse-send-error-no-recipients = Survei tidak dikirim: tidak ada pegawai aktif di tujuan tersebut.
pulse-send-error-unknown-pulse = Survei tidak dikirim: tidak ada kuesioner survei denyut aktif dengan kode itu.
pulse-send-error-time-in-past = Survei tidak dikirim: waktu kirim sudah lewat.
pulse-send-error-invalid = Survei tidak dikirim: isi undangan tidak valid ({ $code }).
pulse-list-line = #{ $id } · { $code } · { $date } · { $submitted }/{ $requests } menjawab
pulse-list-unsent = belum dikirim
pulse-list-none = Belum ada survei kesiapan perubahan yang dikirim.
