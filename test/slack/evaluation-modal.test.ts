import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { types, ViewResponseAction } from "@slack/bolt";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ManualClock } from "../../src/clock.js";
import { LOCALES, LOCALES_DIR } from "../../src/i18n/index.js";
import { AGREEMENT_LABELS } from "../../src/services/evaluations/question-options.js";
import { resolveSlackCaller } from "../../src/slack/caller.js";
import type { SlackDeps } from "../../src/slack/deps.js";
import { pagesOf } from "../../src/slack/listeners/evaluations/modal-views.js";
import { openEvaluationModal } from "../../src/slack/listeners/evaluations/open-modal.js";
import { closeEvaluationModal, submitEvaluationPage } from "../../src/slack/listeners/evaluations/submit-page.js";
import { createActivity } from "../kit/activity-fixture.js";
import { createTestDb, type TestDb } from "../kit/db.js";
import { seedRoster, type PersonKey } from "../kit/roster-fixture.js";
import { checkView, VIEW_BLOCK_LIMIT } from "../kit/slack/block-limits.js";
import { linkSlackAccount } from "../kit/slack/harness.js";
import { TOPICS } from "../services/evaluations/questionnaire-fixture.js";
import {
  evaluationRequest,
  fakeAck,
  fakeViewsClient,
  inputBlocks,
  slackDeps,
  stateFor,
  viewText,
  type ModalAnswers,
} from "./evaluation-fixture.js";

const AHMAD = "U0AHMAD01";
const RINA = "U0RINA001";

let testDb: TestDb;
let deps: SlackDeps;
let ids: Record<PersonKey, number>;
let activity: { id: number; title: string };

beforeEach(async () => {
  testDb = await createTestDb();
  deps = slackDeps(testDb, new ManualClock("2026-12-15T02:00:00Z"));
  ids = await seedRoster(testDb.db);
  activity = await createActivity(testDb.db, { status: "COMPLETED" });
  await linkSlackAccount(testDb.db, ids.staff, AHMAD);
  await linkSlackAccount(testDb.db, ids.supervisor, RINA);
});
afterEach(async () => testDb.dispose());

const LIKERT = { kind: "LIKERT" as const, text: "Materi pelatihan bermanfaat", options: JSON.stringify(AGREEMENT_LABELS) };
const EVERY_KIND = [
  LIKERT,
  { kind: "RATING" as const, text: "Nilai narasumber", options: JSON.stringify({ low: { id: "buruk" }, high: { id: "luar biasa" } }) },
  { kind: "SINGLE_CHOICE" as const, text: "Bagian terbaik", options: JSON.stringify(TOPICS) },
  { kind: "MULTI_CHOICE" as const, text: "Yang perlu diperbaiki", options: JSON.stringify(TOPICS) },
  { kind: "YES_NO" as const, text: "Apakah Anda merekomendasikan pelatihan ini?", required: false },
  { kind: "FREE_TEXT" as const, text: "Saran Anda", required: false, maxLength: 20 },
];

/** Presses "✍️ Isi sekarang" as a Slack user and returns the modal that opened. */
async function open(slackUserId: string, requestId: number): Promise<types.ModalView> {
  const { client, opened } = fakeViewsClient();
  const caller = await resolveSlackCaller(deps, slackUserId);
  await openEvaluationModal(deps, { caller, requestId, triggerId: "1337.trigger", client });
  expect(opened).toHaveLength(1);
  expect(opened[0]!.trigger_id).toBe("1337.trigger");
  return opened[0]!.view;
}

/** Submits a page of the modal as Slack would, and returns what the app acknowledged with. */
async function submit(slackUserId: string, view: types.ModalView, answers: ModalAnswers): Promise<ViewResponseAction> {
  const { ack, calls } = fakeAck();
  await submitEvaluationPage(deps, {
    ack,
    body: { user: { id: slackUserId } },
    view: { private_metadata: view.private_metadata ?? "", state: { values: stateFor(view, answers) } },
  });
  expect(calls).toHaveLength(1);
  return calls[0]!;
}

const responsesOf = (questionnaireId: number) =>
  testDb.db.response.findMany({ where: { questionnaireId }, include: { answers: { orderBy: { questionId: "asc" } } } });
const statusOf = async (requestId: number) => (await testDb.db.evaluationRequest.findUniqueOrThrow({ where: { id: requestId } })).status;
const updatedView = (response: ViewResponseAction) => {
  expect(response.response_action).toBe("update");
  return (response as { view: types.ModalView }).view;
};

describe("answering a questionnaire in a Slack modal", () => {
  it("shows every question kind as Slack's natural form element", async () => {
    const { request } = await evaluationRequest(testDb.db, { respondentId: ids.staff, activityId: activity.id, questions: EVERY_KIND });
    const view = await open(AHMAD, request.id);

    expect(checkView(view as unknown as Record<string, unknown>)).toBeNull();
    expect(view.title.text).toBe("Evaluasi");
    expect(view.submit?.text).toBe("✅ Kirim");
    expect(view.close?.text).toBe("Batal");
    const text = viewText(view);
    expect(text).toContain(`Kegiatan: *${activity.title}*`);
    expect(text).toContain("Pertanyaan 1–6 dari 6 · Batas pengisian: Senin, 21 Desember 2026");
    expect(text).not.toContain("anonim");

    const [likert, rating, single, multi, yesNo, freeText] = inputBlocks(view);
    expect(likert!.label.text).toBe("1. Materi pelatihan bermanfaat");
    expect(likert!.optional).toBe(false);
    expect(likert!.element).toMatchObject({ type: "radio_buttons" });
    const options = (block: types.InputBlock) => ((block.element as { options: types.PlainTextOption[] }).options ?? []).map((o) => o.text.text);
    expect(options(likert!)).toEqual(["1 · Sangat tidak setuju", "2 · Tidak setuju", "3 · Netral", "4 · Setuju", "5 · Sangat setuju"]);
    expect(rating!.element).toMatchObject({ type: "static_select" });
    expect(options(rating!)).toEqual(["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]);
    expect(rating!.hint?.text).toBe("Pilih angka 0 (buruk) sampai 10 (luar biasa).");
    expect(single!.element).toMatchObject({ type: "radio_buttons" });
    expect(options(single!)).toEqual(["Materi", "Narasumber", "Tempat"]);
    expect(multi!.element).toMatchObject({ type: "checkboxes" });
    expect(multi!.hint?.text).toBe("Pilih satu atau lebih.");
    expect(yesNo!.element).toMatchObject({ type: "radio_buttons" });
    expect(options(yesNo!)).toEqual(["Ya", "Tidak"]);
    expect(yesNo!.optional).toBe(true);
    expect(freeText!.element).toMatchObject({ type: "plain_text_input", multiline: true, max_length: 20 });
    expect(freeText!.optional).toBe(true);
    expect(freeText!.hint?.text).toBe("Ketik jawaban Anda (paling banyak 20 karakter).");
  });

  it("speaks English to a user who chose English", async () => {
    await testDb.db.chatAccount.updateMany({ where: { externalId: AHMAD }, data: { locale: "en" } });
    const { request } = await evaluationRequest(testDb.db, { respondentId: ids.staff, questions: EVERY_KIND });
    const view = await open(AHMAD, request.id);
    expect(view.title.text).toBe("Evaluation");
    expect(view.submit?.text).toBe("✅ Send");
    expect(viewText(view)).toContain("Questions 1–6 of 6 · Due: Monday, 21 December 2026");
    expect(viewText(view)).toContain("Content");
  });

  it("explains an invalid answer inline, then stores a valid submission once", async () => {
    const { questionnaire, request } = await evaluationRequest(testDb.db, {
      respondentId: ids.staff,
      activityId: activity.id,
      questions: EVERY_KIND,
    });
    const [q1, q2, q3, q4, q5, q6] = questionnaire.questions.map((q) => q.id) as [number, number, number, number, number, number];
    const view = await open(AHMAD, request.id);

    // Too long a suggestion, and nothing ticked for a required multiple choice.
    const invalid = await submit(AHMAD, view, { [q1]: "4", [q2]: "9", [q3]: "narasumber", [q4]: [], [q6]: "Materi ditambah praktik" });
    expect(invalid).toEqual({
      response_action: "errors",
      errors: {
        [`q:${q4}`]: "⚠️ Pilih setidaknya satu jawaban.",
        [`q:${q6}`]: "⚠️ Jawaban terlalu panjang: paling banyak 20 karakter. Silakan ketik ulang lebih singkat.",
      },
    });
    expect(await responsesOf(questionnaire.id)).toHaveLength(0);
    expect(await statusOf(request.id)).toBe("PENDING");

    const valid = { [q1]: "4", [q2]: "9", [q3]: "narasumber", [q4]: ["tempat", "materi"], [q5]: "yes", [q6]: " Tambah praktik " };
    const sent = await submit(AHMAD, view, valid);
    const thanks = updatedView(sent);
    expect(viewText(thanks)).toContain(`Terima kasih! Jawaban Anda untuk *${questionnaire.title}* sudah terkirim.`);
    expect(thanks.clear_on_close).toBe(true);
    expect(checkView(thanks as unknown as Record<string, unknown>)).toBeNull();

    const [response, ...others] = await responsesOf(questionnaire.id);
    expect(others).toHaveLength(0);
    expect(response).toMatchObject({ requestId: request.id, respondentId: ids.staff, activityId: activity.id });
    expect(response!.answers.map(({ questionId, numericValue, textValue }) => ({ questionId, numericValue, textValue }))).toEqual([
      { questionId: q1, numericValue: 4, textValue: null },
      { questionId: q2, numericValue: 9, textValue: null },
      { questionId: q3, numericValue: null, textValue: "narasumber" },
      { questionId: q4, numericValue: null, textValue: JSON.stringify(["tempat", "materi"]) },
      { questionId: q5, numericValue: 1, textValue: null },
      { questionId: q6, numericValue: null, textValue: "Tambah praktik" },
    ]);
    expect(await statusOf(request.id)).toBe("SUBMITTED");

    // The same modal sent again (a double click, a second device): refused, nothing more stored.
    const again = await submit(AHMAD, view, { [q1]: "1", [q2]: "0", [q3]: "tempat", [q4]: ["tempat"] });
    expect(viewText(updatedView(again))).toContain("Evaluasi ini sudah Anda kirim");
    expect(await responsesOf(questionnaire.id)).toHaveLength(1);
    // And the button pressed again says so too.
    expect(viewText(await open(AHMAD, request.id))).toContain("Evaluasi ini sudah Anda kirim");
  });

  it("treats a skipped optional question as skipped and refuses a value the question does not offer", async () => {
    const { questionnaire, request } = await evaluationRequest(testDb.db, { respondentId: ids.staff, questions: EVERY_KIND });
    const [q1, q2, q3, q4] = questionnaire.questions.map((q) => q.id) as [number, number, number, number];
    const view = await open(AHMAD, request.id);

    const forged = await submit(AHMAD, view, { [q1]: "7", [q2]: "9", [q3]: "makanan", [q4]: ["materi"] });
    expect(forged).toEqual({
      response_action: "errors",
      errors: { [`q:${q1}`]: "⚠️ Pilih angka dari 1 sampai 5.", [`q:${q3}`]: "⚠️ Pilihan itu tidak tersedia." },
    });

    updatedView(await submit(AHMAD, view, { [q1]: "5", [q2]: "0", [q3]: "tempat", [q4]: ["materi"] }));
    const [response] = await responsesOf(questionnaire.id);
    expect(response!.answers.map((answer) => answer.questionId)).toEqual([q1, q2, q3, q4]);
  });

  it("keeps no link to the person for an anonymous questionnaire and says so up front", async () => {
    const { questionnaire, request } = await evaluationRequest(testDb.db, {
      respondentId: ids.staff,
      activityId: activity.id,
      anonymous: true,
      questions: [LIKERT],
    });
    const view = await open(AHMAD, request.id);
    expect(viewText(view)).toContain("🔒 Kuesioner ini anonim: jawaban Anda tidak dikaitkan dengan nama atau NIP Anda.");

    const sent = await submit(AHMAD, view, { [questionnaire.questions[0]!.id]: "5" });
    expect(viewText(updatedView(sent))).toContain("sudah terkirim secara anonim");
    const [response] = await responsesOf(questionnaire.id);
    expect(response).toMatchObject({ requestId: null, respondentId: null, subjectId: null, activityId: activity.id });
    expect(response!.submittedAt.toISOString()).toBe("2026-12-15T00:00:00.000Z");
    expect(response!.answers).toMatchObject([{ numericValue: 5 }]);
    const stored = await testDb.db.evaluationRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(stored).toMatchObject({ status: "SUBMITTED", submittedAt: null });
  });

  it("refuses a forged button or submission for somebody else's evaluation and changes nothing", async () => {
    const { questionnaire, request } = await evaluationRequest(testDb.db, { respondentId: ids.colleague, questions: [LIKERT] });

    const refused = await open(AHMAD, request.id);
    expect(viewText(refused)).toContain("Maaf, evaluasi ini tidak ditemukan atau bukan untuk Anda.");
    expect(inputBlocks(refused)).toHaveLength(0);
    expect(viewText(await open(AHMAD, 999_999))).toContain("tidak ditemukan atau bukan untuk Anda");

    // A page of Siti's questionnaire submitted by Ahmad (crafted metadata) is refused as well.
    const crafted: types.ModalView = {
      type: "modal",
      title: { type: "plain_text", text: "x" },
      private_metadata: JSON.stringify({ r: request.id, p: 0 }),
      blocks: [],
    };
    const response = await submit(AHMAD, crafted, {});
    expect(viewText(updatedView(response))).toContain("tidak ditemukan atau bukan untuk Anda");
    expect(await responsesOf(questionnaire.id)).toHaveLength(0);
    expect(await statusOf(request.id)).toBe("PENDING");
  });

  it("answers the survey button of an announcement's preview (ev:0) with “only a preview”, for anybody", async () => {
    for (const slackUserId of [AHMAD, "U0STRANGER"]) {
      const view = await open(slackUserId, 0);
      expect(viewText(view)).toContain("Ini hanya pratinjau.");
      expect(inputBlocks(view)).toHaveLength(0);
    }
  });

  it("asks a Slack user who is not linked to link first", async () => {
    const { request } = await evaluationRequest(testDb.db, { respondentId: ids.staff, questions: [LIKERT] });
    const view = await open("U0STRANGER", request.id);
    expect(viewText(view)).toContain("Akun Slack Anda belum tertaut");
  });

  it("refuses an expired evaluation", async () => {
    const { request } = await evaluationRequest(testDb.db, { respondentId: ids.staff, questions: [LIKERT] });
    await testDb.db.evaluationRequest.update({ where: { id: request.id }, data: { status: "EXPIRED" } });
    expect(viewText(await open(AHMAD, request.id))).toContain("evaluasi ini sudah ditutup");
  });

  it("shows a supervisor whom their L3 assessment is about", async () => {
    const { request } = await evaluationRequest(testDb.db, {
      respondentId: ids.supervisor,
      subjectId: ids.staff,
      activityId: activity.id,
      questions: [LIKERT],
    });
    const view = await open(RINA, request.id);
    expect(viewText(view)).toContain("Evaluasi ini tentang: *Ahmad Fauzi, S.Kom.*");
    expect(viewText(view)).toContain("Pertanyaan 1 dari 1");
  });
});

describe("a long questionnaire in pages", () => {
  const TWENTY_FIVE = Array.from({ length: 25 }, (_, i) => ({ ...LIKERT, text: `Pernyataan nomor ${i + 1}` }));

  it("splits 25 questions into three pushed pages within Slack's limits and stores the answers of all pages", async () => {
    const { questionnaire, request } = await evaluationRequest(testDb.db, { respondentId: ids.staff, questions: TWENTY_FIVE });
    const questionIds = questionnaire.questions.map((q) => q.id);
    const answerOf = (index: number) => String((index % 5) + 1);
    const answersFor = (view: types.ModalView): ModalAnswers =>
      Object.fromEntries(inputBlocks(view).map((block) => {
        const id = Number(block.block_id!.slice(2));
        return [id, answerOf(questionIds.indexOf(id))];
      }));

    const first = await open(AHMAD, request.id);
    const checkPage = (view: types.ModalView, range: string, numbers: number[]) => {
      expect(checkView(view as unknown as Record<string, unknown>)).toBeNull();
      expect(view.blocks.length).toBeLessThanOrEqual(VIEW_BLOCK_LIMIT);
      expect(viewText(view)).toContain(range);
      expect(inputBlocks(view).map((block) => Number(/^(\d+)\./.exec(block.label.text)![1]))).toEqual(numbers);
      expect(view.private_metadata!.length).toBeLessThan(100);
    };
    const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
    checkPage(first, "Pertanyaan 1–10 dari 25", range(1, 10));
    expect(first.submit?.text).toBe("Lanjut ➡️");

    const pushed = await submit(AHMAD, first, answersFor(first));
    expect(pushed.response_action).toBe("push");
    const second = (pushed as { view: types.ModalView }).view;
    checkPage(second, "Pertanyaan 11–20 dari 25", range(11, 20));
    expect(second.close?.text).toBe("⬅️ Kembali");
    expect(await statusOf(request.id)).toBe("IN_PROGRESS");
    expect(await responsesOf(questionnaire.id)).toHaveLength(0);

    const pushedAgain = await submit(AHMAD, second, answersFor(second));
    const third = (pushedAgain as { view: types.ModalView }).view;
    checkPage(third, "Pertanyaan 21–25 dari 25", range(21, 25));
    expect(third.submit?.text).toBe("✅ Kirim");

    updatedView(await submit(AHMAD, third, answersFor(third)));
    const [response] = await responsesOf(questionnaire.id);
    expect(response!.answers).toHaveLength(25);
    expect(response!.answers.map((answer) => [answer.questionId, answer.numericValue])).toEqual(
      questionIds.map((id, index) => [id, Number(answerOf(index))]),
    );
    // The draft of the earlier pages is gone once sent.
    expect(await testDb.db.session.count({ where: { key: { startsWith: "slack-evaluation:" } } })).toBe(0);
  });

  it("keeps the answers of an earlier page when the user goes back and changes one", async () => {
    const { questionnaire, request } = await evaluationRequest(testDb.db, { respondentId: ids.staff, questions: TWENTY_FIVE.slice(0, 12) });
    const [first1, ...restOfFirst] = questionnaire.questions.slice(0, 10).map((q) => q.id);
    const secondIds = questionnaire.questions.slice(10).map((q) => q.id);
    const page1 = await open(AHMAD, request.id);
    const all = (ids: number[], value: string) => Object.fromEntries(ids.map((id) => [id, value]));

    const page2 = (await submit(AHMAD, page1, { [first1!]: "1", ...all(restOfFirst, "3") })) as { view: types.ModalView };
    // Back on page 1 (Slack keeps its inputs), the first answer changed, and on again: page 2 as before.
    const again = (await submit(AHMAD, page1, { [first1!]: "5", ...all(restOfFirst, "3") })) as { view: types.ModalView };
    expect(again.view.blocks).toEqual(page2.view.blocks);
    updatedView(await submit(AHMAD, again.view, all(secondIds, "2")));

    const [response] = await responsesOf(questionnaire.id);
    expect(response!.answers.find((answer) => answer.questionId === first1)?.numericValue).toBe(5);
    expect(response!.answers.filter((answer) => answer.numericValue === 2)).toHaveLength(2);
  });

  it("carries a long free-text answer to the last page server-side, not in the view", async () => {
    const { questionnaire, request } = await evaluationRequest(testDb.db, {
      respondentId: ids.staff,
      questions: [{ kind: "FREE_TEXT", text: "Saran", maxLength: 4000 }, ...TWENTY_FIVE.slice(0, 10)],
    });
    const [text, ...likertIds] = questionnaire.questions.map((q) => q.id) as [number, ...number[]];
    const page1 = await open(AHMAD, request.id);
    // Slack's text input takes at most 3000 characters.
    expect(inputBlocks(page1)[0]!.element).toMatchObject({ type: "plain_text_input", max_length: 3000 });

    const long = "Pelatihan lanjutan perlu lebih banyak praktik. ".repeat(60).trim();
    expect(long.length).toBeGreaterThan(2500);
    const onFirstPage = likertIds.slice(0, 9);
    const pushed = await submit(AHMAD, page1, { [text]: long, ...Object.fromEntries(onFirstPage.map((id) => [id, "4"])) });
    const page2 = (pushed as { view: types.ModalView }).view;
    expect(page2.private_metadata).toBe(JSON.stringify({ r: request.id, p: 1 }));

    updatedView(await submit(AHMAD, page2, { [likertIds[9]!]: "2" }));
    const [response] = await responsesOf(questionnaire.id);
    expect(response!.answers.find((answer) => answer.questionId === text)?.textValue).toBe(long);
    expect(response!.answers.map((answer) => answer.numericValue).filter((value) => value !== null)).toEqual([...Array(9).fill(4), 2]);
  });

  it("shows the answers already given when a page is pushed again", async () => {
    const { questionnaire, request } = await evaluationRequest(testDb.db, {
      respondentId: ids.staff,
      questions: [
        ...TWENTY_FIVE.slice(0, 10),
        { kind: "FREE_TEXT", text: "Saran", required: false },
        { kind: "MULTI_CHOICE", text: "Topik", options: JSON.stringify(TOPICS) },
        { kind: "YES_NO", text: "Ikut lagi?" },
        ...TWENTY_FIVE.slice(0, 8),
      ],
    });
    const firstIds = questionnaire.questions.slice(0, 10).map((q) => q.id);
    const [text, topics, again] = questionnaire.questions.slice(10, 13).map((q) => q.id) as [number, number, number];
    const restOfSecond = questionnaire.questions.slice(13, 20).map((q) => q.id);
    const likert4 = Object.fromEntries(firstIds.map((id) => [id, "4"]));
    const page1 = await open(AHMAD, request.id);
    const page2 = ((await submit(AHMAD, page1, likert4)) as { view: types.ModalView }).view;
    expect(inputBlocks(page2)[0]!.element).not.toHaveProperty("initial_value");
    const secondAnswers = {
      [text]: "Lebih praktik",
      [topics]: ["materi", "tempat"],
      [again]: "no",
      ...Object.fromEntries(restOfSecond.map((id) => [id, "1"])),
    };
    expect((await submit(AHMAD, page2, secondAnswers)).response_action).toBe("push");

    // Back to the first page and on again: page 2 comes back as it was answered.
    const shownAgain = ((await submit(AHMAD, page1, likert4)) as { view: types.ModalView }).view;
    const [freeText, multi, yesNo, likert] = inputBlocks(shownAgain);
    expect(freeText!.element).toMatchObject({ initial_value: "Lebih praktik" });
    expect((multi!.element as types.Checkboxes).initial_options?.map((o) => o.value)).toEqual(["materi", "tempat"]);
    expect((yesNo!.element as types.RadioButtons).initial_option?.value).toBe("no");
    expect((likert!.element as types.RadioButtons).initial_option?.text.text).toBe("1 · Sangat tidak setuju");
    expect(checkView(shownAgain as unknown as Record<string, unknown>)).toBeNull();
  });

  it("sends nothing when the earlier pages' answers are gone, and says to start again", async () => {
    // Optional questions, so that a lost page would otherwise pass as skipped.
    const optional = TWENTY_FIVE.slice(0, 11).map((question) => ({ ...question, required: false }));
    const { questionnaire, request } = await evaluationRequest(testDb.db, { respondentId: ids.staff, questions: optional });
    const page1 = await open(AHMAD, request.id);
    const page2 = ((await submit(AHMAD, page1, Object.fromEntries(questionnaire.questions.slice(0, 10).map((q) => [q.id, "3"])))) as {
      view: types.ModalView;
    }).view;
    // The first page's "Batal" (e.g. on another device) drops the draft.
    const closed = fakeAck();
    await closeEvaluationModal(deps, {
      ack: async () => closed.ack(),
      body: { user: { id: AHMAD } },
      view: { private_metadata: page1.private_metadata! },
    });
    expect(closed.calls).toHaveLength(1);

    const response = await submit(AHMAD, page2, { [questionnaire.questions[10]!.id]: "3" });
    expect(viewText(updatedView(response))).toContain("Silakan buka evaluasi ini lagi dan isi dari awal.");
    expect(await responsesOf(questionnaire.id)).toHaveLength(0);
    expect(await statusOf(request.id)).toBe("IN_PROGRESS");
  });

  it("pages any questionnaire the definition allows into at most three views", () => {
    expect(pagesOf(Array.from({ length: 9 })).map((page) => page.length)).toEqual([9]);
    expect(pagesOf(Array.from({ length: 25 })).map((page) => page.length)).toEqual([10, 10, 5]);
    expect(pagesOf(Array.from({ length: 31 })).map((page) => page.length)).toEqual([11, 11, 9]);
    expect(pagesOf(Array.from({ length: 50 })).map((page) => page.length)).toEqual([17, 17, 16]);
  });
});

describe("the Slack evaluation strings", () => {
  const keysOf = (locale: string) =>
    [...readFileSync(join(LOCALES_DIR, locale, "slack-evaluations.ftl"), "utf8").matchAll(/^([a-z][a-z0-9_-]*) =/gm)].map((m) => m[1]!).sort();

  it("has the same keys in both languages, all prefixed slack-evaluation-", () => {
    const id = keysOf("id");
    expect(id.every((key) => key.startsWith("slack-evaluation-"))).toBe(true);
    for (const locale of LOCALES) expect(keysOf(locale)).toEqual(id);
  });

  it("keeps the modal's title and buttons within Slack's 24 characters", () => {
    for (const locale of LOCALES) {
      const keys = [
        "slack-evaluation-modal-title",
        "slack-evaluation-button-next",
        "slack-evaluation-button-cancel",
        "slack-evaluation-button-close",
        "evaluation-button-send",
        "evaluation-button-back",
      ];
      for (const key of keys) {
        const text = deps.messages.t(locale, key);
        expect(text, key).not.toBe(key);
        expect(text.length, key).toBeLessThanOrEqual(24);
      }
    }
  });
});
