## Activities and partners, the admin side: import files, lifecycle, the admin CLI.

## Where a problem is: a CSV line, a YAML item (its position in the list) or the file as a whole.
activity-admin-location-line = line { $line }
activity-admin-location-item = activity { $line }
activity-admin-issue-at = { $where }: { $message }
activity-admin-warning-at = { $where } (warning): { $message }
activity-admin-issue-in-file = file: { $message }
activity-admin-warning-in-file = file (warning): { $message }

## The file as a whole.
activity-admin-issue-file-empty = the file holds no data (only a header, or nothing).
activity-admin-issue-csv-syntax = broken CSV here ({ $detail }); look for a quote that is never closed.
activity-admin-issue-yaml-syntax = broken YAML on line { $sourceLine } ({ $detail }); check the indentation and colons.
activity-admin-issue-yaml-shape = a YAML file must hold an "activities:" list (or just a list) with one entry per activity.
activity-admin-issue-missing-column = required column "{ $column }" is missing from the header.
activity-admin-issue-duplicate-column = column "{ $column }" appears more than once in the header.
activity-admin-issue-column-count = { $actual } columns, but the header has { $expected }.

## The shape of one YAML item.
activity-admin-issue-item-shape = this entry is not an activity (it must hold name: value pairs, such as code: ...).
activity-admin-issue-unknown-field = unknown field "{ $field }"; check the spelling.
activity-admin-issue-field-type = field "{ $field }" has the wrong shape (for example a list where one value is expected).

## Fields of one row or item.
activity-admin-issue-required = column "{ $column }" is required.
activity-admin-issue-too-long = column "{ $column }" is too long (at most { $max } characters).
activity-admin-issue-code = activity code "{ $value }" is invalid: use letters, digits, dots, dashes or underscores, no spaces.
activity-admin-issue-kind = unknown activity kind "{ $value }": use one of { $accepted }.
activity-admin-issue-competency-type = unknown competency type "{ $value }": use teknis, manajerial or sosial_kultural.
activity-admin-issue-jp = JP "{ $value }" is invalid: it must be a whole number from 1 to { $max }.
activity-admin-issue-date-time = time "{ $value }" in column "{ $column }" is invalid: write it like 2026-12-14 08:00 (local time) or as ISO with an offset.
activity-admin-issue-capacity = capacity "{ $value }" is invalid: it must be a positive whole number, or empty for unlimited.
activity-admin-issue-url = online link "{ $value }" is invalid: it must be a full address starting with https:// or http://.
activity-admin-issue-boolean = unknown value "{ $value }" in column "{ $column }": use ya/tidak or yes/no.
activity-admin-issue-status = status "{ $value }" cannot be imported: use draft or published (cancelling and completing have their own commands).
activity-admin-issue-attendance-code = attendance code "{ $value }" is invalid: 4–20 letters, digits or dashes.
activity-admin-issue-audience-grade = unknown audience grade "{ $value }": PNS use I/a to IV/e, PPPK use I to XVII.
activity-admin-issue-audience-position-type = unknown audience position type "{ $value }": use struktural, fungsional or pelaksana.
activity-admin-issue-speaker = cannot read speaker "{ $value }": write Name (Institution), separated by semicolons.
activity-admin-issue-speaker-role = unknown role "{ $value }" for { $name }: use narasumber or fasilitator.
activity-admin-issue-partner-kind = unknown partner kind "{ $value }": use one of { $accepted }.
activity-admin-issue-phone = phone number "{ $value }" is invalid: use an Indonesian number such as 0812-3456-7890.
activity-admin-issue-email = e-mail address "{ $value }" is invalid.

## Fields of one activity against each other.
activity-admin-issue-ends-before-start = the activity must end after it starts (starts { $startsAt }, ends { $endsAt }).
activity-admin-issue-registration-window-order = registration must open before it closes (opens { $opensAt }, closes { $closesAt }).
activity-admin-issue-registration-closes-after-start = registration closes { $closesAt }, after the activity starts { $startsAt }.
activity-admin-issue-registration-opens-after-start = registration opens { $opensAt }, not before the activity starts { $startsAt }.

## Items against each other and the database.
activity-admin-issue-duplicate-code = activity code { $code } is already used on { $first }.
activity-admin-issue-duplicate-partner = partner "{ $name }" is already on { $first }.
activity-admin-issue-duplicate-attendance-code = attendance code { $attendanceCode } is already used on { $first }.
activity-admin-issue-attendance-code-taken = attendance code { $attendanceCode } is already used by activity { $otherCode }.
activity-admin-issue-partner-unknown = partner "{ $partner }" is not registered; import the partner file first (partner import).
activity-admin-issue-audience-unit-unknown = audience unit code "{ $unit }" is not in the unit table.
activity-admin-issue-activity-closed = activity { $code } is { $status } and cannot be changed by an import.
activity-admin-issue-capacity-below-registered = the capacity of { $code } becomes { $capacity } while { $registered } people are already registered; nobody is removed.

## An activity's evaluation rules (YAML "evaluations:").
activity-admin-issue-evaluation-respondent = evaluation respondent "{ $value }" is unknown: use { $accepted }.
activity-admin-issue-evaluation-questionnaire = evaluation questionnaire "{ $value }" does not exist or has no active version (see questionnaire list).
activity-admin-issue-evaluation-pulse = questionnaire "{ $value }" is a pulse survey, not an activity evaluation.
activity-admin-issue-evaluation-respondent-mismatch = questionnaire "{ $value }" can only be answered by { $accepted }.
activity-admin-issue-evaluation-days-after-end = days_after_end "{ $value }" is not valid: it must be a whole number from 0 to { $max }.
activity-admin-issue-evaluation-due-days = due_days "{ $value }" is not valid: it must be a whole number from 1 to { $max }.
activity-admin-issue-evaluation-overdue = the due date of questionnaire "{ $value }" has already passed, so its requests would be overdue at once; raise days_after_end.
activity-admin-issue-evaluation-duplicate = questionnaire "{ $value }" is listed more than once for the same respondent.
activity-admin-issue-evaluation-rules-changed = the evaluation rules of { $code } are taken from the file; evaluation requests already created do not change.

## Import results.
activity-admin-import-ok = Activity import done: { $items } activities processed.
activity-admin-import-dry-run-ok = Dry run done: { $items } valid activities. Nothing was saved.
activity-admin-import-failed = Found { $count ->
    [one] one problem
   *[other] { $count } problems
}. Nothing was saved; fix the file and import it again.
activity-admin-summary = Activities: { $created } new, { $updated } updated, { $unchanged } unchanged.
activity-admin-summary-published = Published: { $codes }.
activity-admin-summary-schedule-changed = Note: the schedule of published activities changed: { $codes }. Tell the people who registered.
activity-admin-partner-import-ok = Partner import done: { $rows } rows processed.
activity-admin-partner-import-dry-run-ok = Dry run done: { $rows } valid partner rows. Nothing was saved.
activity-admin-partner-summary = Partners: { $created } new, { $updated } updated, { $unchanged } unchanged.
activity-admin-file-unreadable = Cannot read file { $file }: { $reason }
activity-admin-file-format = Unknown kind of file { $file }: use the extension .csv, .yaml or .yml.

## Names.
activity-admin-status-draft = draft
activity-admin-status-published = published
activity-admin-status-cancelled = cancelled
activity-admin-status-completed = completed
activity-admin-partner-kind-university = university
activity-admin-partner-kind-ngo = NGO
activity-admin-partner-kind-training_institute = training institute
activity-admin-partner-kind-government = government
activity-admin-partner-kind-private = private

## Lists.
activity-admin-partner-list-empty = No partners yet. Import them with: partner import <file.csv>
activity-admin-partner-list-item = { $name } · { $kind } · contact: { $contact } · { $activities } activities
activity-admin-partner-no-contact = -
activity-admin-list-empty = No activities.
activity-admin-list-item = { $code } · { $title } · { $when } · filled { $fill } · waiting list { $waitlist } · awaiting approval { $pending } · { $status }
activity-admin-list-fill-unlimited = { $registered } (unlimited)
activity-admin-status-invalid = Unknown status "{ $value }": use draft, published, cancelled or completed.

## Lifecycle.
activity-admin-published = Published { $code } ({ $title }). Attendance code: { $attendanceCode }
activity-admin-already-published = { $code } is already published. Attendance code: { $attendanceCode }
activity-admin-completed = Marked { $code } ({ $title }) as completed.
activity-admin-already-completed = { $code } is already completed.
activity-admin-cancelled = Cancelled { $code } ({ $title }). { $count } registrations were cancelled with it.
activity-admin-already-cancelled = { $code } was already cancelled.
activity-admin-error-not-found = No activity with code { $code }.
activity-admin-error-invalid-transition = { $code } is { $from }, so it cannot become { $to }.
activity-admin-error-not-started = { $code } has not started yet, so it cannot be marked completed.

## The admin CLI.
activity-admin-cli-partner-description = Manage partner institutions (universities, training institutes, ...).
activity-admin-cli-partner-import-description = Import partners from a CSV file (updated by name).
activity-admin-cli-partner-file-argument = partner CSV file
activity-admin-cli-partner-list-description = List every partner.
activity-admin-cli-activity-description = Manage competency development activities.
activity-admin-cli-activity-import-description = Import activities from a YAML or CSV file (updated by code).
activity-admin-cli-activity-file-argument = activity file (.yaml, .yml or .csv)
activity-admin-cli-activity-list-description = List activities with their registration counts.
activity-admin-cli-status-option = only activities with this status: draft, published, cancelled or completed
activity-admin-cli-activity-publish-description = Publish an activity so people can register.
activity-admin-cli-activity-cancel-description = Cancel an activity and all its registrations.
activity-admin-cli-reason-option = reason for the cancellation
activity-admin-cli-activity-complete-description = Mark an activity as completed.
activity-admin-cli-code-argument = activity code
activity-admin-cli-dry-run-option = check and count the changes only, without saving
