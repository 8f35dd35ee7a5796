import type { types } from "@slack/bolt";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ManualClock } from "../../src/clock.js";
import { AGREEMENT_LABELS } from "../../src/services/evaluations/question-options.js";
import { sendEvaluationNudges } from "../../src/services/evaluations/nudges.js";
import { resolveSlackCaller } from "../../src/slack/caller.js";
import type { SlackDeps } from "../../src/slack/deps.js";
import { homeSection } from "../../src/slack/listeners/evaluations/home-section.js";
import { createActivity } from "../kit/activity-fixture.js";
import { createTestDb, type TestDb } from "../kit/db.js";
import { seedRoster, type PersonKey } from "../kit/roster-fixture.js";
import { linkSlackAccount, startSlackTestApp, type SlackTestApp } from "../kit/slack/harness.js";
import { TOPICS } from "../services/evaluations/questionnaire-fixture.js";
import { evaluationRequest, slackDeps, stateFor, viewText } from "./evaluation-fixture.js";

const AHMAD = "U0AHMAD01";
const RINA = "U0RINA001";
const LIKERT = { kind: "LIKERT" as const, text: "Materi pelatihan bermanfaat", options: JSON.stringify(AGREEMENT_LABELS) };

type Json = Record<string, unknown>;

/** Every button in some blocks, as { text, value, action_id }. */
function buttonsIn(blocks: unknown): { text: string; value: string; action_id: string }[] {
  const found: { text: string; value: string; action_id: string }[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== "object") return;
    const object = node as Json;
    if (object.type === "button") {
      found.push({ text: (object.text as { text: string }).text, value: String(object.value), action_id: String(object.action_id) });
    }
    Object.values(object).forEach(visit);
  };
  visit(blocks);
  return found;
}

describe("📝 Evaluasi on the App Home", () => {
  let testDb: TestDb;
  let deps: SlackDeps;
  let ids: Record<PersonKey, number>;

  beforeEach(async () => {
    testDb = await createTestDb();
    deps = slackDeps(testDb, new ManualClock("2026-12-15T02:00:00Z"));
    ids = await seedRoster(testDb.db);
    await linkSlackAccount(testDb.db, ids.staff, AHMAD);
    await linkSlackAccount(testDb.db, ids.supervisor, RINA);
  });
  afterEach(async () => testDb.dispose());

  const sectionFor = async (slackUserId: string) => homeSection(deps, await resolveSlackCaller(deps, slackUserId));

  it("lists the open evaluations, soonest due first, each with its due date and an Isi sekarang button", async () => {
    const activity = await createActivity(testDb.db, { status: "COMPLETED" });
    const later = await evaluationRequest(testDb.db, { respondentId: ids.staff, activityId: activity.id, questions: [LIKERT] });
    const sooner = await evaluationRequest(testDb.db, { respondentId: ids.staff, questions: [LIKERT], dueAt: new Date("2026-12-18T16:59:00Z") });
    await testDb.db.evaluationRequest.update({ where: { id: sooner.request.id }, data: { status: "IN_PROGRESS" } });
    const done = await evaluationRequest(testDb.db, { respondentId: ids.staff, questions: [LIKERT] });
    await testDb.db.evaluationRequest.update({ where: { id: done.request.id }, data: { status: "SUBMITTED" } });

    const blocks = await sectionFor(AHMAD);
    const text = viewText({ blocks });
    expect(text).toContain("📝 *Evaluasi*\n2 evaluasi menunggu jawaban Anda.");
    expect(text).toContain(`*1. ${sooner.questionnaire.title}*\nBatas pengisian: Jumat, 18 Desember 2026\n✏️ Sudah mulai diisi`);
    expect(text).toContain(`*2. ${later.questionnaire.title}*\nKegiatan: ${activity.title}\nBatas pengisian: Senin, 21 Desember 2026`);
    expect(text).not.toContain(done.questionnaire.title);
    expect(buttonsIn(blocks)).toEqual([
      { text: "✍️ Isi sekarang", value: `ev:${sooner.request.id}`, action_id: "cb:0" },
      { text: "✍️ Isi sekarang", value: `ev:${later.request.id}`, action_id: "cb:1" },
    ]);
  });

  it("shows a supervisor the behaviour (L3) assessments of their staff as evaluations to fill", async () => {
    const l3 = await evaluationRequest(testDb.db, { respondentId: ids.supervisor, subjectId: ids.staff, questions: [LIKERT] });
    const blocks = await sectionFor(RINA);
    expect(viewText({ blocks })).toContain("Tentang: Ahmad Fauzi, S.Kom.");
    expect(buttonsIn(blocks).map((button) => button.value)).toEqual([`ev:${l3.request.id}`]);
  });

  it("says there is nothing to answer, shows nothing to someone not linked, and counts what does not fit", async () => {
    expect(viewText({ blocks: await sectionFor(AHMAD) })).toBe("📝 Tidak ada evaluasi yang perlu Anda isi saat ini. Terima kasih!");
    expect(await sectionFor("U0STRANGER")).toEqual([]);

    for (let i = 0; i < 12; i += 1) await evaluationRequest(testDb.db, { respondentId: ids.staff, questions: [LIKERT] });
    const blocks = await sectionFor(AHMAD);
    expect(buttonsIn(blocks)).toHaveLength(10);
    expect(viewText({ blocks })).toContain("… dan 2 evaluasi lainnya.");
  });
});

describe("a questionnaire answered in Slack, through the whole app", () => {
  let t: SlackTestApp;
  let ids: Record<PersonKey, number>;

  beforeEach(async () => {
    t = await startSlackTestApp({ start: "2026-12-15T02:00:00Z" });
    ids = await seedRoster(t.db);
    await linkSlackAccount(t.db, ids.staff, AHMAD);
  });
  afterEach(async () => t.stop());

  it("a nudge DM's button opens the modal; a validation error is shown inline, then the answers are sent and the home refreshed", async () => {
    const activity = await createActivity(t.db, { status: "COMPLETED" });
    const { questionnaire, request } = await evaluationRequest(t.db, {
      respondentId: ids.staff,
      activityId: activity.id,
      questions: [LIKERT, { kind: "MULTI_CHOICE", text: "Yang perlu diperbaiki", options: JSON.stringify(TOPICS) }],
    });
    const [likert, multi] = questionnaire.questions.map((q) => q.id) as [number, number];

    // The reminder goes out through the delivery queue as a Slack DM with the answer button.
    await sendEvaluationNudges(
      { db: t.db, clock: t.clock, messages: t.deps.messages, settings: t.config.evaluations, timezone: t.config.timezone },
      { now: t.clock.now() },
    );
    await t.dispatcher().drain();
    const dm = t.api.last("chat.postMessage");
    expect(dm.channel).toBe(AHMAD);
    const [answer] = buttonsIn(dm.blocks);
    expect(answer!.value).toBe(`ev:${request.id}`);

    const pressed = await t.receiver.pressButton({ userId: AHMAD, value: answer!.value, actionId: answer!.action_id, triggerId: "42.trigger" });
    expect(pressed.acked).toBe(true);
    const opened = t.api.last("views.open");
    expect(opened.trigger_id).toBe("42.trigger");
    const modal = opened.view as types.ModalView;
    expect(viewText(modal)).toContain(`📝 *${questionnaire.title}*`);
    expect(t.api.callsTo("views.open")).toHaveLength(1);

    const submitView = (answers: Record<number, string | string[]>) =>
      t.receiver.submitView({
        userId: AHMAD,
        callbackId: modal.callback_id!,
        privateMetadata: modal.private_metadata!,
        values: stateFor(modal, answers),
      });

    const invalid = await submitView({ [likert]: "4", [multi]: [] });
    expect(invalid.response).toEqual({ response_action: "errors", errors: { [`q:${multi}`]: "⚠️ Pilih setidaknya satu jawaban." } });
    expect(await t.db.response.count()).toBe(0);

    const sent = await submitView({ [likert]: "4", [multi]: ["narasumber"] });
    const thanks = sent.response as { response_action: string; view: types.ModalView };
    expect(thanks.response_action).toBe("update");
    expect(viewText(thanks.view)).toContain("Terima kasih!");
    const response = await t.db.response.findFirstOrThrow({
      where: { requestId: request.id },
      include: { answers: { orderBy: { questionId: "asc" } } },
    });
    expect(response.answers.map((a) => [a.questionId, a.numericValue, a.textValue])).toEqual([
      [likert, 4, null],
      [multi, null, JSON.stringify(["narasumber"])],
    ]);

    // The App Home is published anew, without the evaluation that was just sent.
    const home = t.api.last("views.publish");
    expect(home.user_id).toBe(AHMAD);
    expect(viewText(home.view as { blocks: unknown[] })).toContain("Tidak ada evaluasi yang perlu Anda isi saat ini");
    // Nothing went wrong on the way: the only DM is the reminder (failures are reported to the user by DM).
    expect(t.api.callsTo("chat.postMessage")).toHaveLength(1);
  });
});
