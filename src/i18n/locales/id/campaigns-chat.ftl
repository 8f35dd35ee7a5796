## "🔁 Kampanye" in chat: the caller's socialisation campaigns (an admin sees all), a campaign's card and
## its controls. Statuses, the card's lines, schedules in words, the answers to pause, resume and end,
## and the refusals come from campaigns.ftl.

campaigns-chat-title = 🔁 <b>Kampanye sosialisasi</b> · halaman { $page } dari { $pages }
campaigns-chat-empty = Belum ada kampanye sosialisasi. Kampanye dibuat dari menu 📣 Pengumuman atau oleh admin dengan berkas kampanye.
campaigns-chat-item = <b>#{ $id } { $name }</b> · { $status }
campaigns-chat-item-schedule = 🗓 { $schedule }
campaigns-chat-item-progress = 📨 { $sent } dari { $total } pesan terkirim
campaigns-chat-item-next = ⏭ Berikutnya: pesan { $position } dari { $total }, { $when }
campaigns-chat-item-author = ✍️ Dari: { $author }
campaigns-chat-button-open = 🔁 #{ $id } { $name }
campaigns-chat-button-previous = ◀️ Sebelumnya
campaigns-chat-button-next = Berikutnya ▶️
campaigns-chat-button-pause = ⏸ Jeda
campaigns-chat-button-resume = ▶️ Lanjutkan
campaigns-chat-button-end = ⏹ Akhiri
campaigns-chat-button-list = 🔁 Daftar kampanye

campaigns-chat-end-confirm = ⏹ <b>Akhiri kampanye #{ $id } "{ $name }"?</b>
    { $left ->
        [0] Semua pesannya sudah terkirim.
       *[other] { $left } pesan yang belum terkirim tidak akan pernah dikirim.
    } Kampanye yang sudah diakhiri tidak dapat dilanjutkan lagi.
campaigns-chat-end-yes = ⏹ Ya, akhiri
campaigns-chat-end-no = ↩️ Tidak

campaigns-chat-bad-id = “{ $value }” bukan nomor kampanye. Contoh: /kampanye 3
