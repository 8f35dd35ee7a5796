## "📋 Pengumuman saya": the caller's announcements (an admin sees everybody's), their reach reports and
## cancelling a scheduled one. Statuses, reports and refusals come from announcements.ftl.

my-announcements-title = 📋 <b>My announcements</b> · page { $page }
my-announcements-empty = No announcements yet. Create one from the 📣 Announcements menu.
my-announcements-item = <b>#{ $id }</b> · { $status } · { $at }
my-announcements-item-excerpt = “{ $excerpt }”
my-announcements-item-author = ✍️ From: { $author }
my-announcements-item-reach = 👥 { $recipients } recipients{ $needsAck ->
        [yes] {" "}· 👁 { $acknowledged } read it ({ $percent } of recipients)
       *[no] {""}
    }
my-announcements-item-pulse = 📝 With the change-readiness pulse
my-announcements-button-report = 📊 Report #{ $id }
my-announcements-button-cancel = 🚫 Cancel #{ $id }
my-announcements-button-previous = ◀️ Previous
my-announcements-button-next = Next ▶️
my-announcements-button-first = ⏮ First page
my-announcements-button-refresh = 🔄 Refresh
my-announcements-button-list = 📋 My announcements

my-announcements-cancel-confirm = 🚫 <b>Cancel announcement #{ $id }?</b>
    “{ $excerpt }”
    Scheduled for { $at }. If you cancel it, it will not be sent to anybody.
my-announcements-cancel-yes = 🚫 Yes, cancel it
my-announcements-cancel-no = ↩️ No, keep it
my-announcements-cancelled = 🚫 Announcement #{ $id } is cancelled and will not be sent.
my-announcements-cancelled-answer = Announcement cancelled
my-announcements-cancel-kept = Announcement #{ $id } stays scheduled for { $at }.

my-announcements-bad-id = “{ $value }” is not an announcement number. Example: /announcement_report 12
