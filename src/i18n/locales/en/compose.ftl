## Composing an announcement in chat (leaders and admins): the hub, each step, the preview and the outcome.

compose-hub-title = 📣 <b>Announcements</b>

    Write an announcement for the staff, send it now or at a set time, or make it a recurring campaign. You can also send the change-readiness survey (ADKAR).
compose-hub-new = ✍️ New announcement
compose-hub-mine = 📋 My announcements
compose-hub-campaigns = 🔁 Campaigns
compose-hub-pulse = 🧭 Send readiness survey

compose-intro = ✍️ <b>New announcement</b>
    Follow the steps. You will see a preview before anything is sent. Cancel at any time with the ❌ Cancel button or /batal.
compose-intro-pulse = 🧭 <b>Send the change-readiness survey</b>
    The survey goes out as an announcement with a “📝 Answer the survey” button for each recipient. Cancel at any time with the ❌ Cancel button or /batal.

compose-step = <b>Step { $step } of { $total } · { $name }</b>
compose-step-content = Content
compose-step-link = Link button
compose-step-audience = Recipients
compose-step-timing = Sending time
compose-step-options = Options

compose-button-cancel = ❌ Cancel
compose-button-back = ⬅️ Back
compose-button-skip = ⏭ Skip
compose-button-yes = Yes
compose-button-no = No
compose-button-keep = ↩️ Keep the current content
compose-button-stale = This button has already been handled or is no longer valid.
compose-in-progress = You are writing an announcement. Continue with the step above, or type /batal to cancel.
compose-use-buttons = Please choose with the buttons below.
compose-text-expected = Please send it as text.
compose-cancelled = The announcement was cancelled. Nothing was saved or sent.

compose-ask-content = Send the announcement as an ordinary message. Bold, italic, underline and links are kept.
    You can also send a photo or document with a caption: the caption becomes the announcement.
compose-pulse-intro = The survey has short statements about readiness for change. Its standard invitation:
compose-ask-content-pulse = Press “Use this invitation”, or send your own invitation text.
compose-button-use-invitation = ✅ Use this invitation
compose-error-no-caption = A photo or document needs a caption as the announcement's text. Please send it again with a caption.
compose-error-unsupported = This kind of message cannot be an announcement. Send text, a photo or a document.
compose-formatting-counts = Formatting (bold, links and so on) counts too.
compose-long-caption = ℹ️ The caption is longer than { $limit } characters (Telegram's caption limit), so { $kind ->
        [photo] the photo
       *[other] the document
    } is sent first and the text as the next message.

compose-ask-link = Add one link button under the announcement, for example to a form or a guide?
compose-current-link = Current button: “{ $text }” → { $url }
compose-button-add-link = ➕ Add a link button
compose-button-remove-link = 🗑 No link button
compose-ask-link-text = Write the button's text (at most { $max } characters), for example: Read the guide
compose-ask-link-url = Send the link's address, starting with https://, for example: https://tebokab.go.id/panduan
compose-link-saved = 🔗 Button “{ $text }” added.

compose-scope-district = Your scope: every employee of the district government.
compose-scope-unit = Your scope: { $unit } and the units below it.
compose-ask-audience = Who should receive this announcement?
compose-button-audience-all = 👥 Everyone
compose-button-audience-units = 🏢 Choose units
compose-button-audience-supervisors = 🧑‍💼 Supervisors only
compose-button-audience-role = 🎖 Role
compose-ask-units = Choose one or more units; their sub-units receive it too. Press again to deselect.
compose-units-chosen = Chosen ({ $count }): { $units }
compose-units-page = Page { $page } of { $pages }
compose-button-previous-page = ◀️ Previous
compose-button-next-page = Next ▶️
compose-button-units-done = ✔️ Done ({ $count } { $count ->
        [one] unit
       *[other] units
    })
compose-no-units = There are no units in your scope.
compose-ask-role = Send to the holders of the role:
compose-button-role-admin = BKPSDM admins
compose-button-role-leader = Leaders
compose-no-recipients = No active employee matches the recipients you chose. Please choose other recipients.
compose-recipients = 👥 Recipients: <b>{ $count }</b> { $count ->
        [one] person
       *[other] people
    }, { $audience }.
compose-audience-all = all employees
compose-audience-supervisors = direct supervisors
compose-audience-admins = BKPSDM admins
compose-audience-leaders = leaders
compose-audience-within = { $audience } in { $unit } and the units below it
compose-audience-units = { $units } (with their sub-units)
compose-audience-units-more = { $units } and { $more } more units (with their sub-units)

compose-ask-timing = When should this announcement be sent?
compose-button-now = 🚀 Now
compose-button-at = 🗓 At a set time
compose-button-recurring = 🔁 Recurring
compose-ask-at = Type the sending date and time (WIB), for example <code>7-12-2026 09.00</code> or <code>2026-12-07 09:00</code>.
compose-error-bad-time = “{ $value }” cannot be read as a date and time. Write it like <code>7-12-2026 09.00</code> or <code>2026-12-07 09:00</code> (WIB), with a date that exists.
compose-error-past-time = { $when } has already passed (it is now { $now }). Please choose a time in the future.
compose-at-chosen = 🗓 To be sent on { $when }.
compose-quiet-hours = ℹ️ That time falls within quiet hours, so the messages are held and delivered { $until }.
compose-ask-recurrence = How often? This announcement becomes the first message of a recurring campaign.
compose-button-daily = Every day
compose-button-weekly = Every week
compose-ask-weekday = On which day?
compose-ask-clock = Type the sending time (WIB), for example <code>08.00</code>.
compose-error-bad-clock = “{ $value }” is not a valid time. Write it like <code>08.00</code> or <code>13:30</code>.
compose-recurring-words = { $schedule }; first on { $next }
compose-recurring-chosen = 🔁 Schedule: { $words }.

compose-ask-ack = Require recipients to press “✅ I have read this”? The reach report shows who has read it.
compose-ask-pulse = Attach the change-readiness survey (ADKAR)? Each recipient gets an “📝 Answer the survey” button, and the answers are anonymous.

compose-preview-heading = 👁 <b>Preview</b>: this is how the announcement will arrive.
compose-preview-only = This is only a preview.
compose-preview-failed = Telegram refused the preview of this announcement ({ $error }). Please check the content and send it again.
compose-summary-title = 📋 <b>Check before sending</b>
compose-summary-recipients = 👥 Recipients: <b>{ $count }</b> { $count ->
        [one] person
       *[other] people
    }, { $audience }
compose-summary-now = 🕘 Time: now, as soon as you press Send
compose-summary-at = 🕘 Time: { $when }
compose-summary-recurring = 🔁 Recurring: { $words }
compose-summary-link = 🔗 Link button: “{ $text }” → { $url }
compose-summary-no-link = 🔗 Link button: none
compose-summary-ack-yes = ✅ “I have read this” confirmation: required
compose-summary-ack-no = ✅ “I have read this” confirmation: not required
compose-summary-pulse-yes = 🧭 Change-readiness survey: attached
compose-summary-pulse-no = 🧭 Change-readiness survey: no
compose-summary-hint = Press ✅ Send to send it, ✏️ Change to correct something, or ❌ Cancel.
compose-button-send = ✅ Send
compose-button-edit = ✏️ Change
compose-ask-edit = Which part do you want to change?
compose-button-edit-content = 📝 Content
compose-button-edit-link = 🔗 Link button
compose-button-edit-audience = 👥 Recipients
compose-button-edit-timing = 🕘 Time
compose-button-edit-options = ⚙️ Options

compose-sent-now = ✅ Announcement #{ $id } is being sent to { $count } { $count ->
        [one] recipient
       *[other] recipients
    }. Its reach report is under 📋 My announcements.
compose-scheduled = 🗓 Announcement #{ $id } is scheduled for { $when } to { $count } { $count ->
        [one] recipient
       *[other] recipients
    }. Until then you can cancel it under 📋 My announcements.
compose-not-sent = Announcement #{ $id } was not sent because you may no longer send announcements.
compose-campaign-created = 🔁 Campaign #{ $id } created: { $words }, to { $count } { $count ->
        [one] recipient
       *[other] recipients
    }. Further messages can be added under 🔁 Campaigns.
compose-campaign-name = Announcement campaign
compose-refused = The announcement was not sent: { $reason }
compose-refused-fix = ⚠️ Not sent yet: { $reason } Please correct it below.
