## Activities in Slack: the catalogue modal, App Home's schedule and rejecting a registration in a modal.
## Everything else comes from catalogue.ftl, registration.ftl, approvals.ftl and schedule.ftl.

slack-activities-title = Activity catalogue
slack-activities-close = Close
slack-activities-button-detail = 📄 Details
slack-activities-button-cancel = ❌ Cancel
slack-activities-need-link = Your Slack account is not linked to your staff record yet. Open the Home tab of the Pembinaan ASN app to link it.
slack-activities-home-more = Showing { $shown } of your { $total } upcoming activities.

slack-activities-reject-title = Reject registration
slack-activities-reject-submit = Reject
slack-activities-reject-close = Cancel
slack-activities-reject-intro = ❌ Rejecting <b>{ $name }</b>'s registration for <b>{ $title }</b>.
slack-activities-reject-label = Reason for rejecting (optional)
slack-activities-reject-hint = The reason is sent to the employee. Press Cancel if you change your mind; the request keeps waiting for your decision.
