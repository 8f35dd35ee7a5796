## My schedule (ASN)

schedule-title = 🗓 <b>My schedule</b>
schedule-page-line = Page { $page } of { $pageCount } · { $total } { $total ->
        [one] activity
       *[other] activities
    }
schedule-item = { $number }. <b>{ $title }</b>
    🗓 { $start }
    📍 { $place }
    { $status }
schedule-status-registered = ✅ Registered
schedule-status-waitlisted = ⏳ Waiting list, number { $rank }
schedule-status-pending-approval = 🕒 Waiting for your supervisor's approval
schedule-empty = You are not registered for any upcoming activity. Open the catalogue to choose one.
schedule-button-catalogue = 📚 Activity catalogue
schedule-button-detail = 📄 { $number }. { $title }
schedule-button-cancel = ❌ Cancel { $number }
schedule-button-calendar = 📅 Calendar { $number }
schedule-button-prev = ◀️ Previous
schedule-button-next = Next ▶️
schedule-page-gone = That page no longer exists because your schedule changed.
schedule-calendar-caption = 📅 <b>{ $title }</b>
    Open this file to add the activity to your calendar.
schedule-calendar-sent = Calendar file sent.
schedule-calendar-not-registered = The calendar file is only available for a confirmed registration.
schedule-calendar-cancelled = This activity was cancelled; there is nothing to put in your calendar.
