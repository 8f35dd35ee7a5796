## "🔁 Kampanye" in chat: the caller's socialisation campaigns (an admin sees all), a campaign's card and
## its controls. Statuses, the card's lines, schedules in words, the answers to pause, resume and end,
## and the refusals come from campaigns.ftl.

campaigns-chat-title = 🔁 <b>Socialisation campaigns</b> · page { $page } of { $pages }
campaigns-chat-empty = No socialisation campaigns yet. Campaigns are created from the 📣 Announcements menu or by an admin with a campaign file.
campaigns-chat-item = <b>#{ $id } { $name }</b> · { $status }
campaigns-chat-item-schedule = 🗓 { $schedule }
campaigns-chat-item-progress = 📨 { $sent } of { $total } messages sent
campaigns-chat-item-next = ⏭ Next: message { $position } of { $total }, { $when }
campaigns-chat-item-author = ✍️ From: { $author }
campaigns-chat-button-open = 🔁 #{ $id } { $name }
campaigns-chat-button-previous = ◀️ Previous
campaigns-chat-button-next = Next ▶️
campaigns-chat-button-pause = ⏸ Pause
campaigns-chat-button-resume = ▶️ Resume
campaigns-chat-button-end = ⏹ End
campaigns-chat-button-list = 🔁 Campaign list

campaigns-chat-end-confirm = ⏹ <b>End campaign #{ $id } "{ $name }"?</b>
    { $left ->
        [0] All its messages have been sent.
        [one] { $left } message not yet sent will never be sent.
       *[other] { $left } messages not yet sent will never be sent.
    } An ended campaign cannot be resumed.
campaigns-chat-end-yes = ⏹ Yes, end it
campaigns-chat-end-no = ↩️ No

campaigns-chat-bad-id = “{ $value }” is not a campaign number. Example: /campaigns 3
