## "🧭 Kesiapan perubahan" in chat: the pulse results come from pulse.ftl; these are the buttons to other rounds.

readiness-round-button = 📅 #{ $id } · { $date } · { $submitted }/{ $requests } menjawab
readiness-rounds-hint = { $count ->
        [one] Ada 1 survei lain dalam cakupan Anda: tekan tombolnya untuk melihat hasilnya.
       *[other] Ada { $count } survei lain dalam cakupan Anda: tekan tombol di bawah untuk melihat hasilnya, atau ketik /kesiapan dan nomor pengumumannya.
    }
readiness-bad-id = “{ $value }” bukan nomor pengumuman. Contoh: /kesiapan 12
