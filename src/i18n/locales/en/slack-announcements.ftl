## Announcements in Slack: App Home's list for leaders and admins, the reach report modal and the compose
## modal. Statuses, reports, refusals and most labels come from announcements.ftl, my-announcements.ftl,
## compose.ftl and acknowledgements.ftl.

slack-announcements-home-title = 📣 <b>Announcements</b>
slack-announcements-home-empty = No announcements yet. Press ✍️ New announcement to write the first one.
slack-announcements-report-title = Reach report

slack-announcements-body-label = Announcement text
slack-announcements-body-hint = Write *bold*, _italic_ or ~strikethrough~ as usual in Slack; recipients on Telegram see the same formatting.
slack-announcements-units-label = Recipient units
slack-announcements-units-placeholder = Choose units
slack-announcements-units-hint = Fill in when you choose “🏢 Choose units”. Their sub-units receive it too; the number in brackets is the count of active staff.
slack-announcements-date-label = Send date
slack-announcements-time-label = Send time (WIB)
slack-announcements-time-hint = Fill in together with the date when you choose “🗓 At a set time”.
slack-announcements-options-label = Options
slack-announcements-option-ack = Ask for “✅ I have read this”
slack-announcements-option-pulse = Attach the change-readiness survey (ADKAR)

slack-announcements-error-audience = Choose who receives the announcement.
slack-announcements-error-units-unused = You chose units, but the recipients are not “🏢 Choose units”. Choose “🏢 Choose units”, or clear the units.
slack-announcements-error-timing = Choose when to send the announcement.
slack-announcements-error-date = Choose the send date.
slack-announcements-error-time = Choose the send time (WIB).

slack-announcements-sent-now = ✅ Announcement #{ $id } is being sent to { $count } recipients. Its reach report is on the app's Home tab.
slack-announcements-scheduled = 🗓 Announcement #{ $id } is scheduled for { $when } to { $count } recipients. Its reach report is on the app's Home tab.
