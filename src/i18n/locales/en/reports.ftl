## Reports in chat for leaders and admins: the hub and the evaluation results of activities.

reports-title = 📊 <b>Reports</b>
    Choose a report:
reports-item-evaluation-results = 📊 Activity evaluation results
reports-not-allowed = Sorry, reports are only for leaders and BKPSDM admins.
reports-bad-button = This button is not recognised. Please open /menu again.
reports-button-hub = ↩ All reports
reports-button-previous = ◀ Previous
reports-button-next = Next ▶

reports-results-title = 📊 <b>Activity evaluation results</b> (page { $page } of { $pages })
    Choose an activity to see its results.
reports-results-empty = No activity has evaluations yet.
reports-results-item = { $n }. <b>{ $title }</b> ({ $code })
    ended { $end } · { $submitted }/{ $requests } answered ({ $rate })
reports-results-button-open = { $n }. { $title }
reports-results-not-found = Activity <b>{ $code }</b> not found. Type /results without a code to choose from the list.
reports-results-gone = This activity no longer exists. Please open the list again.
reports-results-button-non-respondents = 👥 Not answered yet

reports-non-respondents-not-allowed = Sorry, the list of those who have not answered is only for BKPSDM admins.
reports-non-respondents-title = 👥 <b>Evaluations not answered yet</b>
    { $title } ({ $code })
reports-non-respondents-none = Everybody has answered this activity's evaluations.
reports-non-respondent-line = • <b>{ $name }</b> · { $unit } · { $questionnaire } · { $status } · due { $due }
reports-non-respondent-line-subject = • <b>{ $name }</b> · { $unit } · { $questionnaire } (assessing { $subject }) · { $status } · due { $due }
reports-non-respondents-total = { $count } requests not answered.
reports-non-respondents-button-csv = ⬇️ CSV
reports-csv-caption = Not yet answered, evaluations of { $code }: { $count } rows.
reports-csv-sent = CSV file sent.
