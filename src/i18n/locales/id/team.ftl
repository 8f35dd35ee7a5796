## 👥 Tim saya: the direct team's JP and the behaviour (L3) assessments the supervisor still has to fill in.

team-jp-title = 👥 <b>JP tim saya tahun { $year }</b> (target { $target } JP)
team-jp-line = { $mark } { $bar } { $total }/{ $target } <b>{ $name }</b> (T { $teknis } · M { $manajerial } · SK { $sosial })
team-jp-summary = { $behind } dari { $count } orang tertinggal dari jadwal.
team-jp-legend = T teknis · M manajerial · SK sosial kultural. ⚠️ tertinggal: saat ini seharusnya sudah sekitar { $expected } JP.
team-not-allowed = Maaf, menu ini hanya untuk atasan langsung yang memiliki staf aktif.

team-assessments-title = 📝 <b>Penilaian perilaku (L3) yang menunggu</b>
    { $count } penilaian tentang staf Anda perlu Anda isi.
team-assessment-item = <b>{ $number }. { $name }</b>
team-assessment-activity = Kegiatan: { $activity }
team-assessment-due = Batas pengisian: { $date }
team-assessment-overdue = ⚠️ Lewat batas pengisian: { $date }
team-assessment-in-progress = ✏️ Sudah mulai diisi
team-assessment-button = ✍️ Nilai { $number }. { $name }
