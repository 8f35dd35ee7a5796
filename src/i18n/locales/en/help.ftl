help-text = <b>ASN Development help</b>

    /menu – main menu
    /katalog – activity catalogue
    /jadwal – my schedule
    /jp – my JP this year
    /hadir – check in with the attendance code
    /evaluasi – evaluations to answer
    /bahasa – change language (Indonesian/English)
    /help – this guide
    /batal – stop what is in progress

    This bot helps civil servants of the Tebo District Government with competency development: register for activities, answer evaluations, and track the 20 JP yearly target.
help-unlinked = Not linked yet? Press /start, then share your phone number or use your NIP and an activation code.
help-supervisor = As a direct supervisor you can also approve registrations (/persetujuan) and follow your team's JP (/tim) from the menu.
help-leader = As a leader you can send announcements and see reports from the menu.
help-admin = As a BKPSDM admin you can manage activities and watch the message queue (/antrean) from the menu, and use the CLI to import staff, activities and attendance, issue activation codes and manage roles.
help-contact = Need more help? Contact a BKPSDM admin.
cancel-nothing = Nothing is in progress. Press /menu to see the options.
command-start = Start and link your account
command-menu = Main menu
command-help = Help
command-language = Change language
command-cancel = Stop what is in progress
command-catalogue = Activity catalogue
command-schedule = My schedule
command-jp = My JP this year
command-checkin = Check in with the attendance code
command-evaluations = Evaluations to answer
