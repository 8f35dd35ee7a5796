## Evaluation rules per activity: which questionnaire goes to whom and when (admin CLI).

evaluation-rules-cli-group-description = An activity's evaluation results, who has not answered, and its evaluation rules.
evaluation-rules-cli-rules-description = Show an activity's evaluation rules: which questionnaire, for whom and when.
evaluation-rules-cli-rule-description = Change an activity's evaluation rules.
evaluation-rules-cli-set-description = Add or replace the rule for one questionnaire (for an activity still on the defaults, the defaults are copied first and then changed).
evaluation-rules-cli-remove-description = Remove the rule for one questionnaire (without --respondent: for both participant and supervisor).
evaluation-rules-cli-reset-description = Return the activity to the default rules.
evaluation-rules-cli-none-description = No evaluation at all for this activity.
evaluation-rules-cli-activity-argument = activity code
evaluation-rules-cli-questionnaire-argument = questionnaire code, e.g. L1-REAKSI
evaluation-rules-cli-respondent-option = who answers: participant, supervisor (the participant's direct supervisor) or any (answered by the participant); default: the respondent the questionnaire names
evaluation-rules-cli-days-after-end-option = sent this many days after the activity ends ({ $min }–{ $max })
evaluation-rules-cli-due-days-option = days to answer ({ $min }–{ $max }; default EVALUATION_DUE_DAYS = { $default })
evaluation-rules-cli-help-after =
    Default rules: L1-REAKSI to participants when the activity ends; L3-DIRI to participants and L3-ATASAN
    to their supervisors EVALUATION_L3_DELAY_DAYS later. Once an activity's rules are changed, only its own
    rules apply (no rules at all means no evaluation) until "evaluation rule reset".
    Rule changes only affect evaluation requests not yet created: requests that already exist are never
    changed, moved or deleted.

evaluation-rules-heading = Evaluation rules { $code } · { $title } (ends { $endsAt })
evaluation-rules-source-defaults = Follows the default rules.
evaluation-rules-source-custom = Follows this activity's own rules (the defaults do not apply).
evaluation-rules-source-none = No evaluation: this activity sends no questionnaire at all.
evaluation-rules-line = - { $questionnaire } v{ $version } · { $title } · for { $respondent } · sent { $when } · { $due } days to answer
evaluation-rules-line-inactive = - { $questionnaire } · for { $respondent } · sent { $when } · { $due } days to answer · no active version, skipped
evaluation-rules-when-end = when the activity ends
evaluation-rules-when-after = { $days } days after the end ({ $date })
evaluation-rules-existing = { $count } evaluation requests already exist for this activity; rule changes leave them as they are.
evaluation-rules-respondent-participant = the participant
evaluation-rules-respondent-supervisor = the participant's direct supervisor
evaluation-rules-respondent-any = the participant (any)

evaluation-rules-set-created = Rule added: { $questionnaire } for { $respondent }, sent { $when }, { $due } days to answer.
evaluation-rules-set-updated = Rule changed: { $questionnaire } for { $respondent }, sent { $when }, { $due } days to answer.
evaluation-rules-set-unchanged = The rule { $questionnaire } for { $respondent } is already like that; nothing changed.
evaluation-rules-copied-defaults = This activity followed the default rules: they were copied into its own rules and then changed. Use "evaluation rule reset { $code }" to return to the defaults.
evaluation-rules-removed = { $count } rule(s) for { $questionnaire } removed.
evaluation-rules-now-none = This activity now has no evaluation. Use "evaluation rule reset { $code }" to return to the default rules.
evaluation-rules-reset-done = Activity { $code } follows the default rules again.
evaluation-rules-reset-unchanged = Activity { $code } already follows the default rules; nothing changed.
evaluation-rules-none-done = Activity { $code } now has no evaluation.
evaluation-rules-none-unchanged = Activity { $code } already has no evaluation; nothing changed.

evaluation-rules-error-not-allowed = Only admins may change evaluation rules.
evaluation-rules-error-activity-not-found = Activity { $code } not found.
evaluation-rules-error-activity-cancelled = Activity { $code } is cancelled; its evaluation rules cannot be changed.
evaluation-rules-error-questionnaire-not-found = Questionnaire { $questionnaire } does not exist or has no active version. See "questionnaire list".
evaluation-rules-error-questionnaire-pulse = Questionnaire { $questionnaire } is a pulse survey, not an activity evaluation.
evaluation-rules-error-respondent-mismatch = Questionnaire { $questionnaire } is meant for { $role }, so it cannot go to { $respondent }.
evaluation-rules-error-days-after-end = --days-after-end must be a whole number { $min }–{ $max }, not "{ $value }".
evaluation-rules-error-due-days = --due-days must be a whole number { $min }–{ $max }, not "{ $value }".
evaluation-rules-error-overdue-at-once = This rule's due date ({ $due }) has already passed, so its requests would be overdue at once. Use --days-after-end { $minDays } or more to give respondents the full time.
evaluation-rules-error-rule-not-found = Activity { $code } has no rule for { $questionnaire }{ $respondent ->
        [none] {""}
       *[other] {" "}for { $respondent }
    }.
evaluation-rules-error-respondent = respondent "{ $value }" unknown: use participant, supervisor or any.
