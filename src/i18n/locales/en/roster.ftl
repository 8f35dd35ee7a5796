## Roster import, demo data, roles and the admin CLI.

## One problem in a roster file. $line is the CSV line (the header is line 1).
roster-issue-at-line = line { $line }: { $message }
roster-warning-at-line = line { $line } (warning): { $message }

## The file as a whole.
roster-issue-file-empty = the file holds no employee rows (only a header, or nothing).
roster-issue-csv-syntax = broken CSV here ({ $detail }); look for a quote that is never closed.
roster-issue-missing-column = required column "{ $column }" is missing from the header.
roster-issue-duplicate-column = column "{ $column }" appears more than once in the header.
roster-issue-column-count = { $actual } columns, but the header has { $expected }.

## Fields of one row.
roster-issue-nip-length = NIP { $nip } is invalid: it must have 18 digits.
roster-issue-nip-digits = NIP { $nip } is invalid: digits only.
roster-issue-nip-birth-date = NIP { $nip } is invalid: the birth date (first 8 digits) is not a possible date.
roster-issue-nip-appointment = NIP { $nip } is invalid: the CPNS appointment month (digits 9–14) makes no sense (bad month, in the future, or younger than 17 at appointment).
roster-issue-nip-gender = NIP { $nip } is invalid: digit 15 (gender) must be 1 or 2.
roster-issue-nip-sequence = NIP { $nip } is invalid: the sequence number (last 3 digits) cannot be 000.
roster-issue-required = column "{ $column }" is required.
roster-issue-too-long = column "{ $column }" is too long (at most { $max } characters).
roster-issue-unit-code = unit code "{ $value }" in column "{ $column }" is invalid: use letters, digits, dots, dashes or underscores, no spaces.
roster-issue-position-type = unknown position type "{ $value }": use struktural, fungsional or pelaksana.
roster-issue-employment-type = unknown employment type "{ $value }": use PNS or PPPK.
roster-issue-grade = grade "{ $value }" does not fit { $employmentType }: PNS use I/a to IV/e, PPPK use I to XVII.
roster-issue-phone = phone number "{ $value }" is invalid: use an Indonesian number such as 0812-3456-7890.
roster-issue-email = e-mail address "{ $value }" is invalid.

## Rows against each other and the database.
roster-issue-duplicate-nip = NIP { $nip } is already used on line { $firstLine }.
roster-issue-duplicate-phone = phone number { $phone } is already used by { $otherNip } on line { $otherLine }; every active employee needs their own number.
roster-issue-unit-conflict = unit { $code } has a different "{ $column }": "{ $value }" here, "{ $firstValue }" on line { $firstLine }.
roster-issue-unit-parent-unknown = parent unit { $parentCode } of unit { $code } is neither in the file nor in the database.
roster-issue-unit-parent-self = unit { $code } cannot be its own parent.
roster-issue-unit-parent-cycle = the unit parents go round in a loop: { $codes }.
roster-issue-supervisor-unknown = supervisor NIP { $supervisorNip } of { $nip } is neither in the file nor an active employee.
roster-issue-supervisor-inactive = supervisor { $supervisorNip } of { $nip } is inactive.
roster-issue-supervisor-self = employee { $nip } cannot be their own supervisor.
roster-issue-supervisor-cycle = the supervisor chain goes round in a loop: { $nips }.
roster-issue-supervisor-not-in-file = supervisor { $supervisorNip } of { $nip } is not in the file, so this import will deactivate them.

## Results.
roster-import-ok = Import done: { $rows } rows processed.
roster-import-dry-run-ok = Dry run done: { $rows } valid rows. Nothing was saved.
roster-import-failed = Found { $count ->
    [one] one problem
   *[other] { $count } problems
}. Nothing was saved; fix the file and import it again.
roster-summary-units = Units: { $created } new, { $updated } updated, { $unchanged } unchanged.
roster-summary-employees = Employees: { $created } new, { $updated } updated, { $unchanged } unchanged, { $deactivated } deactivated.
roster-file-unreadable = Cannot read file { $file }: { $reason }

## Demo data.
roster-demo-loaded = FICTIONAL demo data loaded: { $employees } employees in { $units } units, with admin and leader roles.
roster-demo-skipped = Demo data not loaded: the employee table already has data.

## Roles.
roster-role-name-admin = admin
roster-role-name-leader = leader
roster-role-scope-district = whole district
roster-role-scope-unit = unit { $unit }
roster-role-granted = Granted { $role } ({ $scope }) to { $name } ({ $nip }).
roster-role-unchanged = { $name } ({ $nip }) already has { $role } ({ $scope }).
roster-role-revoked = Revoked { $role } from NIP { $nip }.
roster-role-not-held = NIP { $nip } does not have the { $role } role.
roster-role-list-empty = No roles granted yet.
roster-role-list-item = { $role } · { $name } ({ $nip }) · { $scope } · by { $grantedBy }
roster-role-list-inactive = (inactive employee)
roster-role-invalid = Unknown role "{ $value }": use admin or leader.
roster-role-error-unknown-nip = No employee with NIP { $nip }.
roster-role-error-inactive-employee = The employee with NIP { $nip } is inactive.
roster-role-error-unknown-unit = No unit with code { $unitCode }.
roster-role-error-unit-not-for-admin = The admin role covers the whole district; --unit is only for the leader role.

## Migrations.
roster-migrate-applied = Applied migration: { $name }
roster-migrate-up-to-date = Database is up to date ({ $count ->
    [one] one migration
   *[other] { $count } migrations
} already applied).

## The admin CLI.
roster-cli-description = Admin tool for Pembinaan ASN, Pemerintah Kabupaten Tebo.
roster-cli-lang-option = output language: id or en
roster-cli-migrate-description = Apply pending database migrations.
roster-cli-roster-description = Manage the employee roster.
roster-cli-roster-import-description = Import the roster from a CSV file (upsert by NIP).
roster-cli-roster-file-argument = roster CSV file
roster-cli-dry-run-option = only check and count the changes, save nothing
roster-cli-demo-description = Fictional demo data.
roster-cli-demo-load-description = Load the fictional demo data (only into an empty employee table).
roster-cli-role-description = Manage admin and leader roles.
roster-cli-role-grant-description = Grant a role to an employee.
roster-cli-role-revoke-description = Revoke a role from an employee.
roster-cli-role-list-description = List every granted role.
roster-cli-nip-argument = the employee's NIP (18 digits)
roster-cli-role-argument = role: admin or leader
roster-cli-unit-option = scope the leader role to this unit (unit code)
roster-cli-help-option = display help for command
roster-cli-help-command = display help for a command
roster-cli-failed = Failed: { $message }
roster-demo-activities-loaded = FICTIONAL demo activities and partners loaded, dated around today.
roster-demo-activities-skipped = Demo activities not loaded: there are activities already.
roster-cli-demo-roster-only-option = Load the demo staff only, without the demo activities and partners
