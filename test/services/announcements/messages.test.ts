import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createI18n, LOCALES, LOCALES_DIR, translatorFor } from "../../../src/i18n/index.js";
import type { AcknowledgeResult } from "../../../src/services/announcements/acknowledge.js";
import type { CancelResult, CreateErrorCode } from "../../../src/services/announcements/announcements.js";

const i18n = createI18n("id");

type Code<R> = R extends { ok: false; code: infer C } ? C : never;
type RefusalCode = CreateErrorCode | Code<CancelResult> | Code<AcknowledgeResult>;

// A Record over the union fails to compile when a service gains a refusal without a message.
const REFUSALS: Record<RefusalCode, true> = {
  "not-allowed": true,
  "empty-body": true,
  "body-too-long": true,
  "bad-media": true,
  "bad-link-text": true,
  "bad-link-url": true,
  "empty-audience": true,
  "unknown-unit": true,
  "outside-scope": true,
  "no-recipients": true,
  "unknown-pulse": true,
  "time-in-past": true,
  "not-found": true,
  "not-scheduled": true,
  "not-recipient": true,
  "no-ack-needed": true,
};

function keysOf(locale: string): string[] {
  const text = readFileSync(join(LOCALES_DIR, locale, "announcements.ftl"), "utf8");
  return [...text.matchAll(/^([a-z][a-z0-9_-]*) =/gm)].map((match) => match[1]!).sort();
}

describe("announcement messages", () => {
  it("has the same keys in every locale, all prefixed announcements-", () => {
    const id = keysOf("id");
    expect(id.every((key) => key.startsWith("announcements-"))).toBe(true);
    for (const locale of LOCALES) expect(keysOf(locale)).toEqual(id);
  });

  it.each(LOCALES)("explains every refusal of the services in %s", (locale) => {
    const t = translatorFor(i18n, locale);
    const keys = keysOf(locale);
    for (const code of Object.keys(REFUSALS)) {
      expect(keys, code).toContain(`announcements-error-${code}`);
      expect(t(`announcements-error-${code}`), code).not.toMatch(/\{\s*\$/);
    }
  });
});
