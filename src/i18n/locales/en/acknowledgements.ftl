## The acknowledgement button under an announcement once it has been pressed; $time is the local time ("09:15 WIB").
## The answers to the press are in announcements.ftl.
ack-done-button = ✅ Read { $time }
