import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ManualClock } from "../../../src/clock.js";
import { LOCALES, LOCALES_DIR } from "../../../src/i18n/index.js";
import { ACTIVITY_IMPORT_ACTION, importActivities } from "../../../src/services/activities/import.js";
import { createDueEvaluationRequests } from "../../../src/services/evaluations/assignment.js";
import { DEFAULT_QUESTIONNAIRES } from "../../../src/services/evaluations/question-options.js";
import {
  EVALUATION_RULE_REMOVE_ACTION,
  EVALUATION_RULE_SET_ACTION,
  EVALUATION_RULES_NONE_ACTION,
  EVALUATION_RULES_RESET_ACTION,
  evaluationRules,
  removeEvaluationRule,
  resetEvaluationRules,
  setEvaluationRule,
  setNoEvaluations,
  type EvaluationPlanView,
  type RuleErrorCode,
  type RulesDeps,
} from "../../../src/services/evaluations/rules.js";
import { createActivity } from "../../kit/activity-fixture.js";
import { createTestDb, type TestDb } from "../../kit/db.js";
import { seedRoster, type PersonKey } from "../../kit/roster-fixture.js";
import { createQuestionnaire } from "./questionnaire-fixture.js";

const DAY = 24 * 60 * 60 * 1000;
// The fixture activity ends Monday 14 December 2026, 16:00 WIB.
const END = new Date("2026-12-14T09:00:00Z");
const at = (days: number) => new Date(END.getTime() + days * DAY);
const { reaction: L1, behaviourSelf: L3_SELF, behaviourSupervisor: L3_BOSS } = DEFAULT_QUESTIONNAIRES;

let testDb: TestDb;
let clock: ManualClock;
let deps: RulesDeps;
let ids: Record<PersonKey, number>;

beforeEach(async () => {
  testDb = await createTestDb();
  clock = new ManualClock("2026-12-07T02:00:00Z");
  deps = { db: testDb.db, clock, settings: { l3DelayDays: 60, dueDays: 14 } };
  ids = await seedRoster(testDb.db);
  await createQuestionnaire(testDb.db, { code: L1, anonymous: true });
  await createQuestionnaire(testDb.db, { code: L3_SELF });
  await createQuestionnaire(testDb.db, { code: L3_BOSS, respondentRole: "SUPERVISOR" });
  await createQuestionnaire(testDb.db, { code: "MAGANG-MENTOR", respondentRole: "ANY" });
  await createQuestionnaire(testDb.db, { code: "KHUSUS" });
});
afterEach(async () => testDb.dispose());

const actor = { actorLabel: "cli" };

/** An activity (ending on END) that `people` attended and completed. */
async function completedActivity(people: PersonKey[] = ["staff"], code?: string) {
  const activity = await createActivity(testDb.db, { status: "COMPLETED", ...(code ? { code } : {}) });
  for (const person of people) {
    await testDb.db.registration.create({ data: { activityId: activity.id, employeeId: ids[person], status: "COMPLETED", completedAt: END } });
  }
  return activity;
}

/** Runs the assignment job at each day after the end, moving the injected clock. */
async function runJobOn(...days: number[]) {
  for (const day of days) {
    clock.set(at(day));
    await createDueEvaluationRequests(deps, { now: clock.now() });
  }
}

async function requests() {
  const rows = await testDb.db.evaluationRequest.findMany({
    orderBy: { id: "asc" },
    select: { dedupeKey: true, respondentId: true, dueAt: true, createdAt: true, questionnaire: { select: { code: true } } },
  });
  return rows.map((row) => ({ code: row.questionnaire.code, respondentId: row.respondentId, dueAt: row.dueAt, createdAt: row.createdAt }));
}

const summary = (plan: EvaluationPlanView) =>
  plan.rules.map((rule) => `${rule.questionnaireCode}:${rule.respondent}:${rule.daysAfterEnd}:${rule.dueInDays}`);

async function planOf(activityCode: string): Promise<EvaluationPlanView> {
  const result = await evaluationRules(deps, { activityCode });
  if (!result.ok) throw new Error(result.code);
  return result.plan;
}

describe("the evaluation plan of an activity", () => {
  it("shows the defaults, marked as defaults, with the version and title new requests would get", async () => {
    await createQuestionnaire(testDb.db, { code: L1, version: 2 });
    const activity = await completedActivity();

    const plan = await planOf(activity.code.toLowerCase());
    expect(plan.source).toBe("defaults");
    expect(plan.activity).toMatchObject({ code: activity.code, endsAt: END });
    expect(plan.rules).toEqual([
      expect.objectContaining({ questionnaireCode: L1, respondent: "PARTICIPANT", daysAfterEnd: 0, dueInDays: 14, sendsAt: END }),
      expect.objectContaining({ questionnaireCode: L3_SELF, respondent: "PARTICIPANT", daysAfterEnd: 60, sendsAt: at(60) }),
      expect.objectContaining({ questionnaireCode: L3_BOSS, respondent: "SUPERVISOR", audience: "supervisor", daysAfterEnd: 60 }),
    ]);
    expect(plan.rules[0]!.questionnaire).toMatchObject({ version: 2, title: "Kuesioner L1-REAKSI v2" });
    expect(plan.existingRequests).toBe(0);

    expect(await evaluationRules(deps, { activityCode: "TIDAK-ADA" })).toEqual({
      ok: false,
      code: "activity-not-found",
      params: { code: "TIDAK-ADA" },
    });
  });
});

describe("an admin sets an activity's evaluation rules", () => {
  it("replaces the defaults with a rule set of its own in what the job creates", async () => {
    const activity = await completedActivity(["staff"]);
    expect(await setNoEvaluations(deps, { ...actor, activityCode: activity.code })).toMatchObject({ ok: true, changed: true });
    const khusus = await setEvaluationRule(deps, {
      ...actor,
      activityCode: activity.code,
      questionnaireCode: "khusus",
      respondent: "PARTICIPANT",
      daysAfterEnd: 1,
      dueInDays: 3,
    });
    expect(khusus).toMatchObject({ ok: true, outcome: "created", copiedDefaults: false });
    await setEvaluationRule(deps, {
      ...actor,
      activityCode: activity.code,
      questionnaireCode: L3_BOSS,
      respondent: "SUPERVISOR",
      daysAfterEnd: 30,
      dueInDays: 7,
    });
    expect(summary(await planOf(activity.code))).toEqual(["KHUSUS:PARTICIPANT:1:3", "L3-ATASAN:SUPERVISOR:30:7"]);

    await runJobOn(0, 1, 29, 30, 60, 90);
    expect(await requests()).toEqual([
      { code: "KHUSUS", respondentId: ids.staff, dueAt: at(4), createdAt: at(1) },
      { code: L3_BOSS, respondentId: ids.supervisor, dueAt: at(37), createdAt: at(30) },
    ]);
  });

  it("keeps the other defaults when it changes one rule of an activity that followed them", async () => {
    const activity = await completedActivity(["staff"]);
    const changed = await setEvaluationRule(deps, {
      ...actor,
      activityCode: activity.code,
      questionnaireCode: L3_BOSS,
      respondent: "SUPERVISOR",
      daysAfterEnd: 90,
      dueInDays: 21,
    });
    expect(changed).toMatchObject({ ok: true, outcome: "updated", copiedDefaults: true });
    if (!changed.ok) return;
    expect(changed.plan.source).toBe("custom");
    expect(summary(changed.plan)).toEqual(["L1-REAKSI:PARTICIPANT:0:14", "L3-DIRI:PARTICIPANT:60:14", "L3-ATASAN:SUPERVISOR:90:21"]);

    await runJobOn(0, 60);
    expect((await requests()).map((request) => request.code)).toEqual([L1, L3_SELF]);
    await runJobOn(90);
    expect((await requests()).at(-1)).toEqual({ code: L3_BOSS, respondentId: ids.supervisor, dueAt: at(111), createdAt: at(90) });
  });

  it("changes nothing, and audits nothing, when the rule is already in the plan", async () => {
    const activity = await completedActivity();
    const same = await setEvaluationRule(deps, {
      ...actor,
      activityCode: activity.code,
      questionnaireCode: L1,
      respondent: "PARTICIPANT",
      daysAfterEnd: 0,
      dueInDays: 14,
    });
    expect(same).toMatchObject({ ok: true, outcome: "unchanged", copiedDefaults: false });
    expect((await planOf(activity.code)).source).toBe("defaults");
    expect(await testDb.db.activityQuestionnaire.count()).toBe(0);
    expect(await testDb.db.auditLog.count()).toBe(0);
  });

  it("keeps one rule per questionnaire and audience: participant and any replace each other", async () => {
    const activity = await completedActivity(["staff"]);
    await setNoEvaluations(deps, { ...actor, activityCode: activity.code });
    const rule = { ...actor, activityCode: activity.code, questionnaireCode: "MAGANG-MENTOR", daysAfterEnd: 0, dueInDays: 5 };
    await setEvaluationRule(deps, { ...rule, respondent: "PARTICIPANT" });
    await setEvaluationRule(deps, { ...rule, respondent: "SUPERVISOR" });
    const any = await setEvaluationRule(deps, { ...rule, respondent: "ANY", dueInDays: 6 });
    expect(any).toMatchObject({ ok: true, outcome: "updated" });
    expect(summary(await planOf(activity.code))).toEqual(["MAGANG-MENTOR:ANY:0:6", "MAGANG-MENTOR:SUPERVISOR:0:5"]);

    await runJobOn(0);
    expect((await requests()).map((request) => request.respondentId).sort()).toEqual([ids.staff, ids.supervisor].sort());
  });

  it("defaults the respondent to the one the questionnaire names", async () => {
    const activity = await completedActivity();
    const result = await setEvaluationRule(deps, { ...actor, activityCode: activity.code, questionnaireCode: L3_BOSS, daysAfterEnd: 30, dueInDays: 14 });
    expect(result).toMatchObject({ ok: true, rule: { questionnaireCode: L3_BOSS, respondent: "SUPERVISOR" } });
  });

  it("leaves the activity without evaluations when its last rule is removed, not back on the defaults", async () => {
    const activity = await completedActivity(["staff"]);
    const removed = await removeEvaluationRule(deps, { ...actor, activityCode: activity.code, questionnaireCode: L3_BOSS });
    expect(removed).toMatchObject({ ok: true, removed: 1, copiedDefaults: true });
    await removeEvaluationRule(deps, { ...actor, activityCode: activity.code, questionnaireCode: L3_SELF, respondent: "PARTICIPANT" });
    const last = await removeEvaluationRule(deps, { ...actor, activityCode: activity.code, questionnaireCode: L1 });
    expect(last).toMatchObject({ ok: true, removed: 1 });
    if (!last.ok) return;
    expect(last.plan).toMatchObject({ source: "custom", rules: [] });

    expect(await removeEvaluationRule(deps, { ...actor, activityCode: activity.code, questionnaireCode: L1 })).toEqual({
      ok: false,
      code: "rule-not-found",
      params: { code: activity.code, questionnaire: L1, respondent: "" },
    });
    await runJobOn(0, 60, 90);
    expect(await requests()).toEqual([]);
  });

  it("says no evaluation explicitly, and returns to the defaults on reset", async () => {
    const activity = await completedActivity(["staff"]);
    await setEvaluationRule(deps, { ...actor, activityCode: activity.code, questionnaireCode: "KHUSUS", daysAfterEnd: 0, dueInDays: 3 });
    const none = await setNoEvaluations(deps, { ...actor, activityCode: activity.code });
    expect(none).toMatchObject({ ok: true, changed: true, plan: { source: "custom", rules: [] } });
    expect(await setNoEvaluations(deps, { ...actor, activityCode: activity.code })).toMatchObject({ ok: true, changed: false });
    await runJobOn(0);
    expect(await requests()).toEqual([]);

    const reset = await resetEvaluationRules(deps, { ...actor, activityCode: activity.code });
    expect(reset).toMatchObject({ ok: true, changed: true, plan: { source: "defaults" } });
    if (!reset.ok) return;
    expect(summary(reset.plan)).toEqual(["L1-REAKSI:PARTICIPANT:0:14", "L3-DIRI:PARTICIPANT:60:14", "L3-ATASAN:SUPERVISOR:60:14"]);
    expect(await testDb.db.activityQuestionnaire.count()).toBe(0);
    expect(await resetEvaluationRules(deps, { ...actor, activityCode: activity.code })).toMatchObject({ ok: true, changed: false });

    await runJobOn(1, 60);
    expect((await requests()).map((request) => request.code)).toEqual([L1, L3_SELF, L3_BOSS]);
  });

  it("never changes requests created before a rule change", async () => {
    const activity = await completedActivity(["staff"]);
    await runJobOn(0);
    const before = await requests();
    expect(before).toEqual([{ code: L1, respondentId: ids.staff, dueAt: at(14), createdAt: at(0) }]);

    const changed = await setEvaluationRule(deps, {
      ...actor,
      activityCode: activity.code,
      questionnaireCode: L1,
      respondent: "PARTICIPANT",
      daysAfterEnd: 2,
      dueInDays: 3,
    });
    expect(changed).toMatchObject({ ok: true, plan: { existingRequests: 1 } });
    await runJobOn(2, 5);
    expect(await requests()).toEqual(before);

    await removeEvaluationRule(deps, { ...actor, activityCode: activity.code, questionnaireCode: L1 });
    await setNoEvaluations(deps, { ...actor, activityCode: activity.code });
    await resetEvaluationRules(deps, { ...actor, activityCode: activity.code });
    expect(await requests()).toEqual(before);
    expect(await testDb.db.evaluationRequest.findFirstOrThrow()).toMatchObject({ status: "PENDING" });
  });

  it("writes every change to the audit log", async () => {
    const activity = await completedActivity();
    const rule = { ...actor, activityCode: activity.code, questionnaireCode: "KHUSUS", respondent: "PARTICIPANT" as const };
    await setEvaluationRule(deps, { ...rule, daysAfterEnd: 1, dueInDays: 7 });
    await setEvaluationRule(deps, { ...rule, daysAfterEnd: 2, dueInDays: 7 });
    await removeEvaluationRule(deps, rule);
    await setNoEvaluations(deps, { ...actor, activityCode: activity.code });
    await resetEvaluationRules(deps, { ...actor, activityCode: activity.code });

    const entries = await testDb.db.auditLog.findMany({ orderBy: { id: "asc" } });
    expect(entries.map((entry) => entry.action)).toEqual([
      EVALUATION_RULE_SET_ACTION,
      EVALUATION_RULE_SET_ACTION,
      EVALUATION_RULE_REMOVE_ACTION,
      EVALUATION_RULES_NONE_ACTION,
      EVALUATION_RULES_RESET_ACTION,
    ]);
    expect(entries.every((entry) => entry.actorLabel === "cli" && entry.targetType === "activity" && entry.targetId === String(activity.id))).toBe(true);
    expect(JSON.parse(entries[0]!.details!)).toMatchObject({
      activityCode: activity.code,
      questionnaireCode: "KHUSUS",
      version: 1,
      respondent: "PARTICIPANT",
      daysAfterEnd: 1,
      dueInDays: 7,
      outcome: "created",
      copiedDefaults: true,
    });
    expect(JSON.parse(entries[1]!.details!)).toMatchObject({ outcome: "updated", previous: { daysAfterEnd: 1, dueInDays: 7 } });
  });

  it("lets only admins change the rules when a person acts in chat", async () => {
    const activity = await completedActivity();
    const input = { actorLabel: "telegram:1", activityCode: activity.code, questionnaireCode: "KHUSUS", daysAfterEnd: 0, dueInDays: 7 };
    expect(await setEvaluationRule(deps, { ...input, actorId: ids.head })).toEqual({ ok: false, code: "not-allowed", params: {} });
    expect(await setNoEvaluations(deps, { ...input, actorId: ids.staff })).toMatchObject({ ok: false, code: "not-allowed" });
    expect(await testDb.db.activityQuestionnaire.count()).toBe(0);

    await testDb.db.roleGrant.create({ data: { employeeId: ids.supervisor, role: "ADMIN", grantedBy: "test" } });
    expect(await setEvaluationRule(deps, { ...input, actorId: ids.supervisor })).toMatchObject({ ok: true, outcome: "created" });
    expect(await testDb.db.auditLog.findFirstOrThrow()).toMatchObject({ actorId: ids.supervisor, actorLabel: "telegram:1" });
  });
});

describe("rules that cannot be used", () => {
  async function refusal(input: Partial<Parameters<typeof setEvaluationRule>[1]>, activityCode?: string) {
    const activity = activityCode ? { code: activityCode } : await completedActivity();
    return setEvaluationRule(deps, {
      ...actor,
      activityCode: activity.code,
      questionnaireCode: "KHUSUS",
      respondent: "PARTICIPANT",
      daysAfterEnd: 0,
      dueInDays: 14,
      ...input,
    });
  }

  it("refuses unknown questionnaires, codes without an active version and pulse surveys", async () => {
    await createQuestionnaire(testDb.db, { code: "LAMA", active: false });
    await testDb.db.questionnaire.create({
      data: { code: "PULSE-ADKAR", version: 1, title: "Pulse", level: "PULSE", respondentRole: "ANY" },
    });
    expect(await refusal({ questionnaireCode: "TIDAK-ADA" })).toEqual({
      ok: false,
      code: "questionnaire-not-found",
      params: { questionnaire: "TIDAK-ADA" },
    });
    expect(await refusal({ questionnaireCode: "lama" })).toMatchObject({ code: "questionnaire-not-found", params: { questionnaire: "LAMA" } });
    expect(await refusal({ questionnaireCode: "PULSE-ADKAR" })).toMatchObject({ code: "questionnaire-pulse" });
  });

  it("refuses a respondent the questionnaire is not written for; a questionnaire for anyone fits both", async () => {
    expect(await refusal({ questionnaireCode: L3_BOSS, respondent: "PARTICIPANT" })).toEqual({
      ok: false,
      code: "respondent-mismatch",
      params: { questionnaire: L3_BOSS, role: "SUPERVISOR", respondent: "PARTICIPANT" },
    });
    // ANY as a rule's respondent is answered by the participant.
    expect(await refusal({ questionnaireCode: L3_BOSS, respondent: "ANY" })).toMatchObject({ code: "respondent-mismatch" });
    expect(await refusal({ questionnaireCode: L3_SELF, respondent: "SUPERVISOR" })).toMatchObject({
      code: "respondent-mismatch",
      params: { role: "PARTICIPANT", respondent: "SUPERVISOR" },
    });
    expect(await refusal({ questionnaireCode: "MAGANG-MENTOR", respondent: "SUPERVISOR" })).toMatchObject({ ok: true });
    expect(await refusal({ questionnaireCode: "MAGANG-MENTOR", respondent: "PARTICIPANT" })).toMatchObject({ ok: true });
  });

  it("refuses days out of range", async () => {
    expect(await refusal({ daysAfterEnd: -1 })).toEqual({
      ok: false,
      code: "days-after-end",
      params: { value: "-1", min: 0, max: 365 },
    });
    expect(await refusal({ daysAfterEnd: 366 })).toMatchObject({ code: "days-after-end" });
    expect(await refusal({ daysAfterEnd: 1.5 })).toMatchObject({ code: "days-after-end" });
    expect(await refusal({ dueInDays: 0 })).toMatchObject({ code: "due-days", params: { value: "0", min: 1, max: 365 } });
    expect(await refusal({ dueInDays: 400 })).toMatchObject({ code: "due-days" });
  });

  it("refuses cancelled and unknown activities", async () => {
    const cancelled = await createActivity(testDb.db, { status: "CANCELLED" });
    expect(await refusal({}, cancelled.code)).toEqual({ ok: false, code: "activity-cancelled", params: { code: cancelled.code } });
    expect(await setNoEvaluations(deps, { ...actor, activityCode: cancelled.code })).toMatchObject({ code: "activity-cancelled" });
    expect(await resetEvaluationRules(deps, { ...actor, activityCode: cancelled.code })).toMatchObject({ code: "activity-cancelled" });
    expect(await removeEvaluationRule(deps, { ...actor, activityCode: cancelled.code, questionnaireCode: L1 })).toMatchObject({
      code: "activity-cancelled",
    });
    expect(await refusal({}, "TIDAK-ADA")).toMatchObject({ code: "activity-not-found" });
  });

  it("refuses a rule whose requests would be overdue the moment they are created", async () => {
    const activity = await completedActivity();
    clock.set(at(30));
    expect(await refusal({ daysAfterEnd: 10, dueInDays: 14 }, activity.code)).toEqual({
      ok: false,
      code: "overdue-at-once",
      params: { code: activity.code, questionnaire: "KHUSUS", due: at(24).toISOString(), minDays: 30 },
    });
    expect(await refusal({ daysAfterEnd: 30, dueInDays: 14 }, activity.code)).toMatchObject({ ok: true, outcome: "created" });
  });

  it("writes nothing when it refuses", async () => {
    await refusal({ questionnaireCode: "TIDAK-ADA" });
    await refusal({ daysAfterEnd: -1 });
    expect(await testDb.db.activityQuestionnaire.count()).toBe(0);
    expect(await testDb.db.activity.count({ where: { customEvaluationRules: true } })).toBe(0);
    expect(await testDb.db.auditLog.count()).toBe(0);
  });
});

describe("evaluation rules in an activity file", () => {
  const yaml = (...activities: string[]) => `activities:\n${activities.join("\n")}`;
  const activity = (code: string, extra = "") =>
    [
      `  - code: ${code}`,
      `    title: Pelatihan ${code}`,
      "    kind: pelatihan",
      "    competency_type: teknis",
      "    jp: 8",
      "    starts_at: 2026-12-14 08:00",
      "    ends_at: 2026-12-14 16:00",
      extra,
    ]
      .filter((line) => line !== "")
      .join("\n");
  const importYaml = (text: string) => importActivities(deps, text, { format: "yaml", timezone: "Asia/Jakarta", actorLabel: "cli" });
  const RULES = [
    "    evaluations:",
    "      - questionnaire: l1-reaksi",
    "        days_after_end: 0",
    "        due_days: 7",
    "      - questionnaire: L3-ATASAN",
    "        respondent: atasan",
    "        days_after_end: 90",
    "        due_days: 21",
  ].join("\n");

  it("gives an activity its own rules with the activity, and a re-import changes nothing", async () => {
    const first = await importYaml(yaml(activity("ARSIP-2026", RULES), activity("SEMINAR-2026")));
    expect(first).toMatchObject({ ok: true, errors: [], summary: { created: 2 } });
    expect(first.warnings).toEqual([{ line: 1, code: "evaluation-rules-changed", params: { code: "ARSIP-2026" } }]);
    const plan = await planOf("ARSIP-2026");
    expect(plan.source).toBe("custom");
    expect(summary(plan)).toEqual(["L1-REAKSI:PARTICIPANT:0:7", "L3-ATASAN:SUPERVISOR:90:21"]);
    expect((await planOf("SEMINAR-2026")).source).toBe("defaults");
    const audit = await testDb.db.auditLog.findFirstOrThrow({ where: { action: ACTIVITY_IMPORT_ACTION } });
    expect(JSON.parse(audit.details!)).toMatchObject({ evaluationRules: ["ARSIP-2026"] });

    const rows = await testDb.db.activityQuestionnaire.findMany({ orderBy: { id: "asc" } });
    const again = await importYaml(yaml(activity("ARSIP-2026", RULES), activity("SEMINAR-2026")));
    expect(again).toMatchObject({ ok: true, warnings: [], summary: { created: 0, unchanged: 2 } });
    expect(await testDb.db.activityQuestionnaire.findMany({ orderBy: { id: "asc" } })).toEqual(rows);
  });

  it("takes an empty list as no evaluation and `default` as the defaults; leaving it out keeps the rules", async () => {
    await importYaml(yaml(activity("ARSIP-2026", RULES)));
    await importYaml(yaml(activity("ARSIP-2026")));
    expect(summary(await planOf("ARSIP-2026"))).toEqual(["L1-REAKSI:PARTICIPANT:0:7", "L3-ATASAN:SUPERVISOR:90:21"]);

    const none = await importYaml(yaml(activity("ARSIP-2026", "    evaluations: []")));
    expect(none.warnings.map((issue) => issue.code)).toEqual(["evaluation-rules-changed"]);
    expect(await planOf("ARSIP-2026")).toMatchObject({ source: "custom", rules: [] });

    await importYaml(yaml(activity("ARSIP-2026", "    evaluations: bawaan")));
    expect((await planOf("ARSIP-2026")).source).toBe("defaults");
    expect((await importYaml(yaml(activity("ARSIP-2026", "    evaluations: default")))).warnings).toEqual([]);
  });

  it("reports every bad rule at its activity's position and writes nothing", async () => {
    const bad = [
      "    evaluations:",
      "      - questionnaire: TIDAK-ADA",
      "        days_after_end: 0",
      "        due_days: 7",
      "      - questionnaire: L3-ATASAN",
      "        respondent: participant",
      "        days_after_end: 60",
      "        due_days: 7",
      "      - questionnaire: KHUSUS",
      "        days_after_end: -1",
      "        due_days: 7",
      "      - questionnaire: KHUSUS",
      "        respondent: bos",
      "        days_after_end: 1",
      "        due_days: 7",
      "      - questionnaire: L1-REAKSI",
      "        days_after_end: 1",
      "        kapan: besok",
    ].join("\n");
    const duplicate = [
      "    evaluations:",
      "      - { questionnaire: KHUSUS, days_after_end: 0, due_days: 7 }",
      "      - { questionnaire: KHUSUS, respondent: any, days_after_end: 1, due_days: 7 }",
    ].join("\n");
    const result = await importYaml(yaml(activity("ARSIP-2026"), activity("BURUK-2026", bad), activity("GANDA-2026", duplicate)));
    expect(result.ok).toBe(false);
    expect(result.errors).toEqual([
      { line: 2, code: "evaluation-respondent", params: { value: "bos", accepted: "participant, peserta, supervisor, atasan, any" } },
      { line: 2, code: "required", params: { column: "evaluations[5].due_days" } },
      { line: 2, code: "unknown-field", params: { field: "evaluations[5].kapan" } },
      { line: 2, code: "evaluation-questionnaire", params: { value: "TIDAK-ADA" } },
      { line: 2, code: "evaluation-respondent-mismatch", params: { value: "L3-ATASAN", accepted: "supervisor" } },
      { line: 2, code: "evaluation-days-after-end", params: { value: "-1", max: 365 } },
      { line: 3, code: "evaluation-duplicate", params: { value: "KHUSUS" } },
    ]);
    expect(await testDb.db.activity.count()).toBe(0);
    expect(await testDb.db.activityQuestionnaire.count()).toBe(0);
  });

  it("refuses to change the rules of a cancelled activity", async () => {
    await importYaml(yaml(activity("ARSIP-2026")));
    await testDb.db.activity.update({ where: { code: "ARSIP-2026" }, data: { status: "CANCELLED" } });
    const result = await importYaml(yaml(activity("ARSIP-2026", "    evaluations: []")));
    expect(result.errors).toEqual([{ line: 1, code: "activity-closed", params: { code: "ARSIP-2026", status: "CANCELLED" } }]);
    expect((await planOf("ARSIP-2026")).source).toBe("defaults");
  });
});

describe("evaluation rule messages", () => {
  const keysOf = (locale: string) =>
    [...readFileSync(join(LOCALES_DIR, locale, "evaluation-rules.ftl"), "utf8").matchAll(/^([a-z][a-z0-9-]*) =/gm)].map((m) => m[1]!).sort();

  it("has the same keys in both languages, all prefixed, with a message for every refusal", () => {
    const id = keysOf("id");
    expect(id.every((key) => key.startsWith("evaluation-rules-"))).toBe(true);
    for (const locale of LOCALES) expect(keysOf(locale)).toEqual(id);
    const codes: RuleErrorCode[] = [
      "not-allowed",
      "activity-not-found",
      "activity-cancelled",
      "questionnaire-not-found",
      "questionnaire-pulse",
      "respondent-mismatch",
      "days-after-end",
      "due-days",
      "overdue-at-once",
      "rule-not-found",
    ];
    for (const code of codes) expect(id).toContain(`evaluation-rules-error-${code}`);
  });
});
