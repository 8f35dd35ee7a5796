import { Api } from "grammy";
import { beforeEach, describe, expect, it } from "vitest";
import { deliveryPayload } from "../../../src/delivery/payload.js";
import { createTelegramSender } from "../../../src/delivery/telegram-sender.js";
import { ensureDefaultQuestionnaires } from "../../../src/services/evaluations/defaults.js";
import { createMessages } from "../../../src/services/messages.js";
import { pulseResults } from "../../../src/services/pulse/results.js";
import { sendPulse } from "../../../src/services/pulse/send.js";
import { useBotWithRoster } from "../../kit/bot-with-roster.js";
import type { PersonKey } from "../../kit/roster-fixture.js";

/**
 * A pulse sent on its own reaches people as an announcement with their own "answer" button, which
 * opens the usual answering conversation in the chat.
 */

const { t, ids, linkedChat } = useBotWithRoster();
const deps = () => ({ db: t.db, clock: t.clock, messages: createMessages(t.config), settings: t.config.announcements });

beforeEach(async () => {
  await ensureDefaultQuestionnaires({ db: t.db, clock: t.clock });
});

/** Sends someone's queued messages to their chat, as the dispatcher would. */
async function deliverQueued(person: PersonKey): Promise<void> {
  const sender = createTelegramSender(new Api(t.api.token, { apiRoot: t.api.apiRoot }));
  const rows = await t.db.delivery.findMany({ where: { employeeId: ids[person], status: "PENDING" }, orderBy: { id: "asc" } });
  for (const row of rows) {
    const sent = await sender.send(row.chatId, deliveryPayload.parse(JSON.parse(row.payload)));
    expect(sent.ok).toBe(true);
    await t.db.delivery.update({ where: { id: row.id }, data: { status: "SENT" } });
  }
}

describe("a change-readiness pulse sent on its own", () => {
  it("the head sends it; Ahmad answers it anonymously from his button; the answer counts for his unit", async () => {
    const ahmad = await linkedChat("staff", { first_name: "Ahmad" });
    const sent = await sendPulse(deps(), { authorId: ids.head, audience: { kind: "all" }, timing: { kind: "now" } });
    expect(sent).toMatchObject({ ok: true, status: "SENT", recipients: 4 });
    if (!sent.ok) return;

    const announcement = await t.db.announcement.findUniqueOrThrow({
      where: { id: sent.announcementId },
      include: { pulseQuestionnaire: true },
    });
    expect(announcement.pulseQuestionnaire?.code).toBe("PULSE-ADKAR");
    expect(announcement.needsAck).toBe(false);
    const requests = await t.db.evaluationRequest.findMany({ where: { announcementId: announcement.id } });
    expect(requests.map((request) => request.respondentId).sort()).toEqual([ids.head, ids.supervisor, ids.staff, ids.colleague].sort());
    const mine = requests.find((request) => request.respondentId === ids.staff)!;

    await deliverQueued("staff");
    const invitation = ahmad.lastMessage!;
    expect(invitation.text).toContain("Survei kesiapan perubahan");
    expect(invitation.text).toContain("Survei ini anonim");
    expect(invitation.reply_markup?.inline_keyboard.flat()).toEqual([expect.objectContaining({ callback_data: `ev:${mine.id}` })]);

    const started = await ahmad.press(invitation.reply_markup!.inline_keyboard[0]![0]!.text);
    expect(started.callbackAnswers).toHaveLength(1);
    expect(started.texts[0]).toContain("Survei kesiapan perubahan (ADKAR)");
    expect(started.texts[0]).toContain("10 pertanyaan");
    expect(started.texts.join("\n")).toContain("Kuesioner ini anonim");
    expect(started.last).toContain("Pertanyaan 1 dari 10");
    expect(started.last).toContain("Saya memahami mengapa perubahan ini perlu dilakukan");

    // Awareness and Desire agree, the rest is mostly neutral.
    const [agree, strongly, neutral, disagree] = ["4 · Setuju", "5 · Sangat setuju", "3 · Netral", "2 · Tidak setuju"];
    let reply = started;
    for (const label of [agree, strongly, agree, agree, neutral, neutral, neutral, disagree, neutral]) reply = await ahmad.press(label!);
    expect(reply.last).toContain("Pertanyaan 10 dari 10");
    const summary = await ahmad.press("3 · Netral");
    expect(summary.last).toContain("Ringkasan jawaban");
    const done = await ahmad.press("✅ Kirim");
    expect(done.last).toContain("sudah terkirim secara anonim");

    const response = await t.db.response.findFirstOrThrow({ include: { answers: true } });
    const staff = await t.db.employee.findUniqueOrThrow({ where: { id: ids.staff } });
    expect(response).toMatchObject({ announcementId: announcement.id, unitId: staff.unitId, respondentId: null, requestId: null });
    expect(response.answers.map((answer) => answer.numericValue).sort()).toEqual([2, 3, 3, 3, 3, 3, 4, 4, 4, 5]);
    expect((await t.db.evaluationRequest.findUniqueOrThrow({ where: { id: mine.id } })).status).toBe("SUBMITTED");

    // The head sees the round, but one respondent is far too few to show BKPSDM's numbers.
    const results = await pulseResults(deps(), { viewerId: ids.head });
    expect(results).toMatchObject({ ok: true, results: { requests: 4, submitted: 1, respondents: 1, overall: null, units: [] } });
    expect(results.ok && results.results.suppressed.map((unit) => unit.code)).toEqual(["BKPSDM"]);

    // Ahmad's colleague cannot open his request, and Ahmad cannot answer twice.
    const siti = await linkedChat("colleague", { first_name: "Siti" });
    const forged = await siti.pressData(`ev:${mine.id}`);
    expect(forged.callbackAnswers[0]).toMatchObject({ text: "Maaf, evaluasi ini tidak ditemukan atau bukan untuk Anda." });
    const twice = await ahmad.pressData(`ev:${mine.id}`, invitation);
    expect(twice.callbackAnswers[0]).toMatchObject({ text: "✅ Evaluasi ini sudah Anda kirim. Terima kasih!" });
    expect(await t.db.response.count()).toBe(1);
  });

  it("only leaders and admins may send one, and only with a pulse questionnaire", async () => {
    expect(await sendPulse(deps(), { authorId: ids.staff, audience: { kind: "all" }, timing: { kind: "now" } })).toEqual({
      ok: false,
      code: "not-allowed",
    });
    expect(
      await sendPulse(deps(), { authorId: ids.head, audience: { kind: "all" }, questionnaireCode: "L1-REAKSI", timing: { kind: "now" } }),
    ).toEqual({ ok: false, code: "unknown-pulse" });
    expect(await t.db.announcement.count()).toBe(0);
    expect(await t.db.evaluationRequest.count()).toBe(0);
  });
});
