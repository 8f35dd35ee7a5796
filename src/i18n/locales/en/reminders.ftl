reminders-day-before = 🔔 <b>Activity reminder</b>
    You are registered for <b>{ $title }</b>.
    🗓 { $start }
    📍 { $place }
    Please be on time. If you cannot come, cancel your registration so a colleague can take the seat.
reminders-soon = ⏰ <b>{ $title }</b> starts soon.
    🗓 { $start }
    📍 { $place }
    ✅ Once there, record your attendance: type <code>/hadir</code> followed by the attendance code the organisers announce, for example <code>/hadir TBO-7K2M</code>.
reminders-button-details = 📄 View activity
