## Evaluation results and non-respondents (admin CLI).

evaluation-results-cli-description = An activity's evaluation results and who has not answered.
evaluation-results-cli-results-description = Show the evaluation report of an activity.
evaluation-results-cli-non-respondents-description = Show who has not answered an activity's evaluations.
evaluation-results-cli-activity-argument = activity code
evaluation-results-cli-csv-option = write the list as CSV to this file

evaluation-results-activity-not-found = Activity { $code } not found.
evaluation-results-heading = Evaluation results { $code } · { $title }
evaluation-results-none = No evaluations for this activity yet.
evaluation-results-questionnaire = { $code } v{ $version } · { $title }{ $anonymous ->
        [yes] {" "}(anonymous)
       *[no] {""}
    }
evaluation-results-response-rate = Response rate: { $submitted }/{ $requests } ({ $rate })
evaluation-results-question = { $position }. { $text } ({ $answered } answers)
evaluation-results-mean = {"   "}mean { $mean } · distribution { $distribution }
evaluation-results-yes-no = {"   "}yes { $yes } · no { $no } · yes { $share }
evaluation-results-choice = {"   "}{ $label }: { $count }
evaluation-results-text = {"   "}“{ $text }”
evaluation-results-text-by = {"   "}“{ $text }” ({ $name })
evaluation-results-l3-heading = L3 on-the-job behaviour: self vs supervisor (mean 1–5, gap = supervisor − self)
evaluation-results-l3-row = {"   "}{ $dimension }: self { $self } · supervisor { $supervisor } · gap { $gap }
evaluation-results-l3-overall = {"   "}overall: self { $self } · supervisor { $supervisor } · gap { $gap }
evaluation-results-l3-no-dimension = (no dimension)

evaluation-results-non-respondent-line = { $nip } · { $name } · { $unit } · { $questionnaire } · { $status } · due { $due }
evaluation-results-non-respondents-none = Everybody has answered.
evaluation-results-non-respondents-total = { $count } requests not answered.
evaluation-results-non-respondents-written = { $count } rows written to { $file }.
evaluation-results-status-pending = not opened
evaluation-results-status-in_progress = in progress
evaluation-results-status-expired = expired
evaluation-results-status-submitted = submitted
evaluation-results-status-cancelled = cancelled
