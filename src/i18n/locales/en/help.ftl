help-text = <b>ASN Development help</b>

    /menu – main menu
    /katalog – activity catalogue
    /jadwal – my schedule
    /jp – my JP this year
    /hadir – check in with the attendance code
    /evaluasi – evaluations to answer
    /development – how you have developed after training (L3 assessments)
    /bahasa – change language (Indonesian/English)
    /help – this guide
    /batal – stop what is in progress

    This bot helps civil servants of the Tebo District Government with competency development: register for activities, answer evaluations, and track the 20 JP yearly target.
help-unlinked = Not linked yet? Press /start, then share your phone number or use your NIP and an activation code.
help-supervisor = <b>As a direct supervisor</b>
    /tim – your team's JP and the behaviour (L3) assessments waiting for you
    /persetujuan – approve your staff's activity registrations
help-leader = <b>As a leader</b>
    /umumkan – compose and send an announcement
    /laporan_pengumuman – my announcements and their reach reports
    /kampanye – recurring awareness campaigns
    /kesiapan – change-readiness survey results
    /hasil – activity evaluation results
help-admin = <b>As a BKPSDM admin</b>
    Manage activities and staff data from /menu, watch the message queue with /antrean.
    CLI commands: import staff (<code>roster</code>), activities (<code>activity</code>), attendance (<code>attendance</code>), activation codes (<code>code</code>), roles (<code>role</code>), evaluation rules (<code>evaluation rules</code>), announcements (<code>announcement</code>), campaigns (<code>campaign</code>) and change-readiness surveys (<code>pulse</code>).
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
