## Supervisors (and admins) deciding registrations that need approval.

approvals-title = ✅ <b>Persetujuan</b>
    { $count } permohonan menunggu keputusan Anda.
approvals-none = ✅ Tidak ada permohonan yang menunggu keputusan Anda.
approvals-more = Ditampilkan { $shown } permohonan terlama. Buka menu ini lagi setelah memutuskannya.
approvals-item = 📝 <b>{ $name }</b> ({ $unit }) mendaftar <b>{ $title }</b>.
    🗓 { $start }
approvals-item-escalated = ⏫ Diteruskan kepada Anda karena belum diputuskan oleh { $supervisor }.
approvals-not-allowed = Maaf, Anda tidak berwenang memutuskan permohonan ini.
approvals-not-found = Permohonan ini tidak ditemukan.
approvals-unavailable = Kegiatan ini sudah tidak dibuka, sehingga pendaftaran tidak dapat disetujui.
approvals-already-decided = Sudah diputuskan: { $status }
approvals-already-decided-message = { $name } — <b>{ $title }</b>: sudah diputuskan ({ $status }).
approvals-status-approved = disetujui
approvals-status-rejected = ditolak
approvals-status-cancelled = dibatalkan
approvals-answer-approved = ✅ Disetujui
approvals-answer-rejected = ❌ Ditolak
approvals-decided-approved = ✅ Anda <b>menyetujui</b> pendaftaran { $name } di <b>{ $title }</b>. Pegawai sudah diberi tahu.
approvals-decided-waitlisted = ✅ Anda <b>menyetujui</b> pendaftaran { $name } di <b>{ $title }</b>. Kursi sudah penuh, sehingga ia masuk daftar tunggu. Pegawai sudah diberi tahu.
approvals-decided-rejected = ❌ Anda <b>menolak</b> pendaftaran { $name } di <b>{ $title }</b>. Pegawai sudah diberi tahu.
approvals-decided-rejected-reason = ❌ Anda <b>menolak</b> pendaftaran { $name } di <b>{ $title }</b>. Pegawai sudah diberi tahu.
    Alasan: { $reason }
approvals-ask-reason = ❌ Menolak pendaftaran <b>{ $name }</b> di <b>{ $title }</b>.
    Tulis alasan penolakan (akan dikirim kepada pegawai), atau tekan <b>Lewati</b> atau ketik /lewati untuk menolak tanpa alasan. Ketik /batal bila tidak jadi menolak.
approvals-button-skip = ⏭ Lewati
approvals-reject-in-progress = Anda sedang menolak sebuah pendaftaran. Tulis alasannya, tekan Lewati (/lewati), atau ketik /batal.
approvals-reject-cancelled = Baik, penolakan dibatalkan. Permohonan masih menunggu keputusan Anda.
approvals-reason-text-expected = Mohon tulis alasannya sebagai teks, atau tekan Lewati.
approvals-reason-too-long = Alasan terlalu panjang (paling banyak { $max } karakter). Mohon persingkat.
