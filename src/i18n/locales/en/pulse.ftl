## Change-readiness pulse (ADKAR): results for leaders, the invitation, and the admin CLI.

pulse-heading = 📊 Change readiness (ADKAR)
pulse-round = Survey: { $title } · announcement #{ $id } · sent { $date }
pulse-round-unsent = Survey: { $title } · announcement #{ $id }
pulse-scope-district = Scope: every unit
pulse-scope-unit = Scope: { $unit } and the units below it
pulse-response-rate = Response rate: { $submitted }/{ $requests } ({ $rate })
pulse-rules = Barrier = the first stage in the order A → D → K → A → R whose mean is below { $threshold } (scale 1–5). Units with fewer than { $min } respondents are not shown separately.
pulse-previous = Trend compared with the previous survey: announcement #{ $id } ({ $date }).
pulse-previous-none = No previous survey yet to show a trend.

pulse-overall = Overall · { $count } respondents
pulse-unit = { $unit } · { $count } respondents
pulse-others = Other units (small units combined) · { $count } respondents
pulse-barrier = Barrier: { $dimension }
pulse-barrier-none = No barrier: every stage is { $threshold } or higher.
pulse-trend = Trend: { $trend }
pulse-trend-unavailable = Trend: nothing to compare with in the previous survey.
pulse-suppressed = Not shown separately (fewer than { $min } respondents): { $units }
pulse-excluded = { $count } respondents from small units are left out of the overall figures to keep their answers anonymous.
pulse-too-few = Not enough respondents yet to show results (at least { $min }).
pulse-no-responses = No answers yet.

pulse-letter-awareness = A
pulse-letter-desire = D
pulse-letter-knowledge = K
pulse-letter-ability = A
pulse-letter-reinforcement = R
pulse-dimension-awareness = Awareness
pulse-dimension-desire = Desire
pulse-dimension-knowledge = Knowledge
pulse-dimension-ability = Ability
pulse-dimension-reinforcement = Reinforcement

pulse-not-allowed = Sorry, change-readiness results are for leaders and admins only.
pulse-no-round = No change-readiness survey has been sent within your scope yet.
pulse-not-found = No change-readiness survey found for announcement #{ $id } within your scope.

pulse-invitation = <b>Change-readiness survey</b>

    We would like to know how ready we are to carry out the changes in the way our local government works. The survey has 10 short statements and takes about 2 minutes.

    Press the button below to answer. Thank you for taking part.
pulse-invitation-anonymous = <b>Change-readiness survey</b>

    We would like to know how ready we are to carry out the changes in the way our local government works. The survey has 10 short statements and takes about 2 minutes.

    🔒 This survey is anonymous: your answers are not linked to your name or NIP. Results are only shown per unit.

    Press the button below to answer. Thank you for taking part.

pulse-cli-description = Change-readiness pulse (ADKAR): results and sending.
pulse-cli-results-description = Show the change-readiness results per unit.
pulse-cli-list-description = List the change-readiness surveys sent so far.
pulse-cli-send-description = Send a change-readiness survey on its own.
pulse-cli-announcement-option = announcement number (default: the latest survey)
pulse-cli-unit-option = limit to this unit and the units below it (unit code)
pulse-cli-author-option = NIP of the leader or admin who sends it
pulse-cli-units-option = target unit codes, comma-separated (with the units below them)
pulse-cli-all-option = send to every employee within the sender's scope
pulse-cli-at-option = local sending time "YYYY-MM-DD HH:MM" (default: now)
pulse-cli-questionnaire-option = questionnaire code (default: PULSE-ADKAR)
pulse-cli-unknown-unit = Unit { $code } not found.
pulse-cli-bad-announcement = Invalid announcement number: { $value }
pulse-cli-bad-time = Invalid time: { $value }. Use "YYYY-MM-DD HH:MM" local time.
pulse-cli-unknown-author = No employee with NIP { $nip }.
pulse-cli-audience-needed = Give the audience with --units <code,...> or --all.
pulse-cli-sent = Change-readiness survey sent as announcement #{ $id } to { $count } recipients.
pulse-cli-scheduled = Change-readiness survey scheduled as announcement #{ $id } for { $count } recipients on { $date }.
pulse-send-error-not-allowed = Survey not sent: only leaders and admins may send surveys.
pulse-send-error-empty-audience = Survey not sent: no target unit given.
pulse-send-error-unknown-unit = Survey not sent: a target unit is unknown.
pulse-send-error-outside-scope = Survey not sent: a target unit is outside the sender's scope.
pulse-send-error-no-recipients = Survey not sent: no active employees in that audience.
pulse-send-error-unknown-pulse = Survey not sent: no active pulse questionnaire with that code.
pulse-send-error-time-in-past = Survey not sent: the sending time has passed.
pulse-send-error-invalid = Survey not sent: the invitation is not valid ({ $code }).
pulse-list-line = #{ $id } · { $code } · { $date } · { $submitted }/{ $requests } answered
pulse-list-unsent = not sent yet
pulse-list-none = No change-readiness survey has been sent yet.
