## The admin CLI's `report` command: reports written to XLSX, CSV or PNG files.

reports-cli-description = Write a report to files: XLSX (every table), CSV (one file per table) or PNG (the charts).
reports-cli-kind-argument = the report: jp, effectiveness, reach, readiness or partners
reports-cli-year-option = calendar year (default: this year)
reports-cli-from-option = first day YYYY-MM-DD (with --to)
reports-cli-to-option = last day YYYY-MM-DD, included
reports-cli-unit-option = only this unit and the units below it (unit code)
reports-cli-out-option = the file to write; its extension decides the format: .xlsx, .csv or .png
reports-cli-unknown-kind = Unknown report "{ $kind }". Choose one of: jp, effectiveness, reach, readiness, partners.
reports-cli-period-conflict = Use --year, or --from with --to, not both.
reports-cli-range-incomplete = --from and --to go together.
reports-cli-unknown-unit = Unit { $code } was not found.
reports-cli-bad-out = Unknown file format for { $path }. End the file name with .xlsx, .csv or .png.
reports-cli-heading = { $title } · { $scope }
reports-cli-written-xlsx = Written: { $path } ({ $sheets } sheets)
reports-cli-written-csv = Written: { $path } ({ $rows } rows)
reports-cli-written-png = Written: { $path } · { $caption }
