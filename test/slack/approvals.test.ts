import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DeliveryPayload } from "../../src/delivery/payload.js";
import { renderSlackMessage } from "../../src/delivery/slack-sender.js";
import { resolveSlackCaller } from "../../src/slack/caller.js";
import type { SlackDeps } from "../../src/slack/deps.js";
import { homeSection } from "../../src/slack/listeners/activities/home-section.js";
import { createActivity } from "../kit/activity-fixture.js";
import type { TestDb } from "../kit/db.js";
import type { PersonKey } from "../kit/roster-fixture.js";
import { buttonsOf, modalText, startSlackListeners, textOf, type FakeSlack, type Listeners } from "./press-fixture.js";

const AHMAD = "U0AHMAD01";
const RINA = "U0RINA001";
const SITI = "U0SITI001";

let testDb: TestDb;
let deps: SlackDeps;
let ids: Record<PersonKey, number>;
let slack: FakeSlack;
let listeners: Listeners;

beforeEach(async () => {
  ({ testDb, deps, ids, slack, listeners } = await startSlackListeners({ staff: AHMAD, supervisor: RINA, colleague: SITI }));
});
afterEach(async () => testDb.dispose());

/** Ahmad asks to join an activity that needs his supervisor's approval, from the catalogue modal. */
async function requestApproval(title = "Pelatihan Analisis Jabatan") {
  const activity = await createActivity(testDb.db, { title, needsSupervisorApproval: true, capacity: 10 });
  await listeners.press(AHMAD, `sact:${activity.id}`, { from: "home" });
  await listeners.press(AHMAD, `sreg:${activity.id}`, { from: "modal" });
  const registration = await testDb.db.registration.findFirstOrThrow({ where: { activityId: activity.id, employeeId: ids.staff } });
  return { activity, registration };
}

/** The approval request queued for the supervisor, as the Slack sender posts it in their DM. */
async function requestMessage(registrationId: number) {
  const row = await testDb.db.delivery.findFirstOrThrow({ where: { employeeId: ids.supervisor, dedupeKey: { startsWith: `approval:${registrationId}:request` } } });
  const rendered = renderSlackMessage(JSON.parse(row.payload) as DeliveryPayload);
  return { ts: "1765000000.000042", text: rendered.text, blocks: rendered.blocks };
}

const statusOf = async (registrationId: number) => (await testDb.db.registration.findUniqueOrThrow({ where: { id: registrationId } })).status;

const noticeFor = async (registrationId: number) => {
  const row = await testDb.db.delivery.findFirst({ where: { employeeId: ids.staff, dedupeKey: `approval:${registrationId}:decided` } });
  return row ? (JSON.parse(row.payload) as DeliveryPayload).text : null;
};

describe("supervisor approval in Slack", () => {
  it("puts a registration that needs approval on hold and sends the supervisor Setujui / Tolak buttons", async () => {
    const { registration } = await requestApproval();
    expect(registration.status).toBe("PENDING_APPROVAL");
    expect(modalText(slack)).toContain("🕒 Pendaftaran Anda di *Pelatihan Analisis Jabatan* sudah dikirim dan *menunggu persetujuan atasan*.");
    const message = await requestMessage(registration.id);
    expect(message.text).toContain("Ahmad Fauzi, S.Kom. (Badan Kepegawaian dan Pengembangan SDM) mendaftar *Pelatihan Analisis Jabatan*.");
    expect(buttonsOf(message.blocks)).toEqual([
      { text: "✅ Setujui", value: `apr:${registration.id}:y` },
      { text: "❌ Tolak", value: `apr:${registration.id}:n` },
    ]);
  });

  it("approves with the button in the DM: the seat is taken, the request shows the outcome and the employee is told", async () => {
    const { registration } = await requestApproval();
    const message = await requestMessage(registration.id);
    const answers = await listeners.press(RINA, `apr:${registration.id}:y`, { from: "dm", message });

    expect(await statusOf(registration.id)).toBe("REGISTERED");
    expect(answers).toEqual([]);
    const [update] = slack.callsTo("chat.update");
    expect(update).toMatchObject({ channel: "D0RINA001", ts: message.ts });
    expect(update!.text).toBe("✅ Anda *menyetujui* pendaftaran Ahmad Fauzi, S.Kom. di *Pelatihan Analisis Jabatan*. Pegawai sudah diberi tahu.");
    expect(buttonsOf(update!.blocks)).toEqual([]);
    expect(await noticeFor(registration.id)).toContain("disetujui atasan. Anda terdaftar.");

    // A second press on a stale copy of the request changes nothing and says so.
    const again = await listeners.press(RINA, `apr:${registration.id}:y`, { from: "dm", message: { ts: message.ts, text: update!.text as string, blocks: [] } });
    expect(again.map((answer) => answer.text)).toEqual(["Sudah diputuskan: disetujui"]);
    expect(slack.callsTo("chat.update")).toHaveLength(1);
  });

  it("asks for an optional reason in a modal before rejecting, then tells the employee why", async () => {
    const { registration } = await requestApproval();
    const message = await requestMessage(registration.id);
    await listeners.press(RINA, `apr:${registration.id}:n`, { from: "dm", message });
    expect(await statusOf(registration.id)).toBe("PENDING_APPROVAL");
    const modal = slack.modal!;
    expect(modal.callback_id).toBe("sapr_reject");
    expect(modalText(slack)).toContain("❌ Menolak pendaftaran *Ahmad Fauzi, S.Kom.* di *Pelatihan Analisis Jabatan*.");

    const ack = await listeners.submit(RINA, "sapr_reject", { reason: { reason: { type: "plain_text_input", value: "  Kuota unit sudah terpenuhi " } } }, modal.private_metadata);
    expect(ack).toBeUndefined();
    const rejected = await testDb.db.registration.findUniqueOrThrow({ where: { id: registration.id } });
    expect(rejected).toMatchObject({ status: "REJECTED", decisionNote: "Kuota unit sudah terpenuhi", decidedById: ids.supervisor });
    expect(slack.callsTo("chat.update").at(-1)).toMatchObject({
      ts: message.ts,
      text: "❌ Anda *menolak* pendaftaran Ahmad Fauzi, S.Kom. di *Pelatihan Analisis Jabatan*. Pegawai sudah diberi tahu.\nAlasan: Kuota unit sudah terpenuhi",
    });
    expect(await noticeFor(registration.id)).toBe(
      "Pendaftaran Anda di <b>Pelatihan Analisis Jabatan</b> tidak disetujui atasan.\nAlasan: Kuota unit sudah terpenuhi",
    );
  });

  it("rejects without a reason when the field is left empty, and refuses a reason that is too long", async () => {
    const { registration } = await requestApproval();
    await listeners.press(RINA, `apr:${registration.id}:n`, { from: "dm", message: await requestMessage(registration.id) });
    const metadata = slack.modal!.private_metadata;

    const tooLong = await listeners.submit(RINA, "sapr_reject", { reason: { reason: { type: "plain_text_input", value: "x".repeat(501) } } }, metadata);
    expect(tooLong).toEqual({ response_action: "errors", errors: { reason: "Alasan terlalu panjang (paling banyak 500 karakter). Mohon persingkat." } });
    expect(await statusOf(registration.id)).toBe("PENDING_APPROVAL");

    expect(await listeners.submit(RINA, "sapr_reject", { reason: { reason: { type: "plain_text_input", value: null } } }, metadata)).toBeUndefined();
    expect(await statusOf(registration.id)).toBe("REJECTED");
    expect(await noticeFor(registration.id)).toBe("Pendaftaran Anda di <b>Pelatihan Analisis Jabatan</b> tidak disetujui atasan.");
  });

  it("refuses a colleague's forged decision, by button or by a submitted reject modal, and changes nothing", async () => {
    const { registration } = await requestApproval();
    const answers = await listeners.press(SITI, `apr:${registration.id}:y`, { from: "dm" });
    expect(answers.map((answer) => answer.text)).toEqual(["Maaf, Anda tidak berwenang memutuskan permohonan ini."]);
    expect(await listeners.press(SITI, `apr:${registration.id}:n`, { from: "dm" })).toHaveLength(1);
    expect(slack.callsTo("views.open").filter((call) => (call.view as { callback_id: string }).callback_id === "sapr_reject")).toEqual([]);

    const forged = JSON.stringify({ registrationId: registration.id, message: null });
    const ack = await listeners.submit(SITI, "sapr_reject", { reason: { reason: { type: "plain_text_input", value: "iseng" } } }, forged);
    expect(ack).toEqual({ response_action: "errors", errors: { reason: "Maaf, Anda tidak berwenang memutuskan permohonan ini." } });
    expect(await statusOf(registration.id)).toBe("PENDING_APPROVAL");
    expect(await noticeFor(registration.id)).toBeNull();
  });

  it("lists waiting requests on the supervisor's App Home, where approving redraws the tab with the outcome", async () => {
    const { registration } = await requestApproval();
    const home = await homeSection(deps, await resolveSlackCaller(deps, RINA));
    expect(textOf(home)).toContain("1 permohonan menunggu keputusan Anda.");
    expect(buttonsOf(home)).toContainEqual({ text: "✅ Setujui", value: `apr:${registration.id}:y` });

    await listeners.press(RINA, `apr:${registration.id}:y`, { from: "home" });
    expect(await statusOf(registration.id)).toBe("REGISTERED");
    const published = slack.home(RINA);
    expect(textOf(published)).toContain("✅ Anda *menyetujui* pendaftaran Ahmad Fauzi, S.Kom. di *Pelatihan Analisis Jabatan*.");
    expect(buttonsOf(published).map((button) => button.value)).not.toContain(`apr:${registration.id}:y`);
  });

  it("answers under the /pembinaan menu, which cannot be edited, when the supervisor approves from there", async () => {
    const { registration } = await requestApproval();
    const answers = await listeners.press(RINA, `apr:${registration.id}:y`, { from: "dm", ephemeral: true, message: await requestMessage(registration.id) });
    expect(await statusOf(registration.id)).toBe("REGISTERED");
    expect(slack.callsTo("chat.update")).toEqual([]);
    expect(answers.map((answer) => answer.text)).toEqual([
      "✅ Anda *menyetujui* pendaftaran Ahmad Fauzi, S.Kom. di *Pelatihan Analisis Jabatan*. Pegawai sudah diberi tahu.",
    ]);
  });
});
