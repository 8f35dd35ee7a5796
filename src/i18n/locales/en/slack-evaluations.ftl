## Answering evaluation questionnaires in Slack modals (the rest reuses evaluations.ftl).

slack-evaluation-modal-title = Evaluation
slack-evaluation-heading = 📝 <b>{ $title }</b>
slack-evaluation-page = Questions { $first }–{ $last } of { $total }
slack-evaluation-button-next = Next ➡️
slack-evaluation-button-cancel = Cancel
slack-evaluation-button-close = Close
slack-evaluation-select-placeholder = Choose a value
slack-evaluation-hint-multi = Choose one or more.
slack-evaluation-error-no-choice = ⚠️ Choose at least one answer.
slack-evaluation-draft-lost = The answers from the previous pages could no longer be found, so the evaluation was not sent. Please open this evaluation again and answer it from the start.
slack-evaluation-home-more = … and { $count } more evaluation(s). Finish the ones above first.
