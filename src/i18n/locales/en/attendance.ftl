attendance-ask-code = Type the attendance code the organisers announced, for example <code>TBO-7K2M</code>.
    Type /batal to stop.
attendance-checked-in = ✅ Your attendance at <b>{ $title }</b> was recorded at { $time }. Enjoy the activity!
attendance-already = 👍 Your attendance at <b>{ $title }</b> was already recorded. There is no need to send the code again.
attendance-wrong-code = ❌ That attendance code does not match any activity. Please check it (case, spaces and dashes do not matter).
attendance-wrong-code-again = ❌ That attendance code does not match any activity. Check it and type it again, or /batal.
attendance-too-early = ⏳ Check-in for <b>{ $title }</b> is not open yet. Please send the code again from { $time }.
attendance-too-late = ⌛ Check-in for <b>{ $title }</b> has closed ({ $time }). If you attended, please ask the organisers to record your attendance.
attendance-not-registered = This code is for <b>{ $title }</b>, but you are not registered as a participant, so your attendance cannot be recorded. Please speak to the organisers there.
attendance-not-registered-waitlisted = This code is for <b>{ $title }</b>. You are still on the waiting list without a seat, so your attendance cannot be recorded. Please speak to the organisers there.
attendance-not-registered-pending = This code is for <b>{ $title }</b>. Your registration is still waiting for your supervisor's approval, so your attendance cannot be recorded. Please speak to the organisers there.
attendance-locked = 🔒 Too many wrong attendance codes. For your security, try again after { $time }.
attendance-cancelled = Check-in cancelled. Type /hadir whenever you want to try again.
attendance-in-progress-command = You are checking in. Type the attendance code, or /batal to stop.

attendance-cli-description = Participants' attendance
attendance-cli-mark-description = Mark participants as attended from a list of NIPs (a CSV file with a nip column)
attendance-cli-activity-argument = activity code, e.g. PLT-2026-01
attendance-cli-file-argument = CSV file with a nip column
attendance-cli-dry-run-option = only check the file, save nothing
attendance-cli-file-unreadable = Cannot read { $file } ({ $reason }).
attendance-mark-issue = line { $line }: { $message }
attendance-mark-failed = { $count } problem(s) found; nothing was saved.
attendance-mark-ok = { $count } participant(s) of { $title } ({ $code }) marked as attended.
attendance-mark-dry-run-ok = The file is valid: { $count } participant(s) of { $title } ({ $code }) would be marked as attended. This was a dry run; nothing was saved.
attendance-mark-activity-not-found = Activity { $code } not found.
attendance-mark-activity-not-open = Activity { $code } is { $status }; attendance can only be recorded for published or completed activities.
attendance-mark-activity-not-started = Activity { $code } has not started; attendance can be recorded from { $time }.
attendance-csv-issue-bad-nip = NIP "{ $nip }" is not valid (it must be 18 digits)
attendance-csv-issue-unknown-nip = NIP { $nip } is not in the civil servant roster
attendance-csv-issue-duplicate-nip = NIP { $nip } is already listed on line { $first }
attendance-csv-issue-not-registered = { $name } (NIP { $nip }) is not registered as a participant{ $status ->
        [WAITLISTED] {" "}(still on the waiting list)
        [PENDING_APPROVAL] {" "}(still waiting for the supervisor's approval)
        [CANCELLED] {" "}(registration cancelled)
        [REJECTED] {" "}(registration rejected)
       *[other] {""}
    }
attendance-csv-issue-already-attended = { $name } (NIP { $nip }) is already recorded as attended
attendance-csv-issue-file-empty = the file is empty
attendance-csv-issue-csv-syntax = the CSV cannot be read ({ $detail })
attendance-csv-issue-missing-column = the header has no "{ $column }" column
attendance-csv-issue-duplicate-column = column "{ $column }" appears more than once
attendance-csv-issue-column-count = this line has { $actual } columns instead of { $expected }
attendance-csv-issue-no-rows = no data lines, only the header

attendance-cli-jobs-description = Scheduled jobs (reminders, approval escalation, activity completion, ...)
attendance-cli-jobs-list-description = List the scheduled jobs and when they run
attendance-cli-jobs-run-description = Run one scheduled job once, right now (even when another process is the scheduler leader)
attendance-cli-jobs-name-argument = job name, e.g. activity-reminders
attendance-jobs-list-item = • { $name } (cron { $cron }, time zone { $timezone })
attendance-jobs-unknown = Unknown job "{ $name }". Known jobs: { $names }.
attendance-jobs-done = Job { $name } finished ({ $ms } ms).
attendance-jobs-outcome = • { $key }: { $value }
attendance-jobs-failed = Job { $name } failed: { $message }
attendance-jobs-skipped = Job { $name } was not run: the same job is still running.
