import { describe, expect, it } from "vitest";
import { createI18n, LOCALES, translatorFor, type Locale } from "../../src/i18n/index.js";
import type { ReachCounts, ReachReport } from "../../src/services/announcements/reach-report.js";
import { renderReachReport } from "../../src/services/announcements/reach-report-text.js";
import { campaignDetailLines, campaignListLine } from "../../src/services/campaigns/campaign-text.js";
import type { CampaignDetail } from "../../src/services/campaigns/campaign-views.js";
import { parseCron } from "../../src/services/campaigns/cron-schedule.js";
import { describePulseRefusal, renderPulseResults } from "../../src/services/pulse/results-text.js";
import type { PulseResults } from "../../src/services/pulse/results.js";
import type { PulseRound } from "../../src/services/pulse/rounds.js";
import { renderQueueOverview } from "../../src/services/queue-overview-text.js";

/**
 * After a few years a district has sent tens of thousands of announcements. Their numbers are
 * names, not amounts: "#12345" must not come out as "#12.345" (Indonesian) or "#12,345" (English).
 */

const i18n = createI18n("id");
const TIMEZONE = "Asia/Jakarta";
const SENT = new Date("2026-12-14T03:00:00Z");
const BIG_ID = 12345;
const GROUPED = /12[.,\u00a0\u202f]345/;

const counts: ReachCounts = { recipients: 2000, sent: 1500, pending: 0, failed: 500, blocked: 0, acknowledged: 1000, sentShare: 0.75, ackShare: 0.67 };

const report: ReachReport = {
  announcement: { id: BIG_ID, authorName: "H. Aspan, S.T.", excerpt: "Apel pagi", needsAck: true, status: "SENT", scheduledAt: null, sentAt: SENT },
  total: counts,
  units: [],
};

const cron = parseCron("0 8 * * 1");
if (!cron.ok) throw new Error("the test schedule must parse");

const campaign: CampaignDetail = {
  id: 4321,
  name: "Budaya kerja BerAKHLAK",
  status: "ACTIVE",
  authorId: 1,
  authorName: "H. Aspan, S.T.",
  schedule: cron.schedule,
  sent: 1,
  total: 2,
  nextRunAt: SENT,
  cron: "0 8 * * 1",
  needsAck: false,
  audience: { kind: "all" },
  unitNames: [],
  createdAt: SENT,
  messages: [
    { position: 1, excerpt: "Pesan Satu", sentAt: SENT, hasPulse: false },
    { position: 2, excerpt: "Pesan Dua", sentAt: null, hasPulse: false },
  ],
};

const round = (announcementId: number): PulseRound => ({
  announcementId,
  sentAt: SENT,
  questionnaireId: 1,
  questionnaireCode: "ADKAR",
  questionnaireTitle: "Kesiapan perubahan",
  questionnaireTitleEn: "Change readiness",
});

const pulse: PulseResults = {
  round: round(BIG_ID),
  previous: round(9876),
  scope: null,
  threshold: 3,
  minGroupSize: 5,
  requests: 2000,
  submitted: 0,
  responseRate: 0,
  respondents: 0,
  overall: null,
  excludedFromOverall: 0,
  suppressed: [],
  units: [],
  others: null,
};

describe.each(LOCALES)("identifiers in %s are written without a thousands separator", (locale: Locale) => {
  const t = translatorFor(i18n, locale);

  it("titles the reach report of announcement 12345 with #12345", () => {
    const title = renderReachReport(t, locale, report, { timezone: TIMEZONE, html: true }).split("\n")[0]!;
    expect(title).toContain(`#${BIG_ID}`);
    expect(title).not.toMatch(GROUPED);
  });

  it("names campaign 4321 as #4321 in its card and in the list", () => {
    const words = { t, locale, timezone: TIMEZONE, now: SENT };
    expect(campaignDetailLines(words, campaign)[0]).toMatch(/^(Kampanye|Campaign) #4321 "Budaya kerja BerAKHLAK"/);
    expect(campaignListLine(words, campaign)).toMatch(/^#4321 · /);
  });

  it("names the pulse round, its predecessor and a missing round by their plain announcement numbers", () => {
    const text = renderPulseResults(t, pulse, { locale, timezone: TIMEZONE, html: false });
    expect(text).toContain(`#${BIG_ID}`);
    expect(text).toContain("#9876");
    expect(text).not.toMatch(GROUPED);
    expect(describePulseRefusal(t, { ok: false, code: "not-found" }, 98765)).toContain("#98765");
  });

  it("lists a failed delivery by its plain queue number", () => {
    const text = renderQueueOverview(
      t,
      {
        counts: [],
        due: 0,
        sentLastDay: 0,
        recentFailures: [{ id: 54321, dedupeKey: "ann:1:2", chatId: "7", error: "chat not found", at: SENT }],
        blockedAccounts: { count: 0, recent: [] },
        leader: null,
      },
      { locale, timezone: TIMEZONE, detailed: true },
    );
    expect(text).toContain("#54321");
  });
});
