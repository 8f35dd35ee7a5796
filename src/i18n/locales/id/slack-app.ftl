slack-callback-stale = Tombol ini sudah tidak berlaku. Silakan buka tab Beranda aplikasi atau ketik /pembinaan lagi.
