import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ManualClock } from "../../../src/clock.js";
import { LOCALES, LOCALES_DIR } from "../../../src/i18n/index.js";
import type { ServiceDeps } from "../../../src/services/deps.js";
import { ensureDefaultQuestionnaires } from "../../../src/services/evaluations/defaults.js";
import { DEFAULT_QUESTIONNAIRES } from "../../../src/services/evaluations/question-options.js";
import { latestActiveQuestionnaire } from "../../../src/services/evaluations/questionnaires.js";
import { submitResponse } from "../../../src/services/evaluations/submission.js";
import { ADKAR_DIMENSIONS } from "../../../src/services/pulse/adkar.js";
import { createPulseRequests, pulseDedupeKey } from "../../../src/services/pulse/requests.js";
import { createTestDb, type TestDb } from "../../kit/db.js";
import { seedRoster, type PersonKey } from "../../kit/roster-fixture.js";
import { createQuestionnaire } from "../evaluations/questionnaire-fixture.js";

let testDb: TestDb;
let clock: ManualClock;
let deps: ServiceDeps;
let ids: Record<PersonKey, number>;

/** Monday 7 December 2026, 09.00 WIB. */
const SENT = new Date("2026-12-07T02:00:00Z");

beforeEach(async () => {
  testDb = await createTestDb();
  clock = new ManualClock(SENT);
  deps = { db: testDb.db, clock };
  ids = await seedRoster(testDb.db);
});
afterEach(async () => testDb.dispose());

async function pulseAnnouncement(options: { anonymous?: boolean } = {}) {
  await ensureDefaultQuestionnaires(deps);
  let questionnaire = (await latestActiveQuestionnaire(deps, DEFAULT_QUESTIONNAIRES.changeReadiness))!;
  if (options.anonymous === false) {
    const named = await createQuestionnaire(testDb.db, { code: "PULSE-BERNAMA", respondentRole: "ANY" });
    questionnaire = { ...named, questions: named.questions };
  }
  const announcement = await testDb.db.announcement.create({
    data: {
      authorId: ids.head,
      body: "Mari sukseskan layanan digital.",
      status: "SENT",
      sentAt: SENT,
      pulseQuestionnaireId: questionnaire.id,
    },
  });
  return { questionnaire, announcement };
}

describe("the shipped ADKAR pulse", () => {
  it("is anonymous, for anyone, with two Likert statements per stage in ADKAR order, in both languages", async () => {
    await ensureDefaultQuestionnaires(deps);
    const pulse = (await latestActiveQuestionnaire(deps, DEFAULT_QUESTIONNAIRES.changeReadiness))!;
    expect(pulse).toMatchObject({ code: "PULSE-ADKAR", level: "PULSE", respondentRole: "ANY", anonymous: true, active: true });
    expect(pulse.questions.map((q) => q.dimension)).toEqual(ADKAR_DIMENSIONS.flatMap((dimension) => [dimension, dimension]));
    expect(pulse.questions.every((q) => q.kind === "LIKERT" && q.required && q.textEn !== null)).toBe(true);
    expect(pulse.questions[0]!.text).toBe("Saya memahami mengapa perubahan ini perlu dilakukan di instansi kita.");
  });

  it("has the same message keys in Indonesian and English", () => {
    const keysOf = (locale: string) =>
      [...readFileSync(join(LOCALES_DIR, locale, "pulse.ftl"), "utf8").matchAll(/^([a-z][a-z0-9_-]*) =/gm)].map((m) => m[1]!).sort();
    const id = keysOf("id");
    expect(id.every((key) => key.startsWith("pulse-"))).toBe(true);
    for (const locale of LOCALES) expect(keysOf(locale)).toEqual(id);
  });
});

describe("pulse requests for an announcement", () => {
  it("creates one request per recipient, once, due in the given days", async () => {
    const { questionnaire, announcement } = await pulseAnnouncement();
    const recipients = [ids.staff, ids.colleague, ids.supervisor];
    const first = await createPulseRequests(deps, {
      announcementId: announcement.id,
      questionnaireId: questionnaire.id,
      employeeIds: recipients,
      now: SENT,
      dueDays: 7,
    });
    expect([...first.keys()]).toEqual(recipients);

    const rows = await testDb.db.evaluationRequest.findMany({ orderBy: { id: "asc" } });
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      expect(row).toMatchObject({
        dedupeKey: `pulse:${announcement.id}:${row.respondentId}`,
        questionnaireId: questionnaire.id,
        announcementId: announcement.id,
        activityId: null,
        status: "PENDING",
        dueAt: new Date("2026-12-14T02:00:00Z"),
      });
      expect(first.get(row.respondentId)).toBe(row.id);
    }

    // A retried send (one more recipient, one listed twice) creates only what is missing.
    const again = await createPulseRequests(deps, {
      announcementId: announcement.id,
      questionnaireId: questionnaire.id,
      employeeIds: [ids.staff, ids.head, ids.staff],
      now: new Date("2026-12-07T03:00:00Z"),
      dueDays: 7,
    });
    expect(again.get(ids.staff)).toBe(first.get(ids.staff));
    expect(again.size).toBe(2);
    expect(await testDb.db.evaluationRequest.count()).toBe(4);
    expect(pulseDedupeKey(announcement.id, ids.head)).toBe(`pulse:${announcement.id}:${ids.head}`);
  });

  it("two concurrent runs store each request once and agree on the ids", async () => {
    const { questionnaire, announcement } = await pulseAnnouncement();
    const input = { announcementId: announcement.id, questionnaireId: questionnaire.id, now: SENT, dueDays: 7 };
    const [a, b] = await Promise.all([
      createPulseRequests(deps, { ...input, employeeIds: [ids.staff, ids.colleague] }),
      createPulseRequests(deps, { ...input, employeeIds: [ids.colleague, ids.supervisor, ids.staff] }),
    ]);
    expect(await testDb.db.evaluationRequest.count()).toBe(3);
    expect(a.get(ids.staff)).toBe(b.get(ids.staff));
    expect(a.get(ids.colleague)).toBe(b.get(ids.colleague));
  });

  it("keeps an anonymous answer apart from the person, tied to the announcement and the unit", async () => {
    const { questionnaire, announcement } = await pulseAnnouncement();
    const requests = await createPulseRequests(deps, {
      announcementId: announcement.id,
      questionnaireId: questionnaire.id,
      employeeIds: [ids.staff],
      now: SENT,
      dueDays: 7,
    });
    clock.set("2026-12-08T07:31:00Z");
    const answers = Object.fromEntries(questionnaire.questions.map((q, i) => [q.id, (i % 5) + 1]));
    const result = await submitResponse(deps, { requestId: requests.get(ids.staff)!, respondentId: ids.staff, answers });
    expect(result).toMatchObject({ ok: true, anonymous: true });

    const response = await testDb.db.response.findFirstOrThrow({ include: { answers: true } });
    const staff = await testDb.db.employee.findUniqueOrThrow({ where: { id: ids.staff } });
    expect(response).toMatchObject({
      respondentId: null,
      requestId: null,
      subjectId: null,
      activityId: null,
      announcementId: announcement.id,
      unitId: staff.unitId,
      submittedAt: new Date("2026-12-08T00:00:00Z"),
    });
    expect(response.answers).toHaveLength(10);
    const request = await testDb.db.evaluationRequest.findUniqueOrThrow({ where: { id: requests.get(ids.staff)! } });
    expect(request).toMatchObject({ status: "SUBMITTED", submittedAt: null });
  });

  it("a pulse that is not anonymous keeps the respondent and the announcement", async () => {
    const { questionnaire, announcement } = await pulseAnnouncement({ anonymous: false });
    const requests = await createPulseRequests(deps, {
      announcementId: announcement.id,
      questionnaireId: questionnaire.id,
      employeeIds: [ids.colleague],
      now: SENT,
      dueDays: 3,
    });
    const answers = { [questionnaire.questions[0]!.id]: 4 };
    expect(await submitResponse(deps, { requestId: requests.get(ids.colleague)!, respondentId: ids.colleague, answers })).toMatchObject({
      ok: true,
      anonymous: false,
    });
    expect(await testDb.db.response.findFirstOrThrow()).toMatchObject({
      respondentId: ids.colleague,
      requestId: requests.get(ids.colleague),
      announcementId: announcement.id,
    });
  });
});
