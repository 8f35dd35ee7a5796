## JP (hours of lessons) against the yearly target of 20 JP: one's own (the direct team's is in team.ftl).

jp-title = 🎯 <b>My JP for { $year }</b>
jp-progress = { $bar } { $total }/{ $target } JP
jp-by-type = Technical { $teknis } JP · Managerial { $manajerial } JP · Socio-cultural { $sosial } JP
jp-type-TEKNIS = technical
jp-type-MANAJERIAL = managerial
jp-type-SOSIAL_KULTURAL = socio-cultural
jp-entries-title = <b>Completed activities:</b>
jp-entry = • { $title } — { $jp } JP { $type }, { $date }
jp-entry-manual = JP credit
jp-entries-none = No JP recorded this year yet.
jp-entries-more = … and { $count } more.
jp-reached = 🎉 You have reached this year's target of { $target } JP. Thank you!
jp-on-track = 👍 You are on schedule. { $remaining } JP still to go by the end of the year.
jp-behind = ⚠️ You are behind schedule: by now you should have about { $expected } JP. { $remaining } JP still to go.
jp-suggestions-title = <b>Suggested upcoming activities:</b>
jp-suggestion = • <b>{ $title }</b> ({ $type }, { $jp } JP) — { $date }
jp-suggestions-none = There are no upcoming activities you can join yet. Please check the 📚 Activity catalogue later.
jp-suggestion-button = 📄 { $title }
