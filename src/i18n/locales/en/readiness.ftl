## "🧭 Kesiapan perubahan" in chat: the pulse results come from pulse.ftl; these are the buttons to other rounds.

readiness-round-button = 📅 #{ $id } · { $date } · { $submitted }/{ $requests } answered
readiness-rounds-hint = { $count ->
        [one] There is 1 other survey in your scope: press its button to see its results.
       *[other] There are { $count } other surveys in your scope: press a button below to see their results, or type /readiness and the announcement number.
    }
readiness-bad-id = “{ $value }” is not an announcement number. Example: /readiness 12
