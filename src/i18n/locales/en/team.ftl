## 👥 Tim saya: the direct team's JP and the behaviour (L3) assessments the supervisor still has to fill in.

team-jp-title = 👥 <b>My team's JP for { $year }</b> (target { $target } JP)
team-jp-line = { $mark } { $bar } { $total }/{ $target } <b>{ $name }</b> (T { $teknis } · M { $manajerial } · SC { $sosial })
team-jp-summary = { $behind } of { $count } people are behind schedule.
team-jp-legend = T technical · M managerial · SC socio-cultural. ⚠️ behind: by now they should have about { $expected } JP.
team-not-allowed = Sorry, this menu is only for direct supervisors with active staff.

team-assessments-title = 📝 <b>Behaviour (L3) assessments waiting</b>
    { $count ->
        [one] One assessment of your staff is
       *[other] { $count } assessments of your staff are
    } waiting for you.
team-assessment-item = <b>{ $number }. { $name }</b>
team-assessment-activity = Activity: { $activity }
team-assessment-due = Due by: { $date }
team-assessment-overdue = ⚠️ Past the due date: { $date }
team-assessment-in-progress = ✏️ Started
team-assessment-button = ✍️ Assess { $number }. { $name }
