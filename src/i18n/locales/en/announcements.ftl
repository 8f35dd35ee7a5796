## Announcements: the buttons under every announcement, acknowledgement, reminders, the reach report
## and the refusals the services give (for the chat that composes announcements).

announcements-ack-button = ✅ I have read this
announcements-pulse-button = 📝 Answer the survey
announcements-ack-thanks = ✅ Thank you, you have marked this announcement as read.
announcements-ack-already = You already marked this announcement as read on { $at }.
announcements-ack-preview = This is only a preview: recipients press this button to mark the announcement as read.

announcements-ack-reminder = 🔔 <b>Please confirm</b>
    You have not yet marked this announcement from <b>{ $author }</b> ({ $sent }) as read:

    <i>{ $excerpt }</i>

    Once you have read it, press the button below.

announcements-report-automatic = 📬 Automatic reach report of your announcement:
announcements-report-title = 📊 Reach of announcement #{ $id }
announcements-report-excerpt = “{ $excerpt }”
announcements-report-author = From: { $author }
announcements-report-sent-at = Sent: { $at }
announcements-report-scheduled-at = Not sent yet, scheduled for { $at }
announcements-report-cancelled = Cancelled, not sent.
announcements-report-totals = 👥 Recipients: { $recipients }
    ✅ Sent: { $sent } ({ $sentPercent })
    ⏳ Waiting: { $pending }
    ❌ Failed (account not linked or an error): { $failed }
    🚫 Blocked the bot: { $blocked }{ $needsAck ->
        [yes] {""}
            👁 Read: { $acknowledged } ({ $ackPercent } of those sent)
       *[no] {""}
    }
announcements-report-units-title = { $needsAck ->
        [yes] By unit (fewest readers first)
       *[no] By unit (lowest reach first)
    }
announcements-report-unit-line = • { $unit }: sent { $sent }/{ $recipients } ({ $sentPercent }){ $needsAck ->
        [yes] , read { $acknowledged } ({ $ackPercent })
       *[no] {""}
    }, failed { $failed }, blocked { $blocked }, waiting { $pending }

announcements-status-draft = draft
announcements-status-scheduled = scheduled
announcements-status-sending = sending
announcements-status-sent = sent
announcements-status-cancelled = cancelled

announcements-error-not-allowed = Sorry, only leaders and BKPSDM admins can send and manage announcements.
announcements-error-empty-body = The announcement cannot be empty.
announcements-error-body-too-long = The announcement is too long: at most 4096 characters.
announcements-error-bad-media = The attachment cannot be used. Please send the photo or document again.
announcements-error-bad-link-text = The link button needs a label of at most 64 characters.
announcements-error-bad-link-url = The link must be a full web address starting with http:// or https://.
announcements-error-empty-audience = Please choose at least one unit to send to.
announcements-error-unknown-unit = One of the chosen units no longer exists. Please choose again.
announcements-error-outside-scope = You can only send announcements to your own unit and the units below it.
announcements-error-no-recipients = No active employee matches the recipients you chose.
announcements-error-unknown-pulse = The change-readiness questionnaire was not found or is not active.
announcements-error-time-in-past = That time has already passed. Please choose a time in the future.
announcements-error-not-found = Announcement not found.
announcements-error-not-scheduled = This announcement can no longer be cancelled: it has been sent or cancelled already.
announcements-error-not-recipient = This announcement was not sent to you.
announcements-error-no-ack-needed = This announcement does not ask for a read confirmation.

announcements-cli-description = Leadership announcements: list and reach reports
announcements-cli-list-description = Shows the latest announcements
announcements-cli-limit-option = how many announcements to show (default 20)
announcements-cli-report-description = Shows the reach report of one announcement
announcements-cli-id-argument = announcement number
announcements-cli-bad-number = “{ $value }” is not a positive whole number.
announcements-cli-list-none = No announcements yet.
announcements-cli-list-line = #{ $id } [{ $status }] { $at }, { $author }: { $excerpt } (recipients { $recipients }{ $needsAck ->
        [yes] , read { $acknowledged }
       *[no] {""}
    })
announcements-cli-not-found = Announcement #{ $id } not found.
