## Nudges for unanswered evaluations: the notice, the reminders and the supervisors' digest.

evaluation-nudges-created = 📝 <b>New evaluation</b>
    { $hasSubject ->
        [yes] Please assess <b>{ $subject }</b> with the questionnaire <b>{ $questionnaire }</b>
       *[no] Please answer the questionnaire <b>{ $questionnaire }</b>
    } for <b>{ $activity }</b>.
    ⏳ Due: { $due }
evaluation-nudges-before-due = 🔔 <b>Evaluation reminder</b>
    { $hasSubject ->
        [yes] Your assessment of <b>{ $subject }</b> (<b>{ $questionnaire }</b>)
       *[no] The questionnaire <b>{ $questionnaire }</b>
    } for <b>{ $activity }</b> has not been answered yet.
    ⏳ Due: { $due }
evaluation-nudges-overdue = ⚠️ <b>Evaluation overdue</b>
    { $hasSubject ->
        [yes] Your assessment of <b>{ $subject }</b> (<b>{ $questionnaire }</b>)
       *[no] The questionnaire <b>{ $questionnaire }</b>
    } for <b>{ $activity }</b> was due on { $due }. Please answer it before it closes.
evaluation-nudges-digest = ⚠️ <b>{ $count } staff assessments are overdue</b>
    Please complete the on-the-job behaviour (L3) assessment for:
    { $list }
evaluation-nudges-digest-item = • { $subject }, { $activity } (due { $due })
evaluation-nudges-button-answer = 📝 Answer now
evaluation-nudges-button-subject = 📝 { $subject }
