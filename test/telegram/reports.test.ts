import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { isUploadedFile, uploadedBytes } from "../../src/emulator/fake-bot-api-http.js";
import { LOCALES, LOCALES_DIR } from "../../src/i18n/index.js";
import { createActivity } from "../kit/activity-fixture.js";
import { press, pressData } from "../kit/answered.js";
import { linkedChat } from "../kit/bot-with-roster.js";
import { startTestBot, type TestBot } from "../kit/bot-harness.js";
import type { PersonKey } from "../kit/roster-fixture.js";
import type { TestChat } from "../kit/scenario.js";
import { RESULTS_DUE, seedResults } from "../services/evaluations/results-fixture.js";

let t: TestBot;
let seeded: Awaited<ReturnType<typeof seedResults>>;

beforeEach(async () => {
  t = await startTestBot();
  // The fixture roster: the head is a leader, the supervisor has staff, the staff member is a plain ASN.
  seeded = await seedResults(t.db);
  await t.db.roleGrant.create({ data: { employeeId: seeded.ids.colleague, role: "ADMIN", grantedBy: "test" } });
});
afterEach(async () => t.stop());

const chatOf = (person: PersonKey): Promise<TestChat> => linkedChat(t, person);
const allText = (texts: string[]) => texts.join("\n");

const CSV = [
  "nip,name,unit,questionnaire,status,due",
  '197203151998031002,"Drs. Hasan Basri, M.Si.",BKPSDM,L1-REAKSI,PENDING,2026-12-28',
  '197203151998031002,"Drs. Hasan Basri, M.Si.",BKPSDM,L3-DIRI,EXPIRED,2026-12-28',
  "",
].join("\n");

function lastDocument(): { filename: string; text: string } | undefined {
  const document = t.api.callsTo("sendDocument").at(-1)?.payload.document;
  if (!isUploadedFile(document)) return undefined;
  return { filename: document.filename, text: uploadedBytes(document)?.toString("utf8") ?? "" };
}

let seq = 0;
async function evaluatedActivity(title: string, endDay: number) {
  const end = new Date(Date.UTC(2026, 10, endDay, 9));
  const start = new Date(end.getTime() - 8 * 3_600_000);
  const activity = await createActivity(t.db, { status: "COMPLETED", title, startsAt: start, endsAt: end });
  seq += 1;
  await t.db.evaluationRequest.create({
    data: {
      dedupeKey: `reports:${seq}`,
      questionnaireId: seeded.l1.id,
      respondentId: seeded.ids.staff,
      activityId: activity.id,
      dueAt: RESULTS_DUE,
    },
  });
  return activity;
}

describe("📊 Laporan: evaluation results for leaders", () => {
  it("a leader opens the hub from the menu, picks the activity and reads its results", async () => {
    // The seeded activity ends last, so it heads the list.
    await t.db.activity.update({ where: { id: seeded.activity.id }, data: { endsAt: new Date("2026-12-15T09:00:00Z") } });
    const leader = await chatOf("head");
    await leader.command("menu");
    const hub = await press(leader, "📊 Laporan");
    expect(hub.last).toContain("Laporan");
    expect(hub.keyboard).toEqual([
      "📊 Hasil evaluasi kegiatan",
      "🎯 Kepatuhan JP",
      "📈 Efektivitas kegiatan",
      "📣 Jangkauan & kesiapan",
      "🤝 Partisipasi mitra",
    ]);

    const list = await press(leader, "📊 Hasil evaluasi kegiatan");
    // The hub message became the list.
    expect(list.messages.map((m) => m.message_id)).toEqual(hub.messages.map((m) => m.message_id));
    expect(list.last).toContain("Hasil evaluasi kegiatan (halaman 1 dari 1)");
    expect(list.last).toContain("1. Pelatihan Arsip Digital (PLT-ARSIP-2026)");
    expect(list.last).toContain("selesai Selasa, 15 Desember 2026 · 7/9 mengisi (78%)");
    expect(list.keyboard).toEqual(["1. Pelatihan Arsip Digital", expect.stringMatching(/^2\. Pelatihan Uji/), "↩ Daftar laporan"]);

    const results = await press(leader, "1. Pelatihan Arsip Digital");
    const text = allText(results.texts);
    expect(results.texts[0]).toMatch(/^Hasil evaluasi PLT-ARSIP-2026 · Pelatihan Arsip Digital/);
    expect(text).toContain("L1-REAKSI v1 · Kuesioner L1-REAKSI v1 (anonim)");
    expect(text).toContain("Tingkat respons: 3/4 (75%)");
    expect(text).toContain("1. Materi bermanfaat (3 jawaban)");
    expect(text).toContain("rata-rata 4,33 · sebaran 4: 2 · 5: 1");
    expect(text).toContain("rata-rata 8,33 · sebaran 7: 1 · 8: 1 · 10: 1");
    expect(text).toContain("ya 2 · tidak 1 · ya 67%");
    expect(text).toContain("Materi: 2");
    expect(text).toContain("Narasumber: 3");
    expect(text).toContain("Tingkat respons: 2/3 (67%)");
    // Anonymous free texts carry no names; the L3 self-assessment is not anonymous.
    expect(text).toContain("“AC kurang dingin”\n");
    expect(text).not.toContain("“AC kurang dingin” (");
    expect(text).toContain("“Sudah saya terapkan di bidang” (Ahmad Fauzi, S.Kom.)");
    expect(text).toContain("L3 perilaku kerja: penilaian diri vs atasan");
    expect(text).toContain("penerapan: diri 3,50 · atasan 2,50 · selisih -1,00");
    expect(text).toContain("kualitas-kerja: diri 4,50 · atasan 4,00 · selisih -0,50");
    expect(text).toContain("keseluruhan: diri 4,00 · atasan 3,25 · selisih -0,75");
    // Another activity's answers do not count.
    expect(text).not.toContain("Lain kegiatan");
    // Leaders do not get the non-respondents.
    expect(results.keyboard).toEqual([]);
    expect(text).not.toContain("Hasan Basri");
  });

  it("pages through the activities with evaluations, latest end first", async () => {
    for (let day = 1; day <= 10; day++) await evaluatedActivity(`Kegiatan November ${day}`, day);
    const leader = await chatOf("head");
    const first = await leader.command("hasil");
    expect(first.last).toContain("(halaman 1 dari 2)");
    // The two seeded activities (14 December), then November from the latest.
    expect(first.last).toMatch(/3\. Kegiatan November 10 .*\n.*\n\n4\. Kegiatan November 9 /);
    expect(first.last).toContain("8. Kegiatan November 5 ");
    expect(first.last).not.toContain("Kegiatan November 4 ");
    expect(first.keyboard.slice(-2)).toEqual(["Berikutnya ▶", "↩ Daftar laporan"]);

    const second = await press(leader, "Berikutnya ▶");
    expect(second.last).toContain("(halaman 2 dari 2)");
    expect(second.last).toContain("9. Kegiatan November 4 ");
    expect(second.last).toContain("12. Kegiatan November 1 ");
    expect(second.keyboard.slice(-2)).toEqual(["◀ Sebelumnya", "↩ Daftar laporan"]);
    expect(second.keyboard).toContain("12. Kegiatan November 1");
    // Paged in place: one list message in the chat.
    expect(leader.messages.filter((m) => m.text?.includes("Hasil evaluasi kegiatan"))).toHaveLength(1);

    expect((await press(leader, "◀ Sebelumnya")).last).toContain("(halaman 1 dari 2)");
    const hub = await press(leader, "↩ Daftar laporan");
    expect(hub.keyboard[0]).toBe("📊 Hasil evaluasi kegiatan");
    // A stale page number beyond the end shows the last page.
    expect((await pressData(leader, "rep:e:7")).last).toContain("(halaman 2 dari 2)");
  });

  it("speaks English with /results and a code", async () => {
    const leader = await chatOf("head");
    await t.db.chatAccount.updateMany({ where: { employeeId: seeded.ids.head }, data: { locale: "en" } });
    const text = allText((await leader.command("results", "PLT-ARSIP-2026")).texts);
    expect(text).toContain("Evaluation results PLT-ARSIP-2026 · Pelatihan Arsip Digital");
    expect(text).toContain("Response rate: 3/4 (75%)");
    expect(text).toContain("mean 4.33 · distribution 4: 2 · 5: 1");
    expect(text).toContain("Content: 2");
    expect(text).toContain("overall: self 4.00 · supervisor 3.25 · gap -0.75");
    expect((await leader.command("results", "NOPE")).last).toBe(
      "Activity NOPE not found. Type /results without a code to choose from the list.",
    );
  });

  it("answers an unknown activity code or a stale activity button politely", async () => {
    const leader = await chatOf("head");
    const unknown = await leader.command("hasil", "TIDAK-ADA");
    expect(unknown.texts).toEqual(["Kegiatan TIDAK-ADA tidak ditemukan. Ketik /hasil tanpa kode untuk memilih dari daftar."]);
    const tag = await leader.command("hasil", "<b>X</b>");
    expect(tag.last).toBe("Kegiatan <b>X</b> tidak ditemukan. Ketik /hasil tanpa kode untuk memilih dari daftar.");
    // Codes are matched whatever the case they are typed in.
    expect((await leader.command("hasil", "plt-arsip-2026")).texts[0]).toContain("Hasil evaluasi PLT-ARSIP-2026");

    const stale = await pressData(leader, "rep:r:999999");
    expect(stale.callbackAnswers[0]).toMatchObject({ text: "Kegiatan ini sudah tidak ada. Silakan buka daftar lagi.", show_alert: true });
    expect(stale.texts).toEqual([]);
    const malformed = await pressData(leader, "rep:r:abc");
    expect(malformed.callbackAnswers[0]?.text).toContain("tidak dikenali");
  });

  it("splits long results under 4096 characters on line boundaries, with the values escaped", async () => {
    const freeText = seeded.l1.questions.find((q) => q.kind === "FREE_TEXT")!;
    for (let i = 1; i <= 60; i++) {
      const number = String(i).padStart(2, "0");
      const textValue = `Saran ${number}: ruang < 20 orang & proyektor kurang terang, mohon ditambah lampu ${"di depan ".repeat(6)}`;
      await t.db.response.create({
        data: {
          questionnaireId: seeded.l1.id,
          activityId: seeded.activity.id,
          answers: { create: { questionId: freeText.id, textValue } },
        },
      });
    }
    const admin = await chatOf("colleague");
    const results = await admin.command("hasil", "PLT-ARSIP-2026");
    expect(results.errors).toEqual([]);
    expect(results.texts.length).toBeGreaterThan(1);
    for (const part of results.texts) expect(part.length).toBeLessThanOrEqual(4096);
    const text = allText(results.texts);
    for (let i = 1; i <= 60; i++) expect(text).toContain(`“Saran ${String(i).padStart(2, "0")}: ruang < 20 orang & proyektor`);
    expect(text).toContain("keseluruhan: diri 4,00");
    // The button comes once, under the last part.
    const buttons = results.messages.map((m) => m.reply_markup?.inline_keyboard.flat().map((b) => b.text) ?? []);
    expect(buttons.at(-1)).toEqual(["👥 Belum mengisi"]);
    expect(buttons.slice(0, -1).flat()).toEqual([]);
  });
});

describe("👥 Belum mengisi: non-respondents for admins", () => {
  it("an admin sees who has not answered and gets them as a CSV document", async () => {
    const admin = await chatOf("colleague");
    const results = await admin.command("hasil", "PLT-ARSIP-2026");
    expect(results.keyboard).toEqual(["👥 Belum mengisi"]);

    const people = await press(admin, "👥 Belum mengisi");
    expect(people.texts).toHaveLength(1);
    expect(people.last).toContain("Belum mengisi evaluasi\nPelatihan Arsip Digital (PLT-ARSIP-2026)");
    expect(people.last).toContain(
      "• Drs. Hasan Basri, M.Si. · Badan Kepegawaian dan Pengembangan SDM · L1-REAKSI · belum dibuka · batas Senin, 28 Desember 2026",
    );
    expect(people.last).toContain("• Drs. Hasan Basri, M.Si. · Badan Kepegawaian dan Pengembangan SDM · L3-DIRI · kedaluwarsa");
    expect(people.last).toContain("2 permintaan belum diisi.");
    expect(people.keyboard).toEqual(["⬇️ CSV"]);

    const csv = await press(admin, "⬇️ CSV");
    expect(csv.callbackAnswers[0]?.text).toBe("Berkas CSV dikirim.");
    expect(csv.messages.at(-1)?.caption).toBe("Yang belum mengisi evaluasi PLT-ARSIP-2026: 2 baris.");
    expect(lastDocument()).toEqual({ filename: "belum-mengisi-PLT-ARSIP-2026.csv", text: CSV });
  });

  it("a leader gets neither the list nor the file, even with forged buttons", async () => {
    const leader = await chatOf("head");
    await leader.command("hasil", "PLT-ARSIP-2026");
    for (const data of [`rep:n:${seeded.activity.id}`, `rep:c:${seeded.activity.id}`]) {
      const forged = await pressData(leader, data);
      expect(forged.callbackAnswers[0]).toMatchObject({
        text: "Maaf, daftar yang belum mengisi hanya untuk admin BKPSDM.",
        show_alert: true,
      });
      expect(forged.texts).toEqual([]);
    }
    expect(t.api.callsTo("sendDocument")).toEqual([]);
  });

  it("tells the admin when everybody has answered", async () => {
    await t.db.evaluationRequest.updateMany({ where: { activityId: seeded.activity.id }, data: { status: "SUBMITTED" } });
    const admin = await chatOf("colleague");
    const people = await pressData(admin, `rep:n:${seeded.activity.id}`, (await admin.command("menu")).messages[0]);
    expect(people.last).toContain("Semua sudah mengisi evaluasi kegiatan ini.");
    expect(people.keyboard).toEqual([]);
    const csv = await pressData(admin, `rep:c:${seeded.activity.id}`);
    expect(csv.callbackAnswers[0]?.text).toBe("Semua sudah mengisi evaluasi kegiatan ini.");
    expect(t.api.callsTo("sendDocument")).toEqual([]);
  });
});

describe("everyone else is refused and sees nothing", () => {
  it.each(["staff", "supervisor"] as const)("a %s is refused the menu entry, forged buttons and /hasil", async (person) => {
    const chat = await chatOf(person);
    const menu = await chat.command("menu");
    expect(menu.keyboard).not.toContain("📊 Laporan");

    const entry = await pressData(chat, "menu:reports");
    expect(entry.callbackAnswers[0]).toMatchObject({ text: "Maaf, menu ini hanya untuk pimpinan.", show_alert: true });
    expect(entry.texts).toEqual([]);

    const id = seeded.activity.id;
    for (const data of ["rep:h", "rep:e:1", `rep:r:${id}`, `rep:n:${id}`, `rep:c:${id}`]) {
      const forged = await pressData(chat, data);
      expect(forged.callbackAnswers[0]?.show_alert, data).toBe(true);
      expect(forged.callbackAnswers[0]?.text, data).toMatch(/^Maaf, (laporan|daftar yang belum mengisi) hanya untuk/);
      expect(forged.texts, data).toEqual([]);
    }

    for (const code of [undefined, "PLT-ARSIP-2026", "TIDAK-ADA"]) {
      const typed = await chat.command("hasil", code);
      expect(typed.texts).toEqual(["Maaf, laporan hanya untuk pimpinan dan admin BKPSDM."]);
    }
    expect(t.api.callsTo("sendDocument")).toEqual([]);
  });
});

describe("report texts", () => {
  it("have the same keys in both languages, all prefixed reports-", () => {
    const keysOf = (locale: string) =>
      [...readFileSync(join(LOCALES_DIR, locale, "reports.ftl"), "utf8").matchAll(/^([a-z][a-z0-9_-]*) =/gm)].map((m) => m[1]!).sort();
    expect(keysOf("id").every((key) => key.startsWith("reports-"))).toBe(true);
    for (const locale of LOCALES) expect(keysOf(locale)).toEqual(keysOf("id"));
  });
});
