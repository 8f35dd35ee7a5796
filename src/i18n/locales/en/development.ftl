## "📈 Perkembangan saya": one's own development from the self and supervisor behaviour (L3) assessments.

development-title = 📈 <b>My development</b>
development-basis = From the behaviour (L3) assessments by yourself and your direct supervisor, scale 1–5, for { $count } activities.
development-latest = Latest assessment: { $activity } (complete { $date }).
development-dimensions-title = <b>By area</b> (self · supervisor · average):
development-dimension-name = { $dimension ->
    [penerapan] Applying what was learned
    [frekuensi] How often it is applied
    [kualitas-kerja] Quality of work
   *[other] { $dimension }
}
development-row = • <b>{ $name }</b>: { $self } · { $supervisor } · { $combined }{ $trend } — { $level }
development-overall = <b>Overall</b>: { $self } · { $supervisor } · { $combined }{ $trend } — { $level }
development-trend = { $arrow } { $change }
development-legend = ↑ up, ↓ down, → unchanged since the previous assessment. Strong: an average of { $strong } or more; needs work: below { $weak }.
development-level-strong = 🟢 strong
development-level-developing = 🟡 developing
development-level-needs-work = 🔴 needs work
development-no-complete = No activity has been assessed by both you and your supervisor yet. The summary appears here once both are in.
development-pending-title = <b>Waiting for assessments:</b>
development-pending-supervisor = • { $activity } — waiting for your supervisor's assessment
development-pending-self = • { $activity } — waiting for your self-assessment (answer it in 📝 Evaluations)
development-pending-more = … and { $count } more.
development-suggestions-title = <b>Suggested activities for the areas that need work:</b>
development-suggestion = • <b>{ $title }</b> ({ $type }, { $jp } JP) — { $date }
development-suggestions-none = There are no upcoming activities you can join yet. Please check the 📚 Activity catalogue later.
development-suggestion-button = 📄 { $title }
development-empty = 📈 <b>My development</b>

    There is no development data for you yet.

    This page fills in from the behaviour (L3) assessments: about { $days } days after an activity ends, you assess yourself and your direct supervisor assesses how you apply what you learned. Once both are in, this shows which areas are strong, which still need work, and suggested activities.
