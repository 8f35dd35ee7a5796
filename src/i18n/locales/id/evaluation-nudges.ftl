## Nudges for unanswered evaluations: the notice, the reminders and the supervisors' digest.

evaluation-nudges-created = 📝 <b>Evaluasi baru</b>
    { $hasSubject ->
        [yes] Mohon nilai <b>{ $subject }</b> dengan kuesioner <b>{ $questionnaire }</b>
       *[no] Mohon isi kuesioner <b>{ $questionnaire }</b>
    } untuk kegiatan <b>{ $activity }</b>.
    ⏳ Batas waktu: { $due }
evaluation-nudges-before-due = 🔔 <b>Pengingat evaluasi</b>
    { $hasSubject ->
        [yes] Penilaian <b>{ $subject }</b> (<b>{ $questionnaire }</b>)
       *[no] Kuesioner <b>{ $questionnaire }</b>
    } untuk kegiatan <b>{ $activity }</b> belum diisi.
    ⏳ Batas waktu: { $due }
evaluation-nudges-overdue = ⚠️ <b>Evaluasi melewati batas waktu</b>
    { $hasSubject ->
        [yes] Penilaian <b>{ $subject }</b> (<b>{ $questionnaire }</b>)
       *[no] Kuesioner <b>{ $questionnaire }</b>
    } untuk kegiatan <b>{ $activity }</b> seharusnya diisi paling lambat { $due }. Mohon segera diisi sebelum ditutup.
evaluation-nudges-digest = ⚠️ <b>{ $count } penilaian staf melewati batas waktu</b>
    Mohon isi penilaian perilaku kerja (L3) untuk:
    { $list }
evaluation-nudges-digest-item = • { $subject }, { $activity } (batas { $due })
evaluation-nudges-button-answer = 📝 Isi sekarang
evaluation-nudges-button-subject = 📝 { $subject }
