## The Slack App Home tab and /pembinaan: the menu by role. JP, team and role lines reuse jp.ftl, team.ftl and menu.ftl.

slack-home-greeting = Hello, <b>{ $name }</b> 👋
    { $unit }
slack-home-inactive = Your staff record is marked inactive, so the menu cannot be used yet. Please contact the BKPSDM admin if this is a mistake.
slack-home-open-tab = The full view is on the <b>Home</b> tab of the ASN Development app.
slack-home-cut = … and more that does not fit here.
slack-home-admin-tools = 🛠 As a BKPSDM admin, manage activities, the staff roster and the message queue in Telegram or with the CLI.
slack-home-assessments-overdue = ⚠️ { $count ->
        [one] One of them is
       *[other] { $count } of them are
    } past the due date.
slack-home-assessments-hint = Fill them in from the 📝 Evaluations list above.
slack-home-language = 🌐 Language: <b>{ $language }</b>
slack-home-language-id = Indonesian
slack-home-language-en = English
slack-home-platform = 📨 Send notifications to: <b>{ $platform }</b>
slack-home-footer = Type /pembinaan in any channel to open this menu.
slack-home-subcommands = Known commands: <code>/pembinaan catalogue</code> (activity catalogue) and <code>/pembinaan evaluations</code> (evaluations).
