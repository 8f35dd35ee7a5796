import ExcelJS from "exceljs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { isUploadedFile, uploadedBytes } from "../../src/emulator/fake-bot-api-http.js";
import type { RecordedCall } from "../../src/emulator/fake-bot-api.js";
import { press, pressData } from "../kit/answered.js";
import { startTestBot, type TestBot } from "../kit/bot-harness.js";
import type { Reply, TestChat } from "../kit/scenario.js";
import { pngSize } from "../services/reports/output/png.js";
import { REPORT_PEOPLE, seedReportsFixture, type ReportPersonKey, type ReportsFixture } from "../services/reports/reports-fixture.js";

/**
 * The reports with charts in chat, over the hand-computed district of the report services' tests
 * (whose JP figures are explained there). The bot's "now" is 7 December 2026.
 */

let t: TestBot;
let fx: ReportsFixture;

beforeEach(async () => {
  t = await startTestBot();
  fx = await seedReportsFixture(t.db);
});
afterEach(async () => t.stop());

/** A chat linked to the fixture person, through a phone number given to them for the test. */
async function chatOf(person: ReportPersonKey): Promise<TestChat> {
  const phone = `6281377${String(Object.keys(REPORT_PEOPLE).indexOf(person)).padStart(6, "0")}`;
  await t.db.employee.update({ where: { id: fx.people[person] }, data: { phone } });
  const chat = t.chat({ first_name: REPORT_PEOPLE[person].name.split(" ")[0] });
  await chat.shareContact(phone);
  return chat;
}

function uploads(reply: Reply, method: "sendPhoto" | "sendDocument"): Array<{ filename: string; bytes: Buffer; caption: string }> {
  const field = method === "sendPhoto" ? "photo" : "document";
  return reply.calls
    .filter((call: RecordedCall) => call.method === method && call.status === 200)
    .map((call) => {
      const file = call.payload[field];
      if (!isUploadedFile(file)) throw new Error(`${method} without an uploaded file`);
      return { filename: file.filename, bytes: uploadedBytes(file)!, caption: String(call.payload.caption ?? "") };
    });
}

async function workbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  return book;
}

/** The values of a sheet's column, under its header. */
function column(book: ExcelJS.Workbook, sheet: string, header: string): unknown[] {
  const worksheet = book.getWorksheet(sheet)!;
  const headers = (worksheet.getRow(1).values as unknown[]).map(String);
  const index = headers.indexOf(header);
  const values: unknown[] = [];
  worksheet.eachRow((row, number) => {
    if (number > 1) values.push(row.getCell(index).value);
  });
  return values;
}

async function openJpReport(chat: TestChat): Promise<void> {
  await chat.command("menu");
  await press(chat, "📊 Laporan");
  const period = await press(chat, "🎯 Kepatuhan JP");
  expect(period.last).toBe("🎯 Kepatuhan JP\nPilih periode laporan:");
  expect(period.keyboardRows).toEqual([["Tahun ini (2026)", "Tahun lalu (2025)"], ["📅 Rentang tanggal"], ["↩ Daftar laporan"]]);
}

describe("🎯 Kepatuhan JP for a leader", () => {
  it("this year for the whole district: the chart with its finding, then the workbook with the CSV button", async () => {
    const sekda = await chatOf("sekda");
    await openJpReport(sekda);
    const scope = await press(sekda, "Tahun ini (2026)");
    expect(scope.last).toBe("🎯 Kepatuhan JP · Tahun 2026\nUntuk unit mana? Unit yang dipilih termasuk subunitnya.");
    expect(scope.keyboard).toEqual(["🏛 Semua unit dalam cakupan Anda", "🏢 Pilih unit", "↩ Kembali"]);

    const sent = await press(sekda, "🏛 Semua unit dalam cakupan Anda");
    expect(sent.texts[0]).toBe("⏳ Menyiapkan laporan…");
    expect(sent.calls.some((call) => call.method === "sendChatAction" && call.payload.action === "upload_document")).toBe(true);
    // The note goes once the files are there.
    const preparing = sent.messages[0]!.message_id;
    expect(sent.calls.some((call) => call.method === "deleteMessage" && call.payload.message_id === preparing)).toBe(true);

    const [photo, ...morePhotos] = uploads(sent, "sendPhoto");
    expect(morePhotos).toEqual([]);
    expect(photo!.filename).toBe("kepatuhan-jp-2026.png");
    expect(pngSize(photo!.bytes).width).toBe(1080);
    expect(photo!.caption).toBe("36% pegawai mencapai 20 JP (4 dari 11); terendah: Puskesmas Rimbo Bujang (0%)");

    const [xlsx] = uploads(sent, "sendDocument");
    expect(xlsx!.filename).toBe("kepatuhan-jp-2026.xlsx");
    expect(xlsx!.caption).toBe("Kepatuhan 20 JP · Tahun 2026 · Seluruh kabupaten");
    expect(sent.keyboard).toEqual(["⬇️ CSV"]);
    const book = await workbook(xlsx!.bytes);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(["Per unit", "Per pegawai", "7 pegawai paling tertinggal"]);
    expect(column(book, "Per unit", "Unit")).toEqual([
      "Dinas Kesehatan",
      "Dinas Pendidikan",
      "Puskesmas Muara Tebo",
      "Puskesmas Rimbo Bujang",
      "Sekretariat Daerah",
    ]);

    const csv = await press(sekda, "⬇️ CSV");
    expect(csv.callbackAnswers[0]?.text).toBe("Berkas CSV dikirim.");
    const files = uploads(csv, "sendDocument");
    expect(files.map((file) => file.filename)).toEqual([
      "kepatuhan-jp-unit-2026.csv",
      "kepatuhan-jp-pegawai-2026.csv",
      "kepatuhan-jp-tertinggal-2026.csv",
    ]);
    expect(files[0]!.caption).toBe("Per unit · Tahun 2026 · Seluruh kabupaten");
    expect(files[1]!.bytes.toString("utf8")).toMatch(/^\uFEFFNIP,Nama,Unit,JP,/);
    expect(files[1]!.bytes.toString("utf8")).toContain("Putri Ayu,Puskesmas Muara Tebo,24,");
  });

  it("for one unit with its subunits, picked from the unit tree", async () => {
    const sekda = await chatOf("sekda");
    await openJpReport(sekda);
    await press(sekda, "Tahun ini (2026)");
    const units = await press(sekda, "🏢 Pilih unit");
    expect(units.last).toBe("🎯 Kepatuhan JP · Tahun 2026\nPilih unit (termasuk subunitnya), halaman 1 dari 1:");
    expect(units.keyboard).toEqual([
      "Dinas Kesehatan (7)",
      "· Puskesmas Muara Tebo (3)",
      "· Puskesmas Rimbo Bujang (1)",
      "Dinas Pendidikan (2)",
      "Sekretariat Daerah (2)",
      "↩ Kembali",
    ]);

    const sent = await press(sekda, "Dinas Kesehatan (7)");
    const [photo] = uploads(sent, "sendPhoto");
    expect(photo!.filename).toBe("kepatuhan-jp-2026-DINKES.png");
    expect(photo!.caption).toBe("43% pegawai mencapai 20 JP (3 dari 7); terendah: Puskesmas Rimbo Bujang (0%)");
    const [xlsx] = uploads(sent, "sendDocument");
    expect(xlsx!.filename).toBe("kepatuhan-jp-2026-DINKES.xlsx");
    expect(xlsx!.caption).toBe("Kepatuhan 20 JP · Tahun 2026 · Dinas Kesehatan (dan subunit)");
    const names = column(await workbook(xlsx!.bytes), "Per pegawai", "Nama");
    expect(names).toHaveLength(7);
    expect(names).toContain("Rosmawati");
    expect(names).not.toContain("Agus Salim");
  });

  it("for a typed date range, explaining what it cannot use", async () => {
    const sekda = await chatOf("sekda");
    await openJpReport(sekda);
    const ask = await press(sekda, "📅 Rentang tanggal");
    expect(ask.last).toBe("📅 Ketik rentang tanggal untuk 🎯 Kepatuhan JP, misalnya 1-1-2026 s.d. 30-6-2026.\nKetik /batal untuk membatalkan.");

    expect((await sekda.send("semester pertama")).last).toContain("Maaf, rentang tanggal itu tidak terbaca.");
    expect((await sekda.send("30-6-2026 s.d. 1-1-2026")).last).toBe(
      "Tanggal awal harus sebelum atau sama dengan tanggal akhir. Coba lagi, misalnya 1-1-2026 s.d. 30-6-2026, atau ketik /batal.",
    );
    expect((await sekda.send("31-2-2026 s.d. 30-6-2026")).last).toContain("Tanggal tidak valid.");
    expect((await sekda.send("1-1-2026 s.d. 31-12-2031")).last).toContain("Rentang tanggal paling lama 5 tahun.");

    const scope = await sekda.send("1-1-2026 s.d. 30-6-2026");
    expect(scope.last).toBe("🎯 Kepatuhan JP · 1 Januari 2026 – 30 Juni 2026\nUntuk unit mana? Unit yang dipilih termasuk subunitnya.");
    const sent = await press(sekda, "🏛 Semua unit dalam cakupan Anda");
    const [photo] = uploads(sent, "sendPhoto");
    // Half a year: the target pro-rated to 10 JP, the credits recorded in the range.
    expect(photo!.caption).toMatch(/^\d+% pegawai mencapai 10 JP \(\d+ dari 11\)/);
    expect(uploads(sent, "sendDocument")[0]!.filename).toBe("kepatuhan-jp-20260101-20260630.xlsx");

    // Understood once: later text is ordinary chat again.
    expect((await sekda.send("1-1-2026 s.d. 30-6-2026")).last).not.toContain("Kepatuhan JP");
  });

  it("/batal stops waiting for a date range", async () => {
    const sekda = await chatOf("sekda");
    await openJpReport(sekda);
    await press(sekda, "📅 Rentang tanggal");
    expect((await sekda.command("batal")).last).toBe("Baik, pembuatan laporan dibatalkan.");
    const later = await sekda.send("1-1-2026 s.d. 30-6-2026");
    expect(later.last).not.toContain("Untuk unit mana?");
  });
});

describe("the other reports in the hub", () => {
  it.each([
    ["📈 Efektivitas kegiatan", ["efektivitas-l1-l3-2026.png"], "efektivitas-kegiatan-2026.xlsx", "Rerata L1 4,2 dari 5 di 5 kegiatan"],
    ["🤝 Partisipasi mitra", ["partisipasi-mitra-2026.png"], "partisipasi-mitra-2026.xlsx", "2 mitra, 4 kegiatan, 9 peserta, 56 JP"],
    [
      "📣 Jangkauan & kesiapan",
      ["jangkauan-2026.png", "kesiapan-adkar-2026.png"],
      "jangkauan-kesiapan-2026.xlsx",
      "Belum ada pengumuman terkirim dalam periode ini.",
    ],
  ])("%s: the chart(s) and the workbook", async (item, photos, workbookName, caption) => {
    const admin = await chatOf("admin");
    await admin.command("menu");
    await press(admin, "📊 Laporan");
    await press(admin, item);
    await press(admin, "Tahun ini (2026)");
    const sent = await press(admin, "🏛 Semua unit dalam cakupan Anda");
    const charts = uploads(sent, "sendPhoto");
    expect(charts.map((chart) => chart.filename)).toEqual(photos);
    for (const chart of charts) pngSize(chart.bytes);
    expect(charts[0]!.caption).toContain(caption);
    expect(uploads(sent, "sendDocument").map((file) => file.filename)).toEqual([workbookName]);
  });
});

describe("a supervisor: their team's JP from 👥 Tim saya, nothing more", () => {
  it("sends the team's chart and workbook, this year", async () => {
    const kapus = await chatOf("kapus");
    const team = await kapus.command("tim");
    expect(team.keyboard).toEqual(["📊 Laporan JP tim"]);
    const sent = await press(kapus, "📊 Laporan JP tim");
    const [photo] = uploads(sent, "sendPhoto");
    // Nur Aisyah (12 JP) and Putri Ayu (24 JP); the retired Sutrisno does not count.
    expect(photo!.caption).toBe("50% pegawai mencapai 20 JP (1 dari 2)");
    const [xlsx] = uploads(sent, "sendDocument");
    expect(xlsx!.caption).toBe("Kepatuhan 20 JP · Tahun 2026 · Tim dr. Lina Marlina");
    expect(column(await workbook(xlsx!.bytes), "Per pegawai", "Nama")).toEqual(["Nur Aisyah", "Putri Ayu"]);
  });

  it("is refused the hub and the unit reports, even with forged buttons, and a unit only narrows the team", async () => {
    const kapus = await chatOf("kapus");
    const anchor = (await kapus.command("tim")).messages[0];
    for (const data of ["rep:h", "rep:p:ef", "rep:g:ef:y2026:0", "rep:g:rr:y2026:0", "rep:v:pa:y2026:0", "rep:d:rr"]) {
      const forged = await pressData(kapus, data, anchor);
      expect(forged.callbackAnswers[0]?.show_alert, data).toBe(true);
      expect(forged.texts, data).toEqual([]);
    }
    expect(t.api.callsTo("sendPhoto")).toEqual([]);

    const narrowed = await pressData(kapus, `rep:g:jp:y2026:${fx.units.dinkes}`, anchor);
    expect(uploads(narrowed, "sendPhoto")[0]!.caption).toBe("50% pegawai mencapai 20 JP (1 dari 2)");
    const names = column(await workbook(uploads(narrowed, "sendDocument")[0]!.bytes), "Per pegawai", "Nama");
    expect(names).toEqual(["Nur Aisyah", "Putri Ayu"]);
  });
});

describe("everyone else is refused and nothing is generated", () => {
  it("a plain ASN pressing forged report buttons", async () => {
    const nurse = await chatOf("nurse");
    const anchor = (await nurse.command("menu")).messages[0];
    for (const data of ["rep:h", "rep:p:jp", "rep:s:jp:y2026", "rep:u:jp:y2026:1", "rep:d:jp", "rep:g:jp:y2026:0", "rep:v:jp:y2026:0", "rep:t"]) {
      const forged = await pressData(nurse, data, anchor);
      expect(forged.callbackAnswers[0], data).toMatchObject({ show_alert: true });
      expect(forged.callbackAnswers[0]?.text, data).toMatch(/^Maaf, /);
      expect(forged.texts, data).toEqual([]);
    }
    expect(t.api.callsTo("sendPhoto")).toEqual([]);
    expect(t.api.callsTo("sendDocument")).toEqual([]);
    expect(t.api.callsTo("sendChatAction")).toEqual([]);
    // Not waiting for a date range either.
    expect((await nurse.send("1-1-2026 s.d. 30-6-2026")).last).not.toContain("Untuk unit mana?");
  });

  it("a leader of one unit, forging another unit, and malformed buttons", async () => {
    const kadisdik = await chatOf("kadisdik");
    const anchor = (await kadisdik.command("menu")).messages[0];
    const outside = await pressData(kadisdik, `rep:g:jp:y2026:${fx.units.dinkes}`, anchor);
    expect(outside.callbackAnswers[0]).toMatchObject({ text: "Maaf, unit itu di luar cakupan wewenang Anda.", show_alert: true });
    expect(outside.texts).toEqual([]);
    for (const data of ["rep:g:jp:y1999:0", "rep:g:jp:r20260230-20260301:0", "rep:g:xx:y2026:0", "rep:u:jp:y2026:0"]) {
      const bad = await pressData(kadisdik, data, anchor);
      expect(bad.callbackAnswers[0]?.text, data).toBe("Tombol ini tidak dikenali. Silakan buka /menu lagi.");
      expect(bad.texts, data).toEqual([]);
    }

    const units = await pressData(kadisdik, "rep:u:jp:y2026:1", anchor);
    expect(units.keyboard).toEqual(["Dinas Pendidikan (2)", "↩ Kembali"]);
    expect(t.api.callsTo("sendPhoto")).toEqual([]);
  });
});
