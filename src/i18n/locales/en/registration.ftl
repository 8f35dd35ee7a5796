registration-button-details = 📄 View activity
registration-promoted = 🎉 A seat came free! You are now <b>registered</b> for <b>{ $title }</b>.
    🗓 { $start }
    📍 { $place }
approval-request = 📝 <b>Approval request</b>
    { $name } ({ $unit }) registered for <b>{ $title }</b>.
    🗓 { $start }
    📍 { $place }
    This activity needs the direct supervisor's approval.
approval-request-escalated = ⏫ <b>Approval request (forwarded)</b>
    { $name } ({ $unit }) registered for <b>{ $title }</b> ({ $start }), but their direct supervisor has not decided yet. Please decide.
approval-button-approve = ✅ Approve
approval-button-reject = ❌ Reject
approval-approved = ✅ Your registration for <b>{ $title }</b> was approved. You are registered.
    🗓 { $start }
    📍 { $place }
approval-approved-waitlisted = ✅ Your registration for <b>{ $title }</b> was approved, but the seats are full. You are number { $rank } on the waiting list and will be told when a seat comes free.
approval-rejected = Your registration for <b>{ $title }</b> was not approved by your supervisor.
approval-rejected-reason = Your registration for <b>{ $title }</b> was not approved by your supervisor.
    Reason: { $reason }
activity-cancelled-notice = ⚠️ <b>{ $title }</b> ({ $start }) has been <b>cancelled</b> by the organiser. Your registration is cancelled too. We apologise for the inconvenience.
activity-cancelled-notice-reason = ⚠️ <b>{ $title }</b> ({ $start }) has been <b>cancelled</b> by the organiser. Your registration is cancelled too.
    Reason: { $reason }
