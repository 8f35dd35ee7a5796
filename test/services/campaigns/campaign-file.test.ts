import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { createI18n, translatorFor } from "../../../src/i18n/index.js";
import { parseCampaignFile } from "../../../src/services/campaigns/campaign-file.js";
import { campaignFileIssueText } from "../../../src/services/campaigns/campaign-text.js";

const EXAMPLE = resolve(import.meta.dirname, "../../../docs/examples/campaigns/kerja-digital.yaml");
const i18n = createI18n("id");

function problems(text: string, locale: "id" | "en" = "id"): string[] {
  const result = parseCampaignFile(text);
  if (result.ok) throw new Error("file accepted");
  return result.issues.map((issue) => campaignFileIssueText(translatorFor(i18n, locale), issue));
}

const file = (...lines: string[]) => `${lines.join("\n")}\n`;

describe("campaign definition files", () => {
  it("reads the documented example: four weekly messages to everyone, with links and a pulse", () => {
    const result = parseCampaignFile(readFileSync(EXAMPLE, "utf8"));
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const { definition } = result;
    expect(definition).toMatchObject({
      name: "Cara kerja baru — presensi digital dan e-Kinerja",
      schedule: { expression: "0 8 * * 1", shape: { kind: "weekly", days: [1], hour: 8, minute: 0 } },
      audience: { kind: "all" },
      needsAck: true,
      pulseCode: "PULSE-ADKAR",
    });
    expect(definition.messages).toHaveLength(4);
    expect(definition.messages[0]!.bodyHtml).toMatch(/^<b>Mengapa kita berubah\?<\/b>\n\nMulai bulan depan/);
    expect(definition.messages[1]!.link).toEqual({ text: "Panduan presensi digital", url: "https://bkpsdm.tebokab.go.id/panduan/presensi-digital" });
    expect(definition.messages[3]!.link).toBeUndefined();
  });

  it("reads each audience form", () => {
    const withAudience = (audience: string) =>
      parseCampaignFile(file("name: Uji", 'cron: "0 8 * * 1"', `audience: ${audience}`, "messages:", "  - body: Halo"));
    expect(withAudience("supervisors")).toMatchObject({ ok: true, definition: { audience: { kind: "supervisors" } } });
    expect(withAudience("{ role: leader }")).toMatchObject({ ok: true, definition: { audience: { kind: "role", role: "LEADER" } } });
    expect(withAudience("{ units: [BKPSDM, DINKES] }")).toMatchObject({
      ok: true,
      definition: { audience: { kind: "units", unitCodes: ["BKPSDM", "DINKES"] } },
    });
  });

  it("reports every problem with the path of the field", () => {
    const text = file(
      "name: Sosialisasi",
      'cron: "*/10 8 * * 1"',
      "audience: { units: [] }",
      "needs_ack: ya",
      "colour: merah",
      "messages:",
      "  - body: |",
      "      Baris satu<br>baris dua",
      "  - body: Lihat <b>panduan</i>",
      "    link: { text: Panduan, url: ftp://contoh.go.id/panduan }",
      "  - body: Tarif & biaya",
      "  - body: ''",
    );
    expect(problems(text)).toEqual([
      'cron: Jadwal ini berjalan 6 kali per jam. Kampanye sosialisasi paling sering dikirim sekali per jam: isi bagian menit dengan satu angka, misalnya "0 8 * * 1".',
      'audience.units: daftar "audience.units" terlalu pendek (paling sedikit 1).',
      'needs_ack: isian "needs_ack" berbentuk salah (seharusnya boolean).',
      "messages.1.body: tag <br> tidak didukung Telegram; gunakan b, i, u, s, a, code, pre atau blockquote, dan baris baru sebagai pengganti <br> atau <p>.",
      'messages.2.link.url: alamat "ftp://contoh.go.id/panduan" tidak valid: harus diawali http:// atau https:// dengan nama domain.',
      "messages.2.body: tag <b> tidak ditutup dengan benar.",
      'messages.3.body: tanda "&" harus ditulis sebagai &amp; bila bukan bagian dari tag.',
      'messages.4.body: isian "messages.4.body" tidak boleh kosong.',
      'colour: isian "colour" tidak dikenal; periksa ejaannya.',
    ]);
    expect(problems(text, "en")[2]).toBe('needs_ack: the field "needs_ack" has the wrong form (expected boolean).');
  });

  it("explains a missing field, a bad audience and a broken file", () => {
    expect(problems(file("name: Uji", 'cron: "0 8 * * 1"', "audience: everyone"))).toEqual([
      'audience: sasaran "everyone" tidak dikenal: gunakan all, supervisors, { units: [KODE-UNIT] } atau { role: leader }.',
      'messages: isian "messages" wajib diisi.',
    ]);
    expect(problems(file("name: Uji", "cron: 0 8 * * 1", "audience: { role: bupati }", "messages: [{ body: Halo }]"))).toEqual([
      'audience.role: peran "bupati" tidak dikenal: gunakan leader atau admin.',
    ]);
    expect(problems(file("name: Uji", "name: Dua", "audience: all"))).toEqual([
      "berkas: format YAML rusak di baris 2 (DUPLICATE_KEY); periksa indentasi, tanda titik dua dan tanda kutip.",
    ]);
    expect(problems("")).toEqual(["berkas: berkas kosong."]);
    expect(problems("- satu\n- dua\n")).toEqual(["berkas: berkas harus berisi satu kampanye dengan isian name, cron, audience dan messages."]);
  });
});
