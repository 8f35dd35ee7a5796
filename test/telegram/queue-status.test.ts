import { describe, expect, it } from "vitest";
import { enqueue } from "../../src/delivery/enqueue.js";
import { tryAcquireLease } from "../../src/scheduler/lease.js";
import { useBotWithRoster } from "../kit/bot-with-roster.js";

const { t, ids, linkedChat } = useBotWithRoster();

describe("admins see a short queue overview in chat", () => {
  it("shows depth by priority, failures, blocked accounts and the scheduler leader", async () => {
    await t.db.roleGrant.create({ data: { employeeId: ids.colleague, role: "ADMIN", grantedBy: "test" } });
    const admin = await linkedChat("colleague");
    const deps = { db: t.db, clock: t.clock };
    await enqueue(deps, { recipient: { employeeId: ids.colleague }, payload: { text: "a" }, priority: "bulk", dedupeKey: "a" });
    await enqueue(deps, { recipient: { employeeId: ids.staff }, payload: { text: "b" }, priority: "normal", dedupeKey: "b" });
    await tryAcquireLease(deps, { name: "scheduler", holder: "server-1:42", ttlMs: 30_000 });

    await admin.command("menu");
    const reply = await admin.press("📮 Antrean pesan");
    expect(reply.last).toContain("📮 Antrean pesan");
    expect(reply.last).toContain("Menunggu: 1 (siap dikirim 1");
    expect(reply.last).toContain("interaktif 0 · normal 0 · massal 1");
    // The staff member has no linked account: counted as failed, with the reason.
    expect(reply.last).toContain("Gagal: 1");
    expect(reply.last).toContain("recipient has no linked chat account");
    expect(reply.last).toContain("Penjadwal aktif: server-1:42 (diperpanjang sampai Senin, 7 Desember 2026 pukul 09.00 WIB)");
  });

  it("refuses everyone else, whether by /antrean or a forged button", async () => {
    const asn = await linkedChat("staff");
    expect((await asn.command("antrean")).last).toBe("Maaf, menu ini hanya untuk admin BKPSDM.");
    const forged = await asn.pressData("menu:queue");
    expect(forged.callbackAnswers[0]).toMatchObject({ show_alert: true });
    expect(forged.texts).toEqual([]);
  });
});
