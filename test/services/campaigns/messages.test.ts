import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createI18n, LOCALES, LOCALES_DIR, translatorFor } from "../../../src/i18n/index.js";
import { CAMPAIGN_FILE_ISSUE_CODES } from "../../../src/services/campaigns/campaign-file.js";
import { audienceWords, campaignErrorText, campaignFileIssueText } from "../../../src/services/campaigns/campaign-text.js";
import type { CampaignError } from "../../../src/services/campaigns/campaigns.js";
import { CRON_FIELDS, type CronIssue } from "../../../src/services/campaigns/cron-schedule.js";
import { explainCronIssue } from "../../../src/services/campaigns/schedule-words.js";

const i18n = createI18n("id");

// Every variable any file issue uses.
const PARAMS = { field: "messages.2.body", expected: "string", min: 1, max: 64, value: "x", line: 3, detail: "BAD", tag: "p", char: "&", entity: "&amp;" };

function keysOf(locale: string): string[] {
  const text = readFileSync(join(LOCALES_DIR, locale, "campaigns.ftl"), "utf8");
  return [...text.matchAll(/^([a-z][a-z0-9_-]*) =/gm)].map((match) => match[1]!).sort();
}

const CRON_ISSUES: CronIssue[] = [
  { code: "empty" },
  { code: "field-count", count: 4 },
  ...CRON_FIELDS.map((field, index): CronIssue => ({ code: "field", field, position: index + 1, value: "99", min: 0, max: 59 })),
  { code: "never" },
  { code: "too-frequent", perHour: 60 },
  { code: "time", value: "25:00" },
  { code: "weekday", value: "9" },
];

const ERRORS: (CampaignError | { ok: false; code: "unknown-author"; nip: string })[] = [
  ...(["not-allowed", "not-found", "ended", "name", "no-messages", "too-many-messages", "unknown-pulse"] as const).map((code) => ({
    ok: false as const,
    code,
  })),
  { ok: false, code: "schedule", issue: { code: "never" } },
  ...(["empty-body", "body-too-long", "bad-media", "bad-link-text", "bad-link-url"] as const).map((problem) => ({
    ok: false as const,
    code: "content" as const,
    position: 2,
    problem,
  })),
  { ok: false, code: "audience", unitIds: [7] },
  { ok: false, code: "unknown-author", nip: "199001012015011001" },
];

const complete = (text: string, what: string) => {
  expect(text, what).not.toContain("campaign-");
  expect(text, what).not.toMatch(/\{\s*\$/);
  expect(text.trim(), what).not.toBe("");
};

describe("campaign messages", () => {
  it("has the same keys in every locale, all prefixed campaign-", () => {
    const id = keysOf("id");
    expect(id.every((key) => key.startsWith("campaign-"))).toBe(true);
    for (const locale of LOCALES) expect(keysOf(locale)).toEqual(id);
  });

  it.each(LOCALES)("translates every file issue, schedule problem, error and audience in %s", (locale) => {
    const t = translatorFor(i18n, locale);
    for (const code of CAMPAIGN_FILE_ISSUE_CODES) complete(campaignFileIssueText(t, { path: "messages.2.body", code, params: PARAMS }), code);
    for (const issue of CRON_ISSUES) complete(explainCronIssue(t, issue), issue.code);
    for (const error of ERRORS) complete(campaignErrorText(t, error), error.code);
    for (const audience of [{ kind: "all" }, { kind: "supervisors" }, { kind: "role", role: "LEADER" }, { kind: "role", role: "ADMIN" }] as const) {
      complete(audienceWords(t, audience, []), audience.kind);
    }
    complete(audienceWords(t, { kind: "units", unitIds: [1] }, ["Dinas Kesehatan"]), "units");
    complete(audienceWords(t, null, []), "unreadable");
  });
});
