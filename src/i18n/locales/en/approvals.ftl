## Supervisors (and admins) deciding registrations that need approval.

approvals-title = ✅ <b>Approvals</b>
    { $count } requests are waiting for your decision.
approvals-none = ✅ No requests are waiting for your decision.
approvals-more = Showing the { $shown } oldest requests. Open this menu again once you have decided them.
approvals-item = 📝 <b>{ $name }</b> ({ $unit }) registered for <b>{ $title }</b>.
    🗓 { $start }
approvals-item-escalated = ⏫ Forwarded to you because { $supervisor } has not decided yet.
approvals-not-allowed = Sorry, you may not decide this request.
approvals-not-found = This request could not be found.
approvals-unavailable = This activity is no longer open, so the registration cannot be approved.
approvals-already-decided = Already decided: { $status }
approvals-already-decided-message = { $name } — <b>{ $title }</b>: already decided ({ $status }).
approvals-status-approved = approved
approvals-status-rejected = rejected
approvals-status-cancelled = cancelled
approvals-answer-approved = ✅ Approved
approvals-answer-rejected = ❌ Rejected
approvals-decided-approved = ✅ You <b>approved</b> { $name }'s registration for <b>{ $title }</b>. They have been told.
approvals-decided-waitlisted = ✅ You <b>approved</b> { $name }'s registration for <b>{ $title }</b>. The seats are full, so they are on the waiting list. They have been told.
approvals-decided-rejected = ❌ You <b>rejected</b> { $name }'s registration for <b>{ $title }</b>. They have been told.
approvals-decided-rejected-reason = ❌ You <b>rejected</b> { $name }'s registration for <b>{ $title }</b>. They have been told.
    Reason: { $reason }
approvals-ask-reason = ❌ Rejecting <b>{ $name }</b>'s registration for <b>{ $title }</b>.
    Type the reason (it will be sent to them), or press <b>Skip</b> or type /lewati to reject without a reason. Type /cancel if you do not want to reject after all.
approvals-button-skip = ⏭ Skip
approvals-reject-in-progress = You are rejecting a registration. Type the reason, press Skip (/lewati), or type /cancel.
approvals-reject-cancelled = All right, the rejection is cancelled. The request is still waiting for your decision.
approvals-reason-text-expected = Please type the reason as text, or press Skip.
approvals-reason-too-long = The reason is too long (at most { $max } characters). Please shorten it.
