## Reports in chat: the hub, the evaluation results of activities, and the reports with charts and spreadsheets.

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

## The reports with charts and spreadsheets: choosing the period and the unit, then sending them.

reports-item-jp-compliance = 🎯 JP compliance
reports-item-effectiveness = 📈 Activity effectiveness
reports-item-reach-readiness = 📣 Reach & readiness
reports-item-partners = 🤝 Partner participation
reports-button-back = ↩ Back
reports-period-title = <b>{ $report }</b>
    Choose the period:
reports-period-this-year = This year ({ $year })
reports-period-last-year = Last year ({ $year })
reports-period-range = 📅 Date range
reports-scope-title = <b>{ $report }</b> · { $period }
    For which unit? A unit includes the units below it.
reports-scope-all = 🏛 All units in your scope
reports-scope-pick = 🏢 Choose a unit
reports-units-title = <b>{ $report }</b> · { $period }
    Choose a unit (with the units below it), page { $page } of { $pages }:
reports-units-empty = There are no units in the roster yet.
reports-unit-button = { $prefix }{ $name } ({ $count })
reports-range-prompt = 📅 Type the date range for <b>{ $report }</b>, for example <code>1-1-2026 s.d. 30-6-2026</code> (day-month-year).
    Type /cancel to stop.
reports-range-bad-format = Sorry, I could not read that date range. Write the first and the last day with "s.d." or "to" between them, for example <code>1-1-2026 to 30-6-2026</code> (day-month-year), or type /cancel.
reports-range-invalid = { $reason } Please try again, for example <code>1-1-2026 to 30-6-2026</code>, or type /cancel.
reports-range-cancelled = All right, the report was cancelled.
reports-preparing = ⏳ Preparing the report…
reports-xlsx-caption = { $title } · { $scope }
reports-button-csv = ⬇️ CSV
reports-team-button = 📊 Team JP report

## Charts and captions of the reports (shared by chat and the CLI; plain text, no markup).

reports-package-title-reach-readiness = Announcement reach and change readiness
reports-chart-jp-axis = Mean JP per employee (in brackets: % of employees reaching { $target } JP)
reports-chart-jp-target = Target { $target } JP
reports-chart-jp-reached = Mean reaches the target
reports-chart-jp-below = Mean below the target
reports-chart-jp-no-data = No employees in the scope of this report yet.
reports-chart-evaluation-title = Mean L1 and L3 evaluation per activity
reports-chart-evaluation-axis = Mean score (1–5)
reports-chart-evaluation-l1 = L1 reaction
reports-chart-evaluation-l3-self = L3 self-assessment
reports-chart-evaluation-l3-supervisor = L3 supervisor assessment
reports-chart-evaluation-no-data = No L1 or L3 evaluation answers in this period yet.
reports-chart-reach-axis = Share of recipients
reports-chart-reach-delivered = Delivered
reports-chart-reach-acknowledged = Acknowledged
reports-chart-reach-blocked = blocked the bot
reports-chart-reach-no-data = No announcements were sent in this period.
reports-chart-adkar-title = Change readiness (ADKAR) per unit, latest survey
reports-chart-adkar-scale = Mean (1–5)
reports-chart-adkar-threshold = Threshold { $threshold }
reports-chart-adkar-barrier = Barrier point: the first stage below the threshold
reports-chart-adkar-no-data = No readiness survey results to show in this period.
reports-chart-partners-axis = Participants (attended or completed)
reports-chart-partners-legend = Participants
reports-chart-partners-value = { $participants } participants · { $jp } JP
reports-chart-partners-no-data = No partner activities in this period.

reports-caption-jp = { $share } of employees reached { $target } JP ({ $reached } of { $employees })
reports-caption-jp-lowest = lowest: { $unit } ({ $share })
reports-caption-jp-cut = chart: the { $shown } units with the lowest mean of { $total }
reports-caption-jp-empty = No employees in the scope of this report yet.
reports-caption-effectiveness = Mean L1 { $mean } of 5 across { $activities } activities
reports-caption-effectiveness-no-l1 = { $activities } activities, no L1 answers yet
reports-caption-effectiveness-best = highest: { $title } ({ $mean })
reports-caption-effectiveness-gap = largest L3 gap: { $title } (supervisor { $supervisor }, self { $self })
reports-caption-effectiveness-cut = chart: the { $shown } activities with the most participants of { $total }
reports-caption-effectiveness-empty = No activities ended in this period.
reports-caption-reach = { $delivered } of messages delivered, { $acknowledged } acknowledged ({ $announcements } announcements)
reports-caption-reach-no-ack = { $delivered } of messages delivered ({ $announcements } announcements)
reports-caption-reach-lowest = lowest: { $unit } ({ $share } delivered)
reports-caption-reach-empty = No announcements were sent in this period.
reports-caption-readiness = Latest readiness survey { $date }: { $units } units shown, { $barriers } with a barrier point
reports-caption-readiness-barrier-units = { $dimension }: { $units }
reports-caption-readiness-barrier-count = { $dimension }: { $count } units
reports-caption-readiness-no-barrier = Latest readiness survey { $date }: { $units } units shown, no stage below the threshold { $threshold }
reports-caption-readiness-too-few = Latest readiness survey { $date }: too few respondents per unit to show.
reports-caption-readiness-empty = No readiness survey in this period.
reports-caption-partners = { $partners } partners, { $activities } activities, { $participants } participants, { $jp } JP
reports-caption-partners-top = most: { $partner } ({ $participants } participants)
reports-caption-partners-l1 = mean L1 { $mean }
reports-caption-partners-empty = No partner activities in this period.
