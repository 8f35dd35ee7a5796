## Report contents of the activity-effectiveness, reach and change-readiness reports: titles, table
## titles and column headers, shared by chat, CLI, CSV, XLSX and charts.

## Activity effectiveness: per activity, then per kind, partner and competency type.

report-effectiveness-title = Activity effectiveness
report-effectiveness-table-activities = By activity
report-effectiveness-table-kinds = By activity kind
report-effectiveness-table-partners = By partner
report-effectiveness-table-competencies = By competency type
report-effectiveness-no-partner = No partner
report-effectiveness-column-code = Code
report-effectiveness-column-title = Activity
report-effectiveness-column-kind = Kind
report-effectiveness-column-partner = Partner
report-effectiveness-column-competency = Competency type
report-effectiveness-column-ends-at = Ended
report-effectiveness-column-activities = Activities
report-effectiveness-column-registrations = Registered
report-effectiveness-column-attended = Attended
report-effectiveness-column-no-shows = No-shows
report-effectiveness-column-attendance-rate = Attendance rate
report-effectiveness-column-l1-mean = L1 mean (1–5)
report-effectiveness-column-l1-response-rate = L1 response rate
report-effectiveness-column-l3-self-mean = L3 self mean (1–5)
report-effectiveness-column-l3-supervisor-mean = L3 supervisor mean (1–5)
report-effectiveness-column-l3-gap = L3 gap (supervisor − self)
report-effectiveness-column-l3-response-rate = L3 response rate
report-effectiveness-column-note = Note
report-effectiveness-note-hidden = Means of anonymous questionnaires not shown: fewer than { $min } responses

## Reach of announcements and campaign messages: per unit and per message.

report-reach-title = Announcement reach
report-reach-table-units = By unit (messages to recipients, all announcements together)
report-reach-table-announcements = By announcement
report-reach-column-unit = Unit
report-reach-column-recipients = Recipients
report-reach-column-delivered = Delivered
report-reach-column-pending = Queued
report-reach-column-failed = Failed
report-reach-column-blocked = Blocked the bot
report-reach-column-delivered-share = % delivered
report-reach-column-ack-expected = Delivered, confirmation asked
report-reach-column-acknowledged = Confirmed
report-reach-column-ack-share = % confirmed
report-reach-column-sent-at = Sent
report-reach-column-campaign = Campaign
report-reach-column-excerpt = Message
report-reach-column-needs-ack = Confirmation asked
report-reach-column-audience = Recipients

## Change readiness (ADKAR) over time: per unit and survey round.

report-readiness-title = Change readiness (ADKAR)
report-readiness-table-units = By unit and survey
report-readiness-table-rounds = Surveys and response rates
report-readiness-overall = All units
report-readiness-others = Other units (pooled)
report-readiness-note-too-few = Not enough respondents yet (at least { $min })
report-readiness-note-excluded = { $count } respondents from small units left out to keep them anonymous
report-readiness-note-suppressed = Not shown: fewer than { $min } respondents
report-readiness-note-pooled = Units with few respondents, pooled
report-readiness-column-unit = Unit
report-readiness-column-sent-at = Sent
report-readiness-column-round = Announcement
report-readiness-column-respondents = Respondents
report-readiness-column-barrier = Barrier point
report-readiness-column-note = Note
report-readiness-column-requests = Surveyed
report-readiness-column-submitted = Answered
report-readiness-column-response-rate = Response rate
