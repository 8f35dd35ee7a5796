## "📋 Pengumuman saya": the caller's announcements (an admin sees everybody's), their reach reports and
## cancelling a scheduled one. Statuses, reports and refusals come from announcements.ftl.

my-announcements-title = 📋 <b>Pengumuman saya</b> · halaman { $page }
my-announcements-empty = Belum ada pengumuman. Buat pengumuman baru dari menu 📣 Pengumuman.
my-announcements-item = <b>#{ $id }</b> · { $status } · { $at }
my-announcements-item-excerpt = “{ $excerpt }”
my-announcements-item-author = ✍️ Dari: { $author }
my-announcements-item-reach = 👥 { $recipients } penerima{ $needsAck ->
        [yes] {" "}· 👁 sudah membaca { $acknowledged } ({ $percent } dari penerima)
       *[no] {""}
    }
my-announcements-item-pulse = 📝 Dengan survei kesiapan perubahan
my-announcements-button-report = 📊 Laporan #{ $id }
my-announcements-button-cancel = 🚫 Batalkan #{ $id }
my-announcements-button-previous = ◀️ Sebelumnya
my-announcements-button-next = Berikutnya ▶️
my-announcements-button-first = ⏮ Halaman pertama
my-announcements-button-refresh = 🔄 Perbarui
my-announcements-button-list = 📋 Pengumuman saya

my-announcements-cancel-confirm = 🚫 <b>Batalkan pengumuman #{ $id }?</b>
    “{ $excerpt }”
    Dijadwalkan { $at }. Jika dibatalkan, pengumuman ini tidak akan dikirim kepada siapa pun.
my-announcements-cancel-yes = 🚫 Ya, batalkan
my-announcements-cancel-no = ↩️ Tidak, biarkan
my-announcements-cancelled = 🚫 Pengumuman #{ $id } dibatalkan dan tidak akan dikirim.
my-announcements-cancelled-answer = Pengumuman dibatalkan
my-announcements-cancel-kept = Pengumuman #{ $id } tetap dijadwalkan { $at }.

my-announcements-bad-id = “{ $value }” bukan nomor pengumuman. Contoh: /laporan_pengumuman 12
