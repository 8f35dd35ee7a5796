## Report contents (tables, column headers, scope lines) shared by chat, CLI, CSV, XLSX and charts.
## One section per report; keys start with report-<report>-. The chat hub's own texts are in reports.ftl.

## Common: the period and the unit a report covers, and why a request is refused.

report-period-year = Year { $year }
report-period-range = { $from } – { $to }
report-scope-district = Whole district
report-scope-unit = { $unit } (and sub-units)
report-scope-team = { $name }'s team
report-period-error-bad-year = That year is not valid. Write it with four digits, for example 2026.
report-period-error-bad-date = That date is not valid. Write dates like 2026-03-31 or 31/3/2026.
report-period-error-from-after-to = The start date must be on or before the end date.
report-period-error-range-too-long = A date range may be at most 5 years long.
report-access-error-not-allowed = Sorry, you may not see this report.
report-access-error-outside-scope = Sorry, that unit is outside your scope.
report-access-error-unknown-unit = That unit was not found.
report-yes = yes
report-no = no

## JP compliance (jp-compliance.ts): JP in the period against the target, per unit and per employee.

report-jp-title = { $target } JP compliance
report-jp-table-units = By unit
report-jp-table-employees = By employee
report-jp-table-behind = { $count } employees furthest behind
report-jp-column-unit-code = Unit code
report-jp-column-unit = Unit
report-jp-column-employees = Employees
report-jp-column-jp-total = JP
report-jp-column-jp-mean = Mean JP per employee
report-jp-column-teknis = Technical JP
report-jp-column-manajerial = Managerial JP
report-jp-column-sosial-kultural = Socio-cultural JP
report-jp-column-reached = Reached { $target } JP
report-jp-column-reached-share = Share reaching the target
report-jp-column-nip = NIP
report-jp-column-name = Name
report-jp-column-reached-target = Reached the target
report-jp-column-shortfall = JP short

## Participation by partner (partners.ts): what each university, NGO or institute delivered.

report-partners-title = Participation by partner
report-partners-table-partners = By partner
report-partners-table-activities = By partner activity
report-partners-column-partner = Partner
report-partners-column-kind = Kind of partner
report-partners-column-activities = Activities
report-partners-column-participants = Participants
report-partners-column-jp-delivered = JP delivered
report-partners-column-l1-mean = Mean L1 (1–5)
report-partners-column-code = Activity code
report-partners-column-title = Activity title
report-partners-column-ends-at = End date
report-partners-column-l1-responses = L1 respondents
report-partners-kind-university = university
report-partners-kind-ngo = non-governmental organisation
report-partners-kind-training-institute = training institute
report-partners-kind-government = government agency
report-partners-kind-private = private company
