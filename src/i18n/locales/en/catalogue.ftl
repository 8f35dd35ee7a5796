## Activity catalogue and activity detail (ASN)

catalogue-title = 📚 <b>Activity catalogue</b>
catalogue-filter-line = 🔎 Filter: { $kind } · { $competency }
catalogue-all-kinds = all kinds
catalogue-all-competencies = all competencies
catalogue-page-line = Page { $page } of { $pageCount } · { $total } { $total ->
        [one] activity
       *[other] activities
    }
catalogue-item = { $number }. <b>{ $title }</b>
    🗓 { $start }
    { $kind } · { $competency } · { $jp } JP · { $seats }
catalogue-seats-unlimited = no seat limit
catalogue-seats-left = { $seats ->
        [one] 1 seat left
       *[other] { $seats } seats left
    }
catalogue-seats-full = full, { $waiting } on the waiting list
catalogue-empty = There are no activities you can join at the moment.
catalogue-empty-hint = New activities appear here as soon as they are announced. Press 🔎 Filter to change the activity kind or competency.
catalogue-empty-filtered-hint = Try changing the filter, or press “Clear filter” to see every activity.
catalogue-button-prev = ◀️ Previous
catalogue-button-next = Next ▶️
catalogue-button-filter = 🔎 Filter
catalogue-button-clear-filter = ✖️ Clear filter
catalogue-button-back = ⬅️ Back to the catalogue
catalogue-filter-title = 🔎 <b>Catalogue filter</b>
    Choose an activity kind or a competency type. Current filter: { $kind } · { $competency }.
catalogue-button-all-kinds = All kinds
catalogue-button-all-competencies = All competencies

catalogue-kind-training = Training
catalogue-kind-workshop = Workshop
catalogue-kind-seminar = Seminar
catalogue-kind-internship = Internship
catalogue-kind-coaching = Coaching
catalogue-kind-e-learning = E-learning
catalogue-competency-teknis = Technical
catalogue-competency-manajerial = Managerial
catalogue-competency-sosial-kultural = Socio-cultural
catalogue-partner-kind-university = university
catalogue-partner-kind-ngo = non-governmental organisation
catalogue-partner-kind-training-institute = training institute
catalogue-partner-kind-government = government agency
catalogue-partner-kind-private = private company
catalogue-speaker-role-narasumber = speaker
catalogue-speaker-role-fasilitator = facilitator
catalogue-position-type-struktural = structural positions
catalogue-position-type-fungsional = functional positions
catalogue-position-type-pelaksana = general staff

catalogue-status-registered = ✅ You are registered for this activity.
catalogue-status-waitlisted = ⏳ You are number { $rank } on the waiting list.
catalogue-status-pending-approval = 🕒 Your registration is waiting for your supervisor's approval.
catalogue-status-rejected = ❌ Your earlier registration was not approved by your supervisor.
catalogue-status-attended = ✅ You attended.
catalogue-status-no-show = You were recorded as absent.
catalogue-status-completed = 🎓 You completed this activity.
catalogue-mark-registered = ✅ You are registered
catalogue-mark-waitlisted = ⏳ You are on the waiting list
catalogue-mark-pending-approval = 🕒 Waiting for approval
catalogue-mark-rejected = ❌ Not approved
catalogue-mark-attended = ✅ Attended
catalogue-mark-no-show = Absent
catalogue-mark-completed = 🎓 Completed

catalogue-detail-title = 📄 <b>{ $title }</b>
catalogue-detail-meta = { $kind } · { $competency } competency · { $jp } JP
catalogue-detail-cancelled = ⛔ <b>This activity has been cancelled</b> by the organiser.
catalogue-detail-completed = 🏁 This activity has ended.
catalogue-detail-start = 🗓 Starts: { $date }
catalogue-detail-end = 🏁 Ends: { $date }
catalogue-detail-venue = 📍 Venue: { $venue }
catalogue-detail-online = 💻 Online: { $url }
catalogue-detail-partner = 🤝 Organiser: { $name } ({ $kind })
catalogue-detail-speakers = 🎤 Speakers and facilitators:
catalogue-detail-speaker = • { $name } ({ $role })
catalogue-detail-speaker-institution = • { $name }, { $institution } ({ $role })
catalogue-detail-audience-all = 👥 Participants: open to every civil servant
catalogue-detail-audience = 👥 Participants: { $audience }
catalogue-audience-units = staff of { $units }
catalogue-audience-grades = grade { $grades }
catalogue-detail-capacity-unlimited = 🪑 Seats: no limit
catalogue-detail-capacity = 🪑 Seats: { $capacity } · { $seats } left
catalogue-detail-capacity-full = 🪑 Seats: { $capacity } · <b>full</b> · { $waiting } on the waiting list
catalogue-detail-window-between = 📝 Registration: { $opens } to { $closes }
catalogue-detail-window-from = 📝 Registration opens: { $opens }
catalogue-detail-window-until = 📝 Registration closes: { $closes }
catalogue-detail-approval = ✋ Registration needs your direct supervisor's approval.
catalogue-detail-can-waitlist = The seats are full; if you register you join the waiting list.
catalogue-detail-why-not = ℹ️ { $reason }

catalogue-refusal-activity-unavailable = This activity no longer accepts registrations (cancelled, ended, or already started).
catalogue-refusal-window-not-open = Registration is not open yet. It opens { $date }.
catalogue-refusal-window-closed = Registration closed on { $date }.
catalogue-refusal-not-in-audience-unit = This activity is only for { $audience }; your unit is not included.
catalogue-refusal-not-in-audience-grade = This activity is only for { $audience }; your grade is not included.
catalogue-refusal-not-in-audience-position-type = This activity is only for { $audience }; your position type is not included.
catalogue-refusal-employee-inactive = Your civil servant record is marked inactive. Please contact the BKPSDM admins.
catalogue-register-refused = 🚫 Sorry, you cannot register for <b>{ $title }</b> yet.
    { $reason }
catalogue-register-refused-unknown = 🚫 Sorry, this activity does not accept registrations.

catalogue-button-register = 📝 Register
catalogue-button-register-waitlist = 📝 Join the waiting list
catalogue-button-cancel = ❌ Cancel registration
catalogue-button-calendar = 📅 Calendar
catalogue-registered = ✅ You are <b>registered</b> for <b>{ $title }</b>.
    🗓 { $start }
    📍 { $place }
catalogue-waitlisted = ⏳ <b>{ $title }</b> is full. You are <b>number { $rank } on the waiting list</b> and will be told when a seat comes free.
catalogue-pending-approval = 🕒 Your registration for <b>{ $title }</b> was sent and is <b>waiting for your supervisor's approval</b>. You will be told the outcome.
catalogue-already-registered = You are already registered for this activity.
catalogue-already-waitlisted = You are already on the waiting list (number { $rank }).
catalogue-already-pending = Your registration was already sent and is waiting for your supervisor's approval.
catalogue-already-other = You are already recorded for this activity.
catalogue-clash = ⚠️ <b>Schedule clash</b>
    <b>{ $title }</b> ({ $start }) overlaps with another of your activities:
catalogue-clash-item = • <b>{ $title }</b>: { $start } to { $end }
catalogue-clash-question = Register anyway?
catalogue-button-register-anyway = ✅ Register anyway
catalogue-button-dismiss = Cancel

catalogue-cancel-confirm = Cancel your registration for <b>{ $title }</b> ({ $start })?
catalogue-cancel-confirm-seat = Your seat will go to the next person on the waiting list.
catalogue-button-cancel-yes = ✅ Yes, cancel it
catalogue-button-cancel-no = ↩️ No
catalogue-cancelled = ✅ Your registration for <b>{ $title }</b> has been cancelled.
catalogue-cancelled-short = Registration cancelled.
catalogue-cancel-already = This registration is already cancelled.
catalogue-cancel-started = The activity has started; the registration can no longer be cancelled.
catalogue-cancel-not-cancellable = This registration can no longer be cancelled.

catalogue-not-found = This activity was not found or is not published yet.
catalogue-registration-not-found = This registration was not found.
catalogue-page-gone = That page no longer exists because the catalogue changed.
catalogue-bad-button = This button is no longer valid. Please open the catalogue again.
