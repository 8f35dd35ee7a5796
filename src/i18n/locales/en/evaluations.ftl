## Answering evaluation questionnaires (📝 Evaluations).

evaluation-none = 📝 There are no evaluations for you to answer right now. Thank you!
evaluation-list-title = 📝 <b>Evaluations</b>
    { $count } evaluation(s) waiting for your answers.
evaluation-list-item = <b>{ $number }. { $title }</b>
evaluation-list-activity = Activity: { $activity }
evaluation-list-subject = About: { $name }
evaluation-list-due = Due: { $date }
evaluation-list-in-progress = ✏️ Started
evaluation-button-fill = ✍️ Answer now
evaluation-button-fill-number = ✍️ Answer now ({ $number })

evaluation-open-not-allowed = Sorry, this evaluation was not found or is not for you.
evaluation-open-already-submitted = ✅ You have already sent this evaluation. Thank you!
evaluation-open-closed = Sorry, this evaluation is closed and can no longer be answered.

evaluation-intro = 📝 <b>{ $title }</b>
    { $count } questions. Answer them one by one; at the end you can check and change your answers before sending.
evaluation-intro-activity = Activity: <b>{ $activity }</b>
evaluation-intro-subject = This evaluation is about: <b>{ $name }</b>
evaluation-anonymous-notice = 🔒 This questionnaire is anonymous: your answers are not linked to your name or NIP.
evaluation-intro-cancel = Type /cancel to stop.

evaluation-question-header = Question { $number } of { $total }
evaluation-optional = Optional
evaluation-hint-rating = Choose 0 ({ $low }) to 10 ({ $high }).
evaluation-rating-low = very low
evaluation-rating-high = very high
evaluation-hint-multi = Choose one or more, then press Done.
evaluation-hint-text = Type your answer (at most { $max } characters).
evaluation-current-answer = Previous answer: { $answer }
evaluation-yes = Yes
evaluation-no = No
evaluation-button-done = Done
evaluation-button-back = ⬅️ Back
evaluation-button-skip = ⏭ Skip
evaluation-answer-skipped = — (skipped)

evaluation-button-stale = This button is no longer valid. Answer the latest question, or type /cancel.
evaluation-button-expired = This button is no longer valid. Open 📝 Evaluations to answer your evaluations.
evaluation-in-progress-command = You are answering an evaluation. Answer the question, or type /cancel to stop.
evaluation-cancelled = Evaluation stopped; your answers were not sent. Open 📝 Evaluations any time to answer it again.

evaluation-error-use-buttons = ⚠️ For this question, please choose one of the buttons.
evaluation-error-text-expected = ⚠️ For this question, please type your answer.
evaluation-error-required = ⚠️ This question must be answered.
evaluation-error-wrong-type = ⚠️ That answer does not fit this question.
evaluation-error-out-of-range = ⚠️ Choose a number from { $min } to { $max }.
evaluation-error-unknown-choice = ⚠️ That choice is not available.
evaluation-error-no-choice = ⚠️ Choose at least one answer, then press Done.
evaluation-error-duplicate-choice = ⚠️ The same choice was picked twice.
evaluation-error-empty-text = ⚠️ The answer cannot be empty.
evaluation-error-too-long = ⚠️ The answer is too long: at most { $max } characters. Please type a shorter one.
evaluation-error-misconfigured = ⚠️ This question has a problem. Please contact the organisers.
evaluation-error-unknown-question = ⚠️ This questionnaire has changed. Please answer it again.

evaluation-summary-title = 📋 <b>Your answers: { $title }</b>
evaluation-summary-hint = Check your answers. Press ✏️ Edit to change one, or ✅ Send when they are right.
evaluation-summary-reminder = Press ✅ Send to send your answers, ✏️ Edit to change one, or type /cancel.
evaluation-button-edit = ✏️ Edit { $number }
evaluation-button-send = ✅ Send
evaluation-submitted = ✅ Thank you! Your answers for <b>{ $title }</b> have been sent.
evaluation-submitted-anonymous = ✅ Thank you! Your answers for <b>{ $title }</b> have been sent anonymously.
