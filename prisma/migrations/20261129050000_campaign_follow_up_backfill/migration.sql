-- Campaign messages now get the acknowledgement reminder and the author's report like one-off
-- announcements. Messages sent before this version are marked as done, so nobody gets a burst of
-- reminders and reports for old messages.
UPDATE "Announcement"
SET "ackRemindedAt" = COALESCE("ackRemindedAt", "sentAt"),
    "reportSentAt" = COALESCE("reportSentAt", "sentAt")
WHERE "campaignId" IS NOT NULL AND "sentAt" IS NOT NULL;
