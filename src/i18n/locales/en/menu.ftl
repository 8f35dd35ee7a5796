menu-greeting = Hello, <b>{ $name }</b> 👋
    { $unit }

    Please choose:
menu-roles = Your roles: { $roles }
menu-catalogue = 📚 Activity catalogue
menu-schedule = 🗓 My schedule
menu-jp = 🎯 My JP
menu-evaluations = 📝 Evaluations
menu-development = 📈 My development
menu-team = 👥 My team
menu-approvals = ✅ Approvals
menu-announce = 📣 Announcements
menu-readiness = 🧭 Change readiness
menu-reports = 📊 Reports
menu-activities = 🗓 Manage activities
menu-roster = 🗂 Staff records
menu-queue = 📮 Message queue
menu-language = 🌐 Language
menu-help = ❓ Help
