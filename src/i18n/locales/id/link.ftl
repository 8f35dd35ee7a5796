link-welcome = Selamat datang di <b>Pembinaan ASN</b> Pemerintah Kabupaten Tebo 🌿

    Di sini Anda dapat mendaftar pelatihan, workshop, seminar dan magang, mengisi evaluasi, dan memantau capaian 20 JP Anda.

    Untuk mulai, tautkan akun Telegram Anda dengan data kepegawaian:
    1️⃣ Tekan tombol <b>📱 Bagikan nomor HP</b> di bawah. Nomor harus sama dengan yang terdaftar di BKPSDM.
    2️⃣ Atau tautkan dengan <b>NIP dan kode aktivasi</b> dari admin BKPSDM.
link-share-contact = 📱 Bagikan nomor HP
link-with-code = 🔑 Tautkan dengan NIP dan kode
link-success = ✅ Akun berhasil ditautkan. Selamat datang, <b>{ $name }</b>!
link-contact-not-own = Nomor yang dibagikan bukan milik akun Telegram ini. Tekan tombol <b>📱 Bagikan nomor HP</b> untuk membagikan nomor Anda sendiri.
link-phone-invalid = Nomor HP itu tidak dapat dibaca. Tekan tombol <b>📱 Bagikan nomor HP</b>, atau tautkan dengan NIP dan kode aktivasi.
link-phone-unknown = Nomor HP Anda belum terdaftar di data kepegawaian. Hubungi admin BKPSDM untuk memperbarui nomor, atau tautkan dengan NIP dan kode aktivasi.
link-employee-inactive = Data kepegawaian Anda berstatus tidak aktif, sehingga akun belum dapat ditautkan. Hubungi admin BKPSDM.
link-account-already-linked = Akun Telegram ini sudah tertaut sebagai <b>{ $name }</b>. Tekan /menu untuk melanjutkan.
link-employee-already-linked = Data pegawai ini sudah tertaut dengan akun Telegram lain. Untuk pindah akun, hubungi admin BKPSDM.
link-ask-nip = Ketik NIP Anda (18 digit), misalnya <code>19860926 201505 1 001</code>.
    Ketik /batal untuk berhenti.
link-nip-malformed = NIP harus 18 digit angka, misalnya <code>19860926 201505 1 001</code>. Silakan ketik lagi, atau /batal.
link-nip-invalid = NIP tersebut tidak valid. Periksa kembali NIP Anda, lalu tekan /start untuk mencoba lagi.
link-ask-code = Ketik kode aktivasi dari admin BKPSDM, misalnya <code>K7PM-Q2XA</code>.
link-code-invalid = Kode aktivasi tidak cocok dengan NIP tersebut. Periksa lagi lalu ketik ulang kodenya, atau /batal.
link-code-expired = Kode aktivasi ini sudah kedaluwarsa. Minta kode baru kepada admin BKPSDM, lalu tekan /start.
link-code-used = Kode aktivasi ini sudah pernah dipakai. Minta kode baru kepada admin BKPSDM, lalu tekan /start.
link-rate-limited = Terlalu banyak percobaan yang salah. Demi keamanan, coba lagi setelah { $time }.
link-cancelled = Penautan dibatalkan. Tekan /start kapan saja untuk mencoba lagi.
link-text-expected = Mohon ketik jawabannya sebagai teks, atau /batal untuk berhenti.
link-in-progress-command = Anda sedang menautkan akun. Selesaikan dulu, atau ketik /batal untuk berhenti.
