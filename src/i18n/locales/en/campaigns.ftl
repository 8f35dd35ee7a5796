## Recurring socialisation campaigns: schedules in words, schedule problems, the service's answers and the admin CLI.

## A schedule in words. $time is the local time with its zone ("08:00 WIB").
campaign-schedule-hourly = every hour at minute { $minute }
campaign-schedule-daily = every day at { $time }
campaign-schedule-weekdays = every weekday (Monday–Friday) at { $time }
campaign-schedule-weekly = every { $days } at { $time }
campaign-schedule-monthly = on day { $day } of every month at { $time }
campaign-schedule-other = cron schedule "{ $expression }"; next { $next }
campaign-schedule-no-next = none
campaign-schedule-and = and
campaign-weekday-0 = Sunday
campaign-weekday-1 = Monday
campaign-weekday-2 = Tuesday
campaign-weekday-3 = Wednesday
campaign-weekday-4 = Thursday
campaign-weekday-5 = Friday
campaign-weekday-6 = Saturday

## What is wrong with a schedule.
campaign-cron-empty = The schedule is empty. Write five parts: minute hour day month weekday, for example "0 8 * * 1" (every Monday at 08:00).
campaign-cron-field-count = A cron schedule has 5 parts (minute hour day month weekday), not { $count }. Example: "0 8 * * 1" means every Monday at 08:00.
campaign-cron-field = Part { $position } ({ $field }) is "{ $value }", which is not valid. Use a number { $min }–{ $max }{ $kind ->
    [month] {" "}or a month abbreviation (jan–dec)
    [day-of-week] {" "}(0 and 7 = Sunday) or a day abbreviation (sun–sat)
   *[other] {""}
}, "*" for all, a list "1,3", a range "1-5" or a step "*/2".
campaign-cron-field-minute = minute
campaign-cron-field-hour = hour
campaign-cron-field-day-of-month = day of month
campaign-cron-field-month = month
campaign-cron-field-day-of-week = weekday
campaign-cron-never = This schedule never happens (for example 30 February). Check the day and the month.
campaign-cron-too-frequent = This schedule runs { $count } times an hour. A socialisation campaign is sent at most once an hour: put a single number in the minute part, for example "0 8 * * 1".
campaign-cron-time = The time "{ $value }" is not valid: write it like 08:00 (00:00–23:59).
campaign-cron-weekday = The day "{ $value }" is not valid: choose Monday to Sunday.
campaign-schedule-unreadable = unreadable schedule

## Campaigns listed and shown.
campaign-status-active = active
campaign-status-paused = paused
campaign-status-ended = ended
campaign-list-empty = No campaigns yet.
campaign-list-item = #{ $id } · { $status } · { $name } · { $schedule } · { $sent } of { $total } messages sent · next: { $next } · by { $author }
campaign-detail-title = Campaign #{ $id } "{ $name }" ({ $status })
campaign-detail-author = Author: { $author }
campaign-detail-schedule = Schedule: { $schedule } (cron "{ $cron }")
campaign-detail-audience = Audience: { $audience }
campaign-detail-ack-yes = Read confirmation: yes
campaign-detail-ack-no = Read confirmation: no
campaign-detail-progress = Progress: { $sent } of { $total } messages sent
campaign-detail-next = Next: message { $position } of { $total }, { $when }
campaign-detail-paused = Next: nothing while the campaign is paused; once resumed, the next message goes at the next scheduled time (missed times are not made up).
campaign-detail-messages = Messages:
campaign-detail-message = { $position }. { $excerpt } — { $state }{ $pulse }
campaign-detail-message-sent = sent { $when }
campaign-detail-message-waiting = not sent yet
campaign-detail-message-pulse = {" "}· with the readiness pulse
campaign-audience-unreadable = (unreadable)
campaign-audience-all = all ASN
campaign-audience-supervisors = direct supervisors
campaign-audience-leaders = leaders
campaign-audience-admins = admins
campaign-audience-units = units { $units } (with their sub-units)

## Why a campaign could not be created or changed.
campaign-error-not-allowed = Sorry, only leaders or admins can create campaigns, and only the author or an admin can change one. Nothing was sent or changed.
campaign-error-not-found = Campaign not found.
campaign-error-ended = This campaign has ended and can no longer be changed.
campaign-error-name = A campaign needs a name of at most 120 characters.
campaign-error-no-messages = A campaign needs at least one message.
campaign-error-too-many-messages = A campaign holds at most 100 messages.
campaign-error-unknown-pulse = The chosen readiness pulse was not found or is not a pulse questionnaire.
campaign-error-audience = The audience names units that do not exist or are outside your remit.
campaign-error-unknown-author = There is no active employee with NIP { $nip }.
campaign-error-content = Message { $position }: { $problem }
campaign-content-empty-body = the text is empty.
campaign-content-body-too-long = the text is too long (at most 4096 characters).
campaign-content-bad-media = the attachment is not valid.
campaign-content-bad-link-text = the link text is required, at most 64 characters.
campaign-content-bad-link-url = the link address must start with http:// or https:// and name a domain.

## Problems in a campaign file. Where: a field path (list positions start at 1) or the file as a whole.
campaign-file-at = { $path }: { $message }
campaign-file-in-file = file: { $message }
campaign-file-file-empty = the file is empty.
campaign-file-syntax = broken YAML at line { $line } ({ $detail }); check the indentation, colons and quotes.
campaign-file-shape = the file must hold one campaign with the fields name, cron, audience and messages.
campaign-file-required = the field "{ $field }" is required.
campaign-file-unknown-field = the field "{ $field }" is not known; check its spelling.
campaign-file-type = the field "{ $field }" has the wrong form (expected { $expected }).
campaign-file-empty = the field "{ $field }" must not be empty.
campaign-file-too-long = the field "{ $field }" is too long (at most { $max } characters).
campaign-file-too-few = the list "{ $field }" is too short (at least { $min }).
campaign-file-too-many = the list "{ $field }" is too long (at most { $max }).
campaign-file-code = the code "{ $value }" is not valid: 1–40 letters, digits, hyphens or underscores.
campaign-file-url = the address "{ $value }" is not valid: it must start with http:// or https:// and name a domain.
campaign-file-audience = the audience "{ $value }" is not known: use all, supervisors, {"{"} units: [UNIT-CODE] {"}"} or {"{"} role: leader {"}"}.
campaign-file-role = the role "{ $value }" is not known: use leader or admin.
campaign-file-html-tag = the tag <{ $tag }> is not supported by Telegram; use b, i, u, s, a, code, pre or blockquote, and new lines instead of <br> or <p>.
campaign-file-html-unclosed = the tag <{ $tag }> is not closed properly.
campaign-file-html-char = a "{ $char }" must be written as { $entity } when it is not part of a tag.
campaign-file-unknown-unit = the unit "{ $value }" is not in the roster.
campaign-file-unknown-pulse = the survey "{ $value }" was not found or is not a pulse questionnaire (level pulse).
campaign-file-invalid = the field "{ $field }" is not valid.

## Admin CLI.
campaign-cli-description = Recurring socialisation campaigns: import, list, details, pause, resume, end, and cron schedules explained.
campaign-cli-import-description = Create a campaign from a YAML file.
campaign-cli-file-argument = campaign .yaml file
campaign-cli-author-option = NIP of the leader or admin who authors the campaign
campaign-cli-list-description = List every campaign.
campaign-cli-show-description = Show one campaign in detail.
campaign-cli-id-argument = campaign number
campaign-cli-id-invalid = campaign number "{ $value }" is not valid.
campaign-cli-pause-description = Pause a campaign.
campaign-cli-resume-description = Resume a paused campaign (missed times are not made up).
campaign-cli-end-description = End a campaign; messages not yet sent will never be sent.
campaign-cli-explain-description = Check a cron schedule and explain it in words.
campaign-cli-cron-argument = a five-part cron schedule, for example "0 8 * * 1"
campaign-file-unreadable = the file "{ $file }" cannot be read ({ $reason }).
campaign-import-failed = Import cancelled: { $count } problems found. Nothing was saved.
campaign-imported = Campaign #{ $id } "{ $name }" created: { $count } messages, { $schedule }.
campaign-imported-first = First message: { $when }.
campaign-explain-next = Next: { $when }.
campaign-pause-done = Campaign #{ $id } paused.
campaign-pause-unchanged = Campaign #{ $id } is already paused.
campaign-resume-done = Campaign #{ $id } resumed; the next message goes at the next scheduled time.
campaign-resume-unchanged = Campaign #{ $id } is already active.
campaign-end-done = Campaign #{ $id } ended.
campaign-end-unchanged = Campaign #{ $id } has already ended.
