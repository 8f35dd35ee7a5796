## Questionnaire definitions: import, export, list and the shipped defaults (admin CLI).

questionnaire-cli-description = Evaluation questionnaires: import, export, list and the shipped defaults.
questionnaire-cli-import-description = Import a questionnaire definition from a YAML or JSON file.
questionnaire-cli-export-description = Export a questionnaire as YAML or JSON (imports back unchanged).
questionnaire-cli-list-description = List every questionnaire with its versions.
questionnaire-cli-defaults-description = Install the default questionnaires (L1-REAKSI, L3-DIRI, L3-ATASAN) when missing.
questionnaire-cli-file-argument = a .yaml, .yml or .json file
questionnaire-cli-code-argument = questionnaire code, e.g. L1-REAKSI
questionnaire-cli-dry-run-option = check only, save nothing
questionnaire-cli-version-option = a given version (default: the latest)
questionnaire-cli-format-option = output format
questionnaire-cli-out-option = write to this file instead of the screen

questionnaire-file-format = file "{ $file }" not recognised: use .yaml, .yml or .json.
questionnaire-file-unreadable = file "{ $file }" cannot be read ({ $reason }).
questionnaire-import-failed = Import cancelled: { $count } problems found. Nothing was saved.
questionnaire-import-created = Questionnaire { $code } created (version { $version }).
questionnaire-import-updated = Questionnaire { $code } version { $version } updated (no answers yet).
questionnaire-import-new-version = Questionnaire { $code } has answers, so new version { $version } was created; older versions are inactive and their answers are kept.
questionnaire-import-unchanged = Questionnaire { $code } version { $version } is unchanged.
questionnaire-import-dry-run = Dry run: nothing was saved.
questionnaire-exported = Questionnaire { $code } exported to { $file }.
questionnaire-not-found = Questionnaire { $code } not found.
questionnaire-version-not-found = Questionnaire { $code } version { $version } not found.
questionnaire-version-invalid = version "{ $value }" is not valid: it must be a positive whole number.
questionnaire-list-empty = No questionnaires yet. Run "questionnaire defaults" to install the defaults.
questionnaire-list-item = { $code } · { $title } · { $level } · respondent: { $respondent } · versions { $versions } (active: { $active }) · { $questions } questions · { $responses } responses
questionnaire-list-none-active = none
questionnaire-default-created = { $code }: installed (version { $version }).
questionnaire-default-present = { $code }: already present (version { $version }), left as it is.

questionnaire-level-reaction = L1 reaction
questionnaire-level-learning = L2 learning
questionnaire-level-behaviour = L3 behaviour
questionnaire-level-pulse = pulse survey
questionnaire-respondent-participant = participant
questionnaire-respondent-supervisor = direct supervisor
questionnaire-respondent-any = anyone

## Where a problem is: a field path (list positions start at 1) or the file as a whole.
questionnaire-issue-at = { $path }: { $message }
questionnaire-issue-in-file = file: { $message }

questionnaire-issue-file-empty = the file is empty.
questionnaire-issue-syntax = the file is malformed ({ $detail }); check indentation, colons and quotes.
questionnaire-issue-shape = the file must hold one questionnaire with the fields code, title, level, respondent and questions.
questionnaire-issue-required = field "{ $field }" is required.
questionnaire-issue-unknown-field = field "{ $field }" is unknown; check its spelling.
questionnaire-issue-type = field "{ $field }" has the wrong form (expected { $expected }).
questionnaire-issue-choice = value "{ $value }" is unknown: use one of { $accepted }.
questionnaire-issue-empty = field "{ $field }" must not be empty.
questionnaire-issue-too-long = field "{ $field }" is too long (at most { $max } characters).
questionnaire-issue-too-few = list "{ $field }" is too short (at least { $min }).
questionnaire-issue-too-many = list "{ $field }" is too long (at most { $max }).
questionnaire-issue-too-small = value "{ $field }" is too small (at least { $min }).
questionnaire-issue-too-big = value "{ $field }" is too large (at most { $max }).
questionnaire-issue-code = code "{ $value }" is not valid: 1–40 letters, digits, hyphens or underscores, no spaces.
questionnaire-issue-dimension = dimension "{ $value }" is not valid: 1–40 lower-case letters, digits, hyphens or underscores.
questionnaire-issue-choice-id = choice id "{ $value }" is not valid: 1–20 lower-case letters, digits, hyphens or underscores.
questionnaire-issue-choice-ids-unique = choice ids must differ from each other.
questionnaire-issue-likert-labels = a Likert scale needs exactly 5 labels, not { $count }.
questionnaire-issue-options-not-allowed = a { $kind } question takes no options.
questionnaire-issue-max-length-not-allowed = max_length is only for free_text questions, not { $kind }.
questionnaire-issue-invalid = field "{ $field }" is not valid.
