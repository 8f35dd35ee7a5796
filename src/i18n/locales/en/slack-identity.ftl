## Linking a Slack account to the roster (profile email confirmed once, or NIP and activation code), and its settings.

slack-identity-welcome = Welcome to <b>ASN Development</b> of the Tebo District Government 🌿

    Here you can register for training, workshops, seminars and internships, answer evaluations, and track your 20 JP target.

    To begin, link your Slack account to your staff record.
slack-identity-email-ask = The email on your Slack profile is in the staff roster.
    Are you <b>{ $name }</b>, NIP { $nip }, { $unit }?
slack-identity-email-yes = ✅ Yes, that's me
slack-identity-email-no = ❌ No
slack-identity-email-unknown = The email on your Slack profile is not in the staff roster. Link with your <b>NIP and an activation code</b> from the BKPSDM admin.
slack-identity-email-none = The email on your Slack profile cannot be read. Link with your <b>NIP and an activation code</b> from the BKPSDM admin.
slack-identity-code-hint = Link with your <b>NIP and an activation code</b> from the BKPSDM admin.
slack-identity-code-title = Link your account
slack-identity-code-submit = Link
slack-identity-code-cancel = Cancel
slack-identity-code-close = Close
slack-identity-code-intro = Enter your NIP and the activation code from the BKPSDM admin.
slack-identity-code-nip-label = NIP (18 digits)
slack-identity-code-nip-placeholder = 19860926 201505 1 001
slack-identity-code-label = Activation code
slack-identity-code-placeholder = K7PM-Q2XA
slack-identity-nip-malformed = A NIP has 18 digits, for example 19860926 201505 1 001.
slack-identity-error-nip-invalid = That NIP is not valid. Please check your NIP.
slack-identity-error-code-invalid = The activation code does not match that NIP. Please check the code.
slack-identity-error-code-expired = This activation code has expired. Ask the BKPSDM admin for a new one.
slack-identity-error-code-used = This activation code has already been used. Ask the BKPSDM admin for a new one.
slack-identity-error-account-already-linked = This Slack account is already linked as <b>{ $name }</b>. Your menu is on the app's Home tab.
slack-identity-error-employee-already-linked = This staff record is already linked to another Slack account. To move accounts, contact the BKPSDM admin.
slack-identity-error-email-unknown = The email on your Slack profile does not match the staff roster, so the account was not linked. Link with your NIP and an activation code.
slack-identity-error-email-mismatch = This confirmation does not match the email on your Slack profile, so the account was not linked. Open the app's Home tab to try again.
slack-identity-linked-home = Your menu is on this app's <b>Home</b> tab, or type /pembinaan.
slack-identity-need-link = Your Slack account is not linked to your staff record yet. Open the app's Home tab or type /pembinaan to link it.
slack-identity-platform-ask = You are linked on Telegram too. Send notifications (reminders, announcements, evaluations) to:
slack-identity-platform-SLACK = 💬 Slack
slack-identity-platform-TELEGRAM = ✈️ Telegram
slack-identity-platform-set = ✅ Notifications will be sent to { $platform }.
slack-identity-platform-not-linked = Your { $platform } account is not linked, so notifications keep going where they went before.
