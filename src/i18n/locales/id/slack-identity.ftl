## Linking a Slack account to the roster (profile email confirmed once, or NIP and activation code), and its settings.

slack-identity-welcome = Selamat datang di <b>Pembinaan ASN</b> Pemerintah Kabupaten Tebo 🌿

    Di sini Anda dapat mendaftar pelatihan, workshop, seminar dan magang, mengisi evaluasi, dan memantau capaian 20 JP Anda.

    Untuk mulai, tautkan akun Slack Anda dengan data kepegawaian.
slack-identity-email-ask = Email profil Slack Anda terdaftar di data kepegawaian.
    Apakah Anda <b>{ $name }</b>, NIP { $nip }, { $unit }?
slack-identity-email-yes = ✅ Ya, itu saya
slack-identity-email-no = ❌ Bukan
slack-identity-email-unknown = Email profil Slack Anda belum terdaftar di data kepegawaian. Tautkan dengan <b>NIP dan kode aktivasi</b> dari admin BKPSDM.
slack-identity-email-none = Email profil Slack Anda tidak dapat dibaca. Tautkan dengan <b>NIP dan kode aktivasi</b> dari admin BKPSDM.
slack-identity-code-hint = Tautkan dengan <b>NIP dan kode aktivasi</b> dari admin BKPSDM.
slack-identity-code-title = Tautkan akun
slack-identity-code-submit = Tautkan
slack-identity-code-cancel = Batal
slack-identity-code-close = Tutup
slack-identity-code-intro = Masukkan NIP Anda dan kode aktivasi dari admin BKPSDM.
slack-identity-code-nip-label = NIP (18 digit)
slack-identity-code-nip-placeholder = 19860926 201505 1 001
slack-identity-code-label = Kode aktivasi
slack-identity-code-placeholder = K7PM-Q2XA
slack-identity-nip-malformed = NIP harus 18 digit angka, misalnya 19860926 201505 1 001.
slack-identity-error-nip-invalid = NIP tersebut tidak valid. Periksa kembali NIP Anda.
slack-identity-error-code-invalid = Kode aktivasi tidak cocok dengan NIP tersebut. Periksa lagi kodenya.
slack-identity-error-code-expired = Kode aktivasi ini sudah kedaluwarsa. Minta kode baru kepada admin BKPSDM.
slack-identity-error-code-used = Kode aktivasi ini sudah pernah dipakai. Minta kode baru kepada admin BKPSDM.
slack-identity-error-account-already-linked = Akun Slack ini sudah tertaut sebagai <b>{ $name }</b>. Menu Anda ada di tab Beranda aplikasi.
slack-identity-error-employee-already-linked = Data pegawai ini sudah tertaut dengan akun Slack lain. Untuk pindah akun, hubungi admin BKPSDM.
slack-identity-error-email-unknown = Email profil Slack Anda tidak cocok dengan data kepegawaian, jadi akun belum ditautkan. Tautkan dengan NIP dan kode aktivasi.
slack-identity-error-email-mismatch = Konfirmasi ini tidak sesuai dengan email profil Slack Anda, jadi akun tidak ditautkan. Buka tab Beranda aplikasi untuk mencoba lagi.
slack-identity-linked-home = Menu Anda ada di tab <b>Beranda</b> aplikasi ini, atau ketik /pembinaan.
slack-identity-need-link = Akun Slack Anda belum tertaut dengan data kepegawaian. Buka tab Beranda aplikasi atau ketik /pembinaan untuk menautkan.
slack-identity-platform-ask = Anda juga tertaut di Telegram. Kirim pemberitahuan (pengingat, pengumuman, evaluasi) ke:
slack-identity-platform-SLACK = 💬 Slack
slack-identity-platform-TELEGRAM = ✈️ Telegram
slack-identity-platform-set = ✅ Pemberitahuan akan dikirim ke { $platform }.
slack-identity-platform-not-linked = Akun { $platform } Anda belum tertaut, jadi pemberitahuan tetap dikirim seperti sebelumnya.
