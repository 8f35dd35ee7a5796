import { Api } from "grammy";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEMO_PEOPLE, loadDemoData } from "../../src/db/demo-data.js";
import { createDispatcher } from "../../src/delivery/index.js";
import { createLogger } from "../../src/logger.js";
import { normalizePhone } from "../../src/services/roster/phone.js";
import { startTestBot, type TestBot } from "../kit/bot-harness.js";
import type { TestChat } from "../kit/scenario.js";

/**
 * The "done when" as the emulator shows it: on the fictional demo data, the Sekda composes an
 * announcement in chat and sends it to two units, picked from the paged unit list.
 */

let t: TestBot;

beforeEach(async () => {
  // Monday 7 December 2026, 09:00 WIB.
  t = await startTestBot();
  await loadDemoData({ db: t.db, clock: t.clock });
});
afterEach(async () => t.stop());

/** A demo person links by sharing their contact, as `:kontak` does in the emulator. */
async function linked(person: { name: string; phone: string | null }): Promise<TestChat> {
  const chat = t.chat({ first_name: person.name.split(" ")[0]! });
  await chat.command("start");
  await chat.shareContact(normalizePhone(person.phone!)!);
  return chat;
}

describe("the demo leader composes in chat", () => {
  it("sends an announcement to BKPSDM and Dinas Pendidikan, and only their people get it", async () => {
    const sekda = await linked(DEMO_PEOPLE.leader);
    const asn = await linked(DEMO_PEOPLE.asn); // works at BKPSDM
    const nakes = await t.db.employee.findFirstOrThrow({ where: { unit: { code: "DINKES" }, active: true, phone: { not: null } } });
    const dinkes = await linked(nakes);

    await sekda.command("umumkan");
    await sekda.send("Mulai Januari, rapat staf setiap Senin pukul 08.00.");
    await sekda.press("⏭ Lewati");
    const firstPage = await sekda.press("🏢 Pilih unit");
    expect(firstPage.last).toContain("Halaman 1 dari 2");
    expect((await sekda.press("Berikutnya ▶️")).last).toContain("Halaman 2 dari 2");
    await sekda.press("◀️ Sebelumnya");
    await sekda.press(/Badan Kepegawaian dan Pengembangan/);
    await sekda.press(/Dinas Pendidikan/);
    const counted = await sekda.press("✔️ Selesai (2 unit)");
    const recipients = await t.db.employee.count({ where: { active: true, unit: { code: { in: ["BKPSDM", "DISDIK"] } } } });
    expect(counted.last).toContain(`👥 Penerima: ${recipients} orang`);

    await sekda.press("🚀 Sekarang");
    await sekda.press("Tidak");
    await sekda.press("Tidak");
    expect((await sekda.press("✅ Kirim")).last).toContain(`sedang dikirim kepada ${recipients} penerima`);

    const telegram = new Api(t.api.token, { apiRoot: t.api.apiRoot });
    await createDispatcher({ db: t.db, clock: t.clock, logger: createLogger("silent"), config: t.config, telegram }).drain();
    expect(asn.lastMessage?.text).toBe("Mulai Januari, rapat staf setiap Senin pukul 08.00.");
    expect(dinkes.messages.some((message) => message.text?.includes("rapat staf"))).toBe(false);
  });
});
