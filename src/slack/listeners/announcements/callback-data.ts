/**
 * The button values of the Slack announcement tools (ids only, like Telegram's callback data):
 * `sann:new` opens the compose modal, `sanr:<announcementId>` the reach report. Delivered
 * announcements carry the services' own `ack:<announcementId>` and `ev:<requestId>` (the pulse,
 * answered by the evaluations listeners).
 */

export const COMPOSE_DATA = "sann:new";
export const COMPOSE_PATTERN = /^sann:new$/;

export const REPORT_PATTERN = /^sanr:([1-9]\d{0,8})$/;
export const reportData = (announcementId: number): string => `sanr:${announcementId}`;

export const ACK_PATTERN = /^ack:([1-9]\d{0,8}|preview)$/;
