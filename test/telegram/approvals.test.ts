import { Api } from "grammy";
import { beforeEach, describe, expect, it } from "vitest";
import { deliveryPayload } from "../../src/delivery/payload.js";
import { createTelegramSender } from "../../src/delivery/telegram-sender.js";
import { escalateStaleApprovals } from "../../src/services/activities/approval.js";
import { registerForActivity } from "../../src/services/activities/registration.js";
import { createMessages } from "../../src/services/messages.js";
import type { NotifyDeps } from "../../src/services/notify.js";
import { createActivity } from "../kit/activity-fixture.js";
import { useBotWithRoster } from "../kit/bot-with-roster.js";
import type { PersonKey } from "../kit/roster-fixture.js";
import type { TestChat } from "../kit/scenario.js";

const { t, ids, linkedChat } = useBotWithRoster();
let deps: NotifyDeps;
let chats: Record<"head" | "supervisor" | "staff" | "colleague", TestChat>;

beforeEach(async () => {
  deps = { db: t.db, clock: t.clock, messages: createMessages(t.config) };
  chats = {
    head: await linkedChat("head"),
    supervisor: await linkedChat("supervisor"),
    staff: await linkedChat("staff"),
    colleague: await linkedChat("colleague"),
  };
});

/** A registration for an activity that needs the supervisor's approval. */
async function request(person: PersonKey = "staff", title = "Pelatihan Analisis Jabatan") {
  const activity = await createActivity(t.db, { title, needsSupervisorApproval: true, capacity: 10 });
  const result = await registerForActivity(deps, { employeeId: ids[person], activityId: activity.id });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  expect(result.status).toBe("PENDING_APPROVAL");
  return { activity, registrationId: result.registrationId };
}

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

const registration = (id: number) => t.db.registration.findUniqueOrThrow({ where: { id } });
/** The text of the queued message with this key, checking who it is for. */
async function noticeTo(person: PersonKey, dedupeKey: string): Promise<string> {
  const row = await t.db.delivery.findUniqueOrThrow({ where: { dedupeKey } });
  expect(row.employeeId).toBe(ids[person]);
  return (JSON.parse(row.payload) as { text: string }).text;
}

describe("deciding from the request message", () => {
  it("the supervisor approves with the button of the queued request; a double tap says it is decided", async () => {
    const { registrationId } = await request();
    await deliverQueued("supervisor");
    const supervisor = chats.supervisor;
    expect(supervisor.lastMessage?.text).toContain("Permohonan persetujuan");

    const approved = await supervisor.press("✅ Setujui");
    expect(approved.callbackAnswers).toEqual([expect.objectContaining({ text: "✅ Disetujui" })]);
    expect(approved.last).toContain("Anda menyetujui pendaftaran Ahmad Fauzi, S.Kom. di Pelatihan Analisis Jabatan");
    expect(supervisor.lastMessage?.reply_markup).toBeUndefined();
    expect(await registration(registrationId)).toMatchObject({ status: "REGISTERED", decidedById: ids.supervisor });
    expect(await noticeTo("staff", `approval:${registrationId}:decided`)).toContain("disetujui atasan");

    const again = await supervisor.pressData(`apr:${registrationId}:y`);
    expect(again.callbackAnswers).toEqual([expect.objectContaining({ text: "Sudah diputuskan: disetujui" })]);
    expect(again.texts).toEqual([]);
    expect(await t.db.auditLog.count({ where: { action: "registration.approved" } })).toBe(1);
  });

  it("an old request message decided elsewhere says so and loses its buttons", async () => {
    const { registrationId } = await request();
    await deliverQueued("supervisor");
    await chats.supervisor.command("persetujuan");
    await chats.supervisor.press("✅ Setujui");
    const old = chats.supervisor.messages.find((message) => message.text?.includes("Permohonan persetujuan"))!;
    const stale = await chats.supervisor.pressData(`apr:${registrationId}:n`, old);
    expect(stale.callbackAnswers[0]?.text).toBe("Sudah diputuskan: disetujui");
    expect(stale.last).toContain("sudah diputuskan (disetujui)");
    expect(t.api.message(chats.supervisor.id, old.message_id)?.reply_markup).toBeUndefined();
  });
});

describe("✅ Persetujuan", () => {
  it("lists the pending requests of the direct staff, each with its buttons", async () => {
    await request("staff", "Pelatihan A");
    await request("colleague", "Pelatihan B");
    await request("supervisor", "Pelatihan C"); // the head decides this one, not the supervisor
    await chats.supervisor.command("menu");
    const list = await chats.supervisor.press("✅ Persetujuan");
    expect(list.texts[0]).toContain("2 permohonan menunggu keputusan Anda");
    expect(list.texts.slice(1)).toEqual([
      expect.stringContaining("Ahmad Fauzi, S.Kom. (Badan Kepegawaian dan Pengembangan SDM) mendaftar Pelatihan A"),
      expect.stringContaining("Siti Aminah, S.Pd. (Badan Kepegawaian dan Pengembangan SDM) mendaftar Pelatihan B"),
    ]);
    expect(list.keyboard).toEqual(["✅ Setujui", "❌ Tolak"]);

    expect((await chats.staff.command("persetujuan")).last).toBe("Maaf, menu ini hanya untuk atasan langsung.");
  });

  it("rejects with a reason typed in the conversation", async () => {
    const { registrationId } = await request();
    const requestMessage = (await chats.supervisor.command("persetujuan")).messages[1]!;
    const asked = await chats.supervisor.press("❌ Tolak");
    expect(asked.last).toContain("Tulis alasan penolakan");
    expect(asked.keyboard).toEqual(["⏭ Lewati"]);
    // Other commands do not end the flow by accident.
    expect((await chats.supervisor.command("menu")).last).toContain("Anda sedang menolak sebuah pendaftaran");

    const done = await chats.supervisor.send("Kuota bidang untuk triwulan ini sudah penuh");
    expect(done.last).toContain("Anda menolak pendaftaran Ahmad Fauzi, S.Kom.");
    expect(done.last).toContain("Alasan: Kuota bidang untuk triwulan ini sudah penuh");
    expect(await registration(registrationId)).toMatchObject({
      status: "REJECTED",
      decidedById: ids.supervisor,
      decisionNote: "Kuota bidang untuk triwulan ini sudah penuh",
    });
    expect(await noticeTo("staff", `approval:${registrationId}:decided`)).toContain("Alasan: Kuota bidang untuk triwulan ini sudah penuh");
    // The request message shows the outcome, without buttons.
    const listed = t.api.message(chats.supervisor.id, requestMessage.message_id);
    expect(listed?.text).toContain("Anda menolak pendaftaran Ahmad Fauzi, S.Kom.");
    expect(listed?.reply_markup).toBeUndefined();
    // The conversation is over: text is just text again.
    expect((await chats.supervisor.send("halo")).last).toContain("belum memahami");
  });

  it("rejects without a reason with the Lewati button or /lewati, and /batal leaves the request pending", async () => {
    const first = await request("staff", "Pelatihan A");
    const second = await request("colleague", "Pelatihan B");
    await chats.supervisor.command("persetujuan");
    const [staffMessage, colleagueMessage] = chats.supervisor.messages.filter((message) => message.text?.includes("mendaftar"));

    await chats.supervisor.pressData(`apr:${first.registrationId}:n`, staffMessage);
    expect((await chats.supervisor.command("batal")).last).toContain("penolakan dibatalkan");
    expect(await registration(first.registrationId)).toMatchObject({ status: "PENDING_APPROVAL" });

    await chats.supervisor.pressData(`apr:${first.registrationId}:n`, staffMessage);
    const skipped = await chats.supervisor.press("⏭ Lewati");
    expect(skipped.callbackAnswers).toHaveLength(1);
    expect(skipped.last).toContain("Anda menolak pendaftaran Ahmad Fauzi, S.Kom. di Pelatihan A");
    expect(skipped.last).not.toContain("Alasan");
    expect(await registration(first.registrationId)).toMatchObject({ status: "REJECTED", decisionNote: null });
    const notice = await noticeTo("staff", `approval:${first.registrationId}:decided`);
    expect(notice).toContain("tidak disetujui atasan");
    expect(notice).not.toContain("Alasan");

    await chats.supervisor.pressData(`apr:${second.registrationId}:n`, colleagueMessage);
    const viaCommand = await chats.supervisor.command("lewati");
    expect(viaCommand.last).toContain("Anda menolak pendaftaran Siti Aminah, S.Pd. di Pelatihan B");
    expect(await registration(second.registrationId)).toMatchObject({ status: "REJECTED", decisionNote: null });
  });

  it("stops waiting for a reason after an hour, so later text is not taken as one", async () => {
    const { registrationId } = await request();
    await chats.supervisor.command("persetujuan");
    const asked = await chats.supervisor.press("❌ Tolak");
    expect(asked.last).toContain("Tulis alasan penolakan");
    t.clock.advance(61 * 60_000);
    expect((await chats.supervisor.send("selamat pagi")).last).toContain("belum memahami");
    expect(await registration(registrationId)).toMatchObject({ status: "PENDING_APPROVAL" });
    // The buttons still work: this time the reason comes in time.
    await chats.supervisor.pressData(`apr:${registrationId}:n`, (await chats.supervisor.command("persetujuan")).messages[1]);
    await chats.supervisor.send("Jadwal bentrok dengan tugas kantor");
    expect(await registration(registrationId)).toMatchObject({ status: "REJECTED", decisionNote: "Jadwal bentrok dengan tugas kantor" });
  });
});

describe("authorisation comes from the service, not the button", () => {
  it("refuses a colleague's forged approve or reject, and the registrant's own", async () => {
    const { registrationId } = await request();
    for (const chat of [chats.colleague, chats.staff]) {
      await chat.command("menu");
      for (const data of [`apr:${registrationId}:y`, `apr:${registrationId}:n`]) {
        const forged = await chat.pressData(data);
        expect(forged.callbackAnswers).toEqual([
          expect.objectContaining({ text: "Maaf, Anda tidak berwenang memutuskan permohonan ini.", show_alert: true }),
        ]);
        expect(forged.texts).toEqual([]);
      }
    }
    expect(await registration(registrationId)).toMatchObject({ status: "PENDING_APPROVAL", decidedById: null });
    const unknown = await chats.supervisor.pressData("apr:999999:y", (await chats.supervisor.command("menu")).messages[0]);
    expect(unknown.callbackAnswers[0]?.text).toBe("Permohonan ini tidak ditemukan.");
  });

  it("an escalated request is decided by the supervisor's supervisor", async () => {
    const { registrationId } = await request();
    expect((await chats.head.command("persetujuan")).last).toContain("Tidak ada permohonan");
    const early = await chats.head.pressData(`apr:${registrationId}:y`);
    expect(early.callbackAnswers[0]).toMatchObject({ show_alert: true, text: "Maaf, Anda tidak berwenang memutuskan permohonan ini." });

    t.clock.advance(49 * 3_600_000);
    expect(await escalateStaleApprovals(deps, { afterHours: 48 })).toBe(1);
    await deliverQueued("head");
    expect(chats.head.lastMessage?.text).toContain("diteruskan");

    const list = await chats.head.command("persetujuan");
    expect(list.texts[1]).toContain("Diteruskan kepada Anda karena belum diputuskan oleh Rina Marlina, S.E.");
    const approved = await chats.head.press("✅ Setujui");
    expect(approved.last).toContain("Anda menyetujui pendaftaran Ahmad Fauzi, S.Kom.");
    expect(await registration(registrationId)).toMatchObject({ status: "REGISTERED", decidedById: ids.head });
  });
});
