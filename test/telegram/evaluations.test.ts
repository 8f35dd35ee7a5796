import { beforeEach, describe, expect, it } from "vitest";
import { AGREEMENT_LABELS } from "../../src/services/evaluations/question-options.js";
import { createActivity } from "../kit/activity-fixture.js";
import { useBotWithRoster } from "../kit/bot-with-roster.js";
import type { TestChat } from "../kit/scenario.js";
import { createQuestionnaire, TOPICS } from "../services/evaluations/questionnaire-fixture.js";

const { t, ids, linkedChat } = useBotWithRoster();
let asn: TestChat;
let activityId: number;
let activityTitle: string;
let seq = 0;

beforeEach(async () => {
  // The activity ended on Monday 14 December 2026; the evaluation is due a week later.
  const activity = await createActivity(t.db, { status: "COMPLETED" });
  activityId = activity.id;
  activityTitle = activity.title;
  t.clock.set("2026-12-15T02:00:00Z");
  asn = await linkedChat("staff", { first_name: "Ahmad" });
});

const LIKERT = { kind: "LIKERT" as const, text: "Materi pelatihan bermanfaat", options: JSON.stringify(AGREEMENT_LABELS) };
const RATING = { kind: "RATING" as const, text: "Nilai narasumber" };

async function requestFor(
  questions: Parameters<typeof createQuestionnaire>[1]["questions"],
  options: { anonymous?: boolean; respondentId?: number; subjectId?: number } = {},
) {
  seq += 1;
  const questionnaire = await createQuestionnaire(t.db, { code: `L1-UJI-${seq}`, anonymous: options.anonymous ?? false, questions });
  const request = await t.db.evaluationRequest.create({
    data: {
      dedupeKey: `test:${seq}`,
      questionnaireId: questionnaire.id,
      respondentId: options.respondentId ?? ids.staff,
      subjectId: options.subjectId ?? null,
      activityId,
      dueAt: new Date("2026-12-21T16:59:00Z"), // Monday 21 December 2026, 23:59 WIB
    },
  });
  return { questionnaire, request };
}

const requestStatus = async (id: number) => (await t.db.evaluationRequest.findUniqueOrThrow({ where: { id } })).status;

describe("📝 Evaluasi: answering a questionnaire in the chat", () => {
  it("lists the request with its due date, answers with back, invalid input, skip and an edit, then submits", async () => {
    const { questionnaire, request } = await requestFor([
      LIKERT,
      RATING,
      { kind: "MULTI_CHOICE", text: "Bagian yang paling baik", options: JSON.stringify(TOPICS) },
      { kind: "YES_NO", text: "Apakah Anda merekomendasikan pelatihan ini?", required: false },
      { kind: "FREE_TEXT", text: "Saran Anda", required: false, maxLength: 20 },
    ]);
    const [q1, q2, q3, q4, q5] = questionnaire.questions;

    await asn.command("menu");
    const list = await asn.press("📝 Evaluasi");
    expect(list.last).toContain("1 evaluasi menunggu jawaban Anda");
    expect(list.last).toContain(activityTitle);
    expect(list.last).toContain("Batas pengisian: Senin, 21 Desember 2026");
    expect(list.keyboard).toEqual(["✍️ Isi sekarang"]);

    const started = await asn.press("✍️ Isi sekarang");
    expect(started.callbackAnswers).toHaveLength(1);
    expect(started.texts[0]).toContain("5 pertanyaan");
    expect(started.texts[0]).not.toContain("anonim");
    expect(started.last).toContain("Pertanyaan 1 dari 5");
    expect(started.last).toContain("Materi pelatihan bermanfaat");
    expect(started.keyboard).toEqual(["1 · Sangat tidak setuju", "2 · Tidak setuju", "3 · Netral", "4 · Setuju", "5 · Sangat setuju"]);
    expect(await requestStatus(request.id)).toBe("PENDING");

    const second = await asn.press("4 · Setuju");
    expect(second.last).toContain("Pertanyaan 2 dari 5");
    expect(second.keyboardRows).toEqual([["0", "1", "2", "3", "4", "5"], ["6", "7", "8", "9", "10"], ["⬅️ Kembali"]]);
    expect(await requestStatus(request.id)).toBe("IN_PROGRESS");

    // Text where a button is expected, and a number out of range: explained, and asked again.
    const text = await asn.send("bagus sekali");
    expect(text.last).toContain("silakan pilih salah satu tombol");
    expect(text.last).toContain("Pertanyaan 2 dari 5");
    const outOfRange = await asn.send("11");
    expect(outOfRange.last).toContain("Pilih angka dari 0 sampai 10");
    expect(outOfRange.last).toContain("Pertanyaan 2 dari 5");

    expect((await asn.press("9")).last).toContain("Pertanyaan 3 dari 5");
    const back = await asn.press("⬅️ Kembali");
    expect(back.last).toContain("Pertanyaan 2 dari 5");
    expect(back.last).toContain("Jawaban sebelumnya: 9");
    expect((await asn.press("7")).last).toContain("Pertanyaan 3 dari 5");

    // Multiple choice: nothing chosen is refused; toggles show ✓.
    const none = await asn.press("Selesai");
    expect(none.callbackAnswers[0]?.text).toContain("Pilih setidaknya satu");
    await asn.press("Materi");
    const toggled = await asn.press("Tempat");
    expect(toggled.keyboard).toEqual(["✓ Materi", "Narasumber", "✓ Tempat", "Selesai", "⬅️ Kembali"]);
    const optional = await asn.press("Selesai");
    expect(optional.last).toContain("Pertanyaan 4 dari 5</b> · Opsional".replace(/<\/?b>/g, ""));
    expect(optional.keyboard).toEqual(["Ya", "Tidak", "⬅️ Kembali", "⏭ Lewati"]);

    const free = await asn.press("⏭ Lewati");
    expect(free.last).toContain("Pertanyaan 5 dari 5");
    const tooLong = await asn.send("x".repeat(25));
    expect(tooLong.last).toContain("paling banyak 20 karakter");
    const summary = await asn.send("Tambah <praktik>");
    expect(summary.last).toContain("Ringkasan jawaban");
    expect(summary.last).toContain("4 (Setuju)");
    expect(summary.last).toContain("➡️ 7");
    expect(summary.last).toContain("Materi, Tempat");
    expect(summary.last).toContain("— (dilewati)");
    expect(summary.last).toContain("Tambah <praktik>");
    expect(summary.keyboard).toEqual(["✏️ Ubah 1", "✏️ Ubah 2", "✏️ Ubah 3", "✏️ Ubah 4", "✏️ Ubah 5", "✅ Kirim"]);

    const edit = await asn.press("✏️ Ubah 1");
    expect(edit.last).toContain("Pertanyaan 1 dari 5");
    const edited = await asn.press("5 · Sangat setuju");
    expect(edited.last).toContain("Ringkasan jawaban");
    expect(edited.last).toContain("5 (Sangat setuju)");
    expect(await t.db.response.count()).toBe(0);

    const sent = await asn.press("✅ Kirim");
    expect(sent.callbackAnswers).toHaveLength(1);
    expect(sent.last).toContain("Terima kasih! Jawaban Anda untuk");
    const response = await t.db.response.findFirstOrThrow({ include: { answers: { orderBy: { questionId: "asc" } } } });
    expect(response).toMatchObject({ requestId: request.id, respondentId: ids.staff, activityId });
    expect(response.answers.map((a) => ({ questionId: a.questionId, numericValue: a.numericValue, textValue: a.textValue }))).toEqual([
      { questionId: q1!.id, numericValue: 5, textValue: null },
      { questionId: q2!.id, numericValue: 7, textValue: null },
      { questionId: q3!.id, numericValue: null, textValue: JSON.stringify(["materi", "tempat"]) },
      { questionId: q5!.id, numericValue: null, textValue: "Tambah <praktik>" },
    ]);
    expect(response.answers.some((a) => a.questionId === q4!.id)).toBe(false);
    expect(await requestStatus(request.id)).toBe("SUBMITTED");
    // The flow has ended, and the list is empty now.
    expect((await asn.command("evaluasi")).last).toContain("Tidak ada evaluasi");
  });

  it("resumes a half-answered questionnaire after a restart", async () => {
    const { questionnaire, request } = await requestFor([LIKERT, RATING, { kind: "YES_NO", text: "Lanjut ke tingkat berikutnya?" }]);
    await asn.command("evaluasi");
    await asn.press("✍️ Isi sekarang");
    expect((await asn.press("2 · Tidak setuju")).last).toContain("Pertanyaan 2 dari 3");
    await t.restart();
    expect((await asn.press("8")).last).toContain("Pertanyaan 3 dari 3");
    const summary = await asn.press("Ya");
    expect(summary.last).toContain("2 (Tidak setuju)");
    expect(summary.last).toContain("➡️ 8");
    await asn.press("✅ Kirim");
    const answers = await t.db.answer.findMany({ orderBy: { questionId: "asc" } });
    expect(answers.map((a) => [a.questionId, a.numericValue])).toEqual(questionnaire.questions.map((q, i) => [q.id, [2, 8, 1][i]]));
    expect(await requestStatus(request.id)).toBe("SUBMITTED");
  });

  it("pressing ✅ Kirim twice stores one Response", async () => {
    const { request } = await requestFor([LIKERT]);
    await asn.command("evaluasi");
    await asn.press("✍️ Isi sekarang");
    const summary = await asn.press("3 · Netral");
    const message = summary.messages.at(-1)!;
    const first = await asn.pressData(`qs:${request.id}:send`, message);
    expect(first.last).toContain("Terima kasih");
    const second = await asn.pressData(`qs:${request.id}:send`, message);
    expect(second.callbackAnswers).toEqual([expect.objectContaining({ text: "✅ Evaluasi ini sudah Anda kirim. Terima kasih!" })]);
    expect(await t.db.response.count()).toBe(1);
    expect(await t.db.answer.count()).toBe(1);
  });

  it("a submit the service finds invalid goes back to the first invalid question", async () => {
    const { questionnaire, request } = await requestFor([LIKERT, { ...RATING, required: false }]);
    await asn.command("evaluasi");
    await asn.press("✍️ Isi sekarang");
    await asn.press("4 · Setuju");
    expect((await asn.press("⏭ Lewati")).last).toContain("Ringkasan jawaban");
    // The questionnaire changed meanwhile: the skipped question is now required.
    await t.db.question.update({ where: { id: questionnaire.questions[1]!.id }, data: { required: true } });
    const refused = await asn.press("✅ Kirim");
    expect(refused.last).toContain("Pertanyaan ini wajib dijawab");
    expect(refused.last).toContain("Pertanyaan 2 dari 2");
    expect(await t.db.response.count()).toBe(0);
    const summary = await asn.press("6");
    expect(summary.last).toContain("Ringkasan jawaban");
    expect(summary.last).toContain("➡️ 6");
    expect((await asn.press("✅ Kirim")).last).toContain("Terima kasih");
    expect(await requestStatus(request.id)).toBe("SUBMITTED");
  });

  it("refuses a colleague's forged ev: button", async () => {
    const { request } = await requestFor([LIKERT]);
    const colleague = await linkedChat("colleague", { first_name: "Siti" });
    const forged = await colleague.pressData(`ev:${request.id}`);
    expect(forged.callbackAnswers).toEqual([
      expect.objectContaining({ text: "Maaf, evaluasi ini tidak ditemukan atau bukan untuk Anda.", show_alert: true }),
    ]);
    expect(forged.texts).toEqual([]);
    // No questionnaire was started for the colleague.
    expect((await colleague.send("4")).last).not.toContain("Pertanyaan");
    expect(await requestStatus(request.id)).toBe("PENDING");
    const forgedAnswer = await colleague.pressData(`q:${request.id}:1:4`);
    expect(forgedAnswer.callbackAnswers).toHaveLength(1);
    expect(await t.db.response.count()).toBe(0);
  });

  it("the survey button of an announcement's preview (ev:0) says it is only a preview and opens nothing", async () => {
    const preview = await asn.pressData("ev:0");
    expect(preview.callbackAnswers).toEqual([expect.objectContaining({ text: "Ini hanya pratinjau.", show_alert: true })]);
    expect(preview.texts).toEqual([]);
    expect((await asn.send("4")).last).not.toContain("Pertanyaan");
  });

  it("an anonymous questionnaire says so, and its Response is not linked to the person", async () => {
    const { request } = await requestFor([LIKERT], { anonymous: true });
    await asn.command("evaluasi");
    const started = await asn.press("✍️ Isi sekarang");
    expect(started.texts[0]).toContain("Kuesioner ini anonim: jawaban Anda tidak dikaitkan dengan nama atau NIP Anda");
    await asn.press("5 · Sangat setuju");
    expect((await asn.press("✅ Kirim")).last).toContain("terkirim secara anonim");
    const rows = await t.db.$queryRawUnsafe<{ respondentId: number | null; requestId: number | null }[]>(
      'SELECT "respondentId", "requestId" FROM "Response"',
    );
    expect(rows).toEqual([{ respondentId: null, requestId: null }]);
    expect(await requestStatus(request.id)).toBe("SUBMITTED");
  });

  it("shows a supervisor whom an L3 request is about", async () => {
    await requestFor([LIKERT], { respondentId: ids.supervisor, subjectId: ids.staff });
    const supervisor = await linkedChat("supervisor", { first_name: "Rina" });
    const list = await supervisor.command("evaluasi");
    expect(list.last).toContain("Tentang: Ahmad Fauzi, S.Kom.");
  });
});
