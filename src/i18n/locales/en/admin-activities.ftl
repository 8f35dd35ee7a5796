## Admins managing activities in chat: the list with fill rates, publishing, cancelling, completing.

admin-activities-title = 🗓 <b>Manage activities</b> (page { $page } of { $pages })
admin-activities-empty = There are no activities yet. Activities are imported with the CLI command <code>activity import</code>.
admin-activities-item = { $n }. <b>{ $title }</b> ({ $code }) · { $status }
    🗓 { $start }
    { $fill }
admin-activities-fill = { $registered }/{ $capacity } filled · { $waitlisted } waitlisted
admin-activities-fill-unlimited = { $registered } registered (no limit) · { $waitlisted } waitlisted
admin-activities-fill-pending = { $fill } · { $pending } awaiting approval
admin-activities-button-open = { $n }. { $title }
admin-activities-button-previous = ◀ Previous
admin-activities-button-next = Next ▶
admin-activities-detail = 🗓 <b>{ $title }</b> ({ $code })
    Status: { $status }
    Starts: { $start }
    Ends: { $end }
    Place: { $place }
    Participants: { $fill }
admin-activities-detail-attendance = Attendance code: <code>{ $attendanceCode }</code>
admin-activities-button-publish = 📢 Publish
admin-activities-button-cancel = 🚫 Cancel
admin-activities-button-complete = 🏁 Complete
admin-activities-button-back = ↩ Back to the list
admin-activities-cancel-confirm = ⚠️ Cancel <b>{ $title }</b> ({ $code })?
    The registrations of { $people } people (registered, waitlisted and awaiting approval) are cancelled too, and they will be told. This cannot be undone.
admin-activities-button-cancel-yes = Yes, cancel it
admin-activities-button-cancel-no = No
admin-activities-published = 📢 The activity is published and open for registration.
admin-activities-cancelled = 🚫 The activity is cancelled. { $count } people are being told through the message queue.
admin-activities-completed = 🏁 The activity is marked as completed.
admin-activities-answer-published = Published
admin-activities-answer-cancelled = Cancelled
admin-activities-answer-completed = Completed
admin-activities-unchanged = Nothing changed: the activity is already { $status }.
admin-activities-not-found = This activity could not be found.
admin-activities-invalid-transition = The activity is { $from }, so it cannot become { $to }.
admin-activities-not-started = The activity has not started yet, so it cannot be completed.
admin-activities-status-draft = draft
admin-activities-status-published = published
admin-activities-status-cancelled = cancelled
admin-activities-status-completed = completed
