import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createConfig } from "../../../src/config.js";
import { createI18n, translatorFor } from "../../../src/i18n/index.js";
import type { PerDimension } from "../../../src/services/pulse/adkar.js";
import { createPulseRequests } from "../../../src/services/pulse/requests.js";
import { pulseResults, type PulseGroupResult, type PulseResults, type PulseResultsDeps } from "../../../src/services/pulse/results.js";
import { describePulseRefusal, renderPulseResults } from "../../../src/services/pulse/results-text.js";
import { createTestDb, type TestDb } from "../../kit/db.js";
import { ROUND_2_SENT, seedPulse } from "./pulse-fixture.js";

let testDb: TestDb;
let fixture: Awaited<ReturnType<typeof seedPulse>>;
let deps: PulseResultsDeps;
const settings = createConfig({}).announcements;

beforeAll(async () => {
  testDb = await createTestDb();
  fixture = await seedPulse(testDb.db);
  deps = { db: testDb.db, clock: fixture.clock, settings };
});
afterAll(() => testDb.dispose());

const i18n = createI18n("id");

/** Means rounded to 4 decimals, so that hand-computed fractions compare exactly. */
const rounded = (values: PerDimension<number | null> | null) =>
  values && Object.fromEntries(Object.entries(values).map(([key, value]) => [key, value === null ? null : Math.round(value * 1e4) / 1e4]));
const adkar = (a: number, d: number, k: number, ab: number, r: number) =>
  rounded({ awareness: a, desire: d, knowledge: k, ability: ab, reinforcement: r });

async function resultsFor(viewerId: number, announcementId?: number, override: Partial<typeof settings> = {}): Promise<PulseResults> {
  const outcome = await pulseResults(
    { ...deps, settings: { ...settings, ...override } },
    { viewerId, ...(announcementId === undefined ? {} : { announcementId }) },
  );
  if (!outcome.ok) throw new Error(`refused: ${outcome.code}`);
  return outcome.results;
}

const unitNames = (rows: PulseGroupResult[]) => rows.map((row) => row.unit?.name);

describe("change-readiness results per unit", () => {
  it("shows the latest round to the Bupati: means, barrier points, trends, and the small unit suppressed", async () => {
    const results = await resultsFor(fixture.people.bupati);
    expect(results.round).toMatchObject({ announcementId: fixture.rounds.round2, sentAt: ROUND_2_SENT, questionnaireCode: "PULSE-ADKAR" });
    expect(results.previous?.announcementId).toBe(fixture.rounds.round1);
    expect(results.scope).toBeNull();
    expect([results.requests, results.submitted, results.respondents]).toEqual([17, 14, 14]);
    expect(results.responseRate).toBeCloseTo(14 / 17);

    expect(unitNames(results.units)).toEqual(["Dinas Kesehatan", "Dinas Pendidikan dan Kebudayaan"]);
    const [health, education] = results.units;
    // Dinas Kesehatan rolls up its Puskesmas: 3 + 3 respondents.
    expect(health!.respondents).toBe(6);
    expect(rounded(health!.means)).toEqual(adkar(4, 2.5, 3, 22 / 6, 4));
    // Desire (2.5) is the first stage below 3.0, though Knowledge is no higher than 3.0 either.
    expect(health!.barrier).toBe("desire");
    expect(rounded(health!.trend)).toEqual(adkar(0.6, -0.1, 0.2, 22 / 6 - 3.2, 0.8));

    expect(education!.respondents).toBe(5);
    expect(rounded(education!.means)).toEqual(adkar(4, 4, 4, 4, 3.8));
    expect(education!.barrier).toBeNull();
    expect(rounded(education!.trend)).toEqual(adkar(1.6, 0.2, 0.2, 0.2, 0));

    // Kominfo (3 respondents, all answering 1) is named without any number ...
    expect(results.suppressed.map((unit) => unit.code)).toEqual(["KOMINFO"]);
    expect(results.others).toBeNull();
    // ... and, being the only small unit, left out of the overall, which is then exactly the units shown:
    // subtracting them from the overall reveals nothing.
    expect(results.excludedFromOverall).toBe(3);
    expect(results.overall!.respondents).toBe(health!.respondents + education!.respondents);
    expect(rounded(results.overall!.means)).toEqual(adkar(4, 35 / 11, 38 / 11, 42 / 11, 43 / 11));
    expect(results.overall!.barrier).toBeNull();
    expect(rounded(results.overall!.trend)).toEqual(adkar(1.1, 35 / 11 - 3.2, 38 / 11 - 3.3, 42 / 11 - 3.5, 43 / 11 - 3.5));
  });

  it("shows an earlier round on request, with Awareness as a barrier and no trend", async () => {
    const results = await resultsFor(fixture.people.admin, fixture.rounds.round1);
    expect(results.round.announcementId).toBe(fixture.rounds.round1);
    expect(results.previous).toBeNull();
    expect([results.requests, results.submitted]).toEqual([17, 12]);
    const [health, education] = results.units;
    expect(rounded(health!.means)).toEqual(adkar(3.4, 2.6, 2.8, 3.2, 3.2));
    expect(health!.barrier).toBe("desire");
    expect(rounded(education!.means)).toEqual(adkar(2.4, 3.8, 3.8, 3.8, 3.8));
    expect(education!.barrier).toBe("awareness");
    expect(rounded(results.overall!.means)).toEqual(adkar(2.9, 3.2, 3.3, 3.5, 3.5));
    expect(results.overall!.barrier).toBe("awareness");
    expect([health!.trend, education!.trend, results.overall!.trend]).toEqual([null, null, null]);
  });

  it("a barrier threshold of 4.0 moves the barrier points; a mean of exactly 4.0 is not below it", async () => {
    // Awareness is exactly 4.0 in both units and overall, so the barrier is the next stage below.
    const results = await resultsFor(fixture.people.admin, undefined, { pulseBarrierThreshold: 4 });
    expect(results.units.map((row) => row.barrier)).toEqual(["desire", "reinforcement"]);
    expect(results.overall!.barrier).toBe("desire");
  });

  it("pools small units as 'other units' when together they reach the minimum; no trend where a unit was hidden", async () => {
    // With a minimum of 6: Dinas Kesehatan (6) is shown; Dinas Pendidikan (5) and Kominfo (3) are
    // pooled (8), so nothing is left out of the overall. In round 1 Dinas Kesehatan had 5: no trend.
    const results = await resultsFor(fixture.people.admin, undefined, { pulseMinGroupSize: 6 });
    expect(unitNames(results.units)).toEqual(["Dinas Kesehatan"]);
    expect(results.units[0]!.trend).toEqual(nulls());
    expect(results.suppressed.map((unit) => unit.code)).toEqual(["KOMINFO", "DISDIK"]);
    expect(results.others!.respondents).toBe(8);
    expect(rounded(results.others!.means)).toEqual(adkar(23 / 8, 23 / 8, 23 / 8, 23 / 8, 22 / 8));
    expect(results.others!.trend).toBeNull();
    expect(results.excludedFromOverall).toBe(0);
    expect(results.overall!.respondents).toBe(14);
    expect(rounded(results.overall!.means)).toEqual(adkar(47 / 14, 38 / 14, 41 / 14, 45 / 14, 46 / 14));
    // Round 1 with a minimum of 6: every unit was small and together 12, so the overall was shown.
    expect(rounded(results.overall!.trend)).toEqual(
      adkar(47 / 14 - 39 / 12, 38 / 14 - 42 / 12, 41 / 14 - 43 / 12, 45 / 14 - 45 / 12, 46 / 14 - 45 / 12),
    );
  });

  it("shows nothing but the names when even the pooled units are too few", async () => {
    const results = await resultsFor(fixture.people.admin, undefined, { pulseMinGroupSize: 15 });
    expect(results.units).toEqual([]);
    expect(results.others).toBeNull();
    expect(results.overall).toBeNull();
    expect(results.suppressed.map((unit) => unit.code)).toEqual(["DINKES", "KOMINFO", "DISDIK"]);
    const text = renderPulseResults(translatorFor(i18n, "id"), results, { locale: "id", timezone: "Asia/Jakarta", html: false });
    expect(text).toContain("Jumlah responden belum cukup untuk menampilkan hasil (minimal 15).");
    expect(text).not.toMatch(/A \d,\d · D/);
  });
});

function nulls(): PerDimension<null> {
  return { awareness: null, desire: null, knowledge: null, ability: null, reinforcement: null };
}

describe("who may see the results", () => {
  it("refuses an ASN, and a leader who is no longer active", async () => {
    expect(await pulseResults(deps, { viewerId: fixture.people.asn })).toEqual({ ok: false, code: "not-allowed" });
    await testDb.db.employee.update({ where: { id: fixture.people.bupati }, data: { active: false } });
    try {
      expect(await pulseResults(deps, { viewerId: fixture.people.bupati })).toEqual({ ok: false, code: "not-allowed" });
    } finally {
      await testDb.db.employee.update({ where: { id: fixture.people.bupati }, data: { active: true } });
    }
  });

  it("shows the head of Dinas Kesehatan only their own subtree", async () => {
    const results = await resultsFor(fixture.people.dinkesHead);
    expect(results.scope).toMatchObject({ code: "DINKES", name: "Dinas Kesehatan" });
    // Her own office (3) and the Puskesmas (3) are each too small, but together they make 6.
    expect(results.units).toEqual([]);
    expect(results.suppressed.map((unit) => unit.code)).toEqual(["DINKES", "PKM-MT"]);
    expect(results.others!.respondents).toBe(6);
    expect(rounded(results.others!.means)).toEqual(adkar(4, 2.5, 3, 22 / 6, 4));
    expect(results.overall!.respondents).toBe(6);
    expect(results.overall!.barrier).toBe("desire");
    expect(rounded(results.overall!.trend)).toEqual(adkar(0.6, -0.1, 0.2, 22 / 6 - 3.2, 0.8));
    expect([results.requests, results.submitted, results.respondents]).toEqual([8, 6, 6]);
    expect(JSON.stringify(results)).not.toMatch(/DISDIK|KOMINFO|Pendidikan|Komunikasi/);
  });

  it("a round sent only outside her unit is neither her latest nor hers to open", async () => {
    const extra = await createTestDb();
    try {
      const seeded = await seedPulse(extra.db);
      const only = await extra.db.announcement.create({
        data: {
          authorId: seeded.people.bupati,
          body: "Khusus Dinas Pendidikan",
          status: "SENT",
          sentAt: new Date("2026-12-10T02:00:00Z"),
          pulseQuestionnaireId: seeded.questionnaire.id,
        },
      });
      await createPulseRequests(
        { db: extra.db, clock: seeded.clock },
        {
          announcementId: only.id,
          questionnaireId: seeded.questionnaire.id,
          employeeIds: seeded.staff.DISDIK,
          now: seeded.clock.now(),
          dueDays: 7,
        },
      );
      const extraDeps = { db: extra.db, clock: seeded.clock, settings };
      const admin = await pulseResults(extraDeps, { viewerId: seeded.people.admin });
      expect(admin.ok && admin.results.round.announcementId).toBe(only.id);
      expect(admin.ok && admin.results.previous?.announcementId).toBe(seeded.rounds.round2);
      const head = await pulseResults(extraDeps, { viewerId: seeded.people.dinkesHead });
      expect(head.ok && head.results.round.announcementId).toBe(seeded.rounds.round2);
      const refused = await pulseResults(extraDeps, { viewerId: seeded.people.dinkesHead, announcementId: only.id });
      expect(refused).toEqual({ ok: false, code: "not-found" });
      const t = translatorFor(i18n, "id");
      expect(describePulseRefusal(t, { ok: false, code: "not-found" }, only.id)).toBe(
        `Survei kesiapan perubahan untuk pengumuman #${only.id} tidak ditemukan dalam cakupan Anda.`,
      );
      // An announcement without a pulse is no round either.
      const plain = await extra.db.announcement.create({ data: { authorId: seeded.people.bupati, body: "Tanpa survei", status: "SENT" } });
      const noPulse = await pulseResults(extraDeps, { viewerId: seeded.people.admin, announcementId: plain.id });
      expect(noPulse).toEqual({ ok: false, code: "not-found" });
    } finally {
      await extra.dispose();
    }
  });

  it("says so when no pulse has been sent yet", async () => {
    const empty = await createTestDb();
    try {
      const unit = await empty.db.unit.create({ data: { code: "BKPSDM", name: "BKPSDM" } });
      const admin = await empty.db.employee.create({
        data: {
          nip: "198609262015051001",
          name: "Admin",
          unitId: unit.id,
          position: "Analis SDM Aparatur",
          positionType: "FUNGSIONAL",
          grade: "III/b",
          employmentType: "PNS",
        },
      });
      await empty.db.roleGrant.create({ data: { employeeId: admin.id, role: "ADMIN", grantedBy: "test" } });
      const outcome = await pulseResults({ db: empty.db, clock: fixture.clock, settings }, { viewerId: admin.id });
      expect(outcome).toEqual({ ok: false, code: "no-round" });
      expect(describePulseRefusal(translatorFor(i18n, "en"), { ok: false, code: "no-round" })).toBe(
        "No change-readiness survey has been sent within your scope yet.",
      );
    } finally {
      await empty.dispose();
    }
  });
});

describe("the results as text", () => {
  it("reads per unit in Indonesian, with the five means, the barrier in words and trend arrows", async () => {
    const results = await resultsFor(fixture.people.bupati);
    const text = renderPulseResults(translatorFor(i18n, "id"), results, { locale: "id", timezone: "Asia/Jakarta", html: true });
    const paragraphs = text.split("\n\n");
    expect(paragraphs[0]!.split("\n")).toEqual([
      "<b>📊 Kesiapan perubahan (ADKAR)</b>",
      `Survei: Survei kesiapan perubahan (ADKAR) · pengumuman #${fixture.rounds.round2} · dikirim Selasa, 1 Desember 2026`,
      "Cakupan: seluruh unit kerja",
      "Tingkat respons: 14/17 (82%)",
      "Hambatan = tahap pertama dalam urutan A → D → K → A → R yang rata-ratanya di bawah 3,0 (skala 1–5). Unit dengan kurang dari 5 responden tidak ditampilkan terpisah.",
      `Tren dibandingkan dengan survei sebelumnya: pengumuman #${fixture.rounds.round1} (Senin, 2 November 2026).`,
    ]);
    expect(paragraphs.slice(1)).toEqual([
      [
        "<b>Keseluruhan · 11 responden</b>",
        "A 4,0 · D 3,2 · K 3,5 · A 3,8 · R 3,9",
        "Tidak ada hambatan: semua tahap 3,0 atau lebih.",
        "Tren: A ↑ +1,1 · D → 0,0 · K ↑ +0,2 · A ↑ +0,3 · R ↑ +0,4",
      ].join("\n"),
      [
        "<b>Dinas Kesehatan · 6 responden</b>",
        "A 4,0 · D 2,5 · K 3,0 · A 3,7 · R 4,0",
        "Hambatan: Desire (keinginan)",
        "Tren: A ↑ +0,6 · D ↓ -0,1 · K ↑ +0,2 · A ↑ +0,5 · R ↑ +0,8",
      ].join("\n"),
      [
        "<b>Dinas Pendidikan dan Kebudayaan · 5 responden</b>",
        "A 4,0 · D 4,0 · K 4,0 · A 4,0 · R 3,8",
        "Tidak ada hambatan: semua tahap 3,0 atau lebih.",
        "Tren: A ↑ +1,6 · D ↑ +0,2 · K ↑ +0,2 · A ↑ +0,2 · R → 0,0",
      ].join("\n"),
      [
        "Tidak ditampilkan terpisah (kurang dari 5 responden): Dinas Komunikasi dan Informatika",
        "3 responden dari unit kecil tidak dihitung dalam angka keseluruhan agar jawaban mereka tetap anonim.",
      ].join("\n"),
    ]);
  });

  it("reads in English as plain text for the CLI, naming the first-stage barrier", async () => {
    const results = await resultsFor(fixture.people.admin, fixture.rounds.round1);
    const text = renderPulseResults(translatorFor(i18n, "en"), results, { locale: "en", timezone: "Asia/Jakarta", html: false });
    expect(text).toContain("📊 Change readiness (ADKAR)\nSurvey: Change-readiness pulse (ADKAR)");
    expect(text).toContain("No previous survey yet to show a trend.");
    expect(text).toContain(
      "Dinas Pendidikan dan Kebudayaan · 5 respondents\nA 2.4 · D 3.8 · K 3.8 · A 3.8 · R 3.8\nBarrier: Awareness",
    );
    expect(text).toContain("Overall · 10 respondents\nA 2.9 · D 3.2 · K 3.3 · A 3.5 · R 3.5\nBarrier: Awareness");
    expect(text).not.toContain("<b>");
    expect(text).not.toContain("Trend:");
  });

  it("escapes unit names in HTML and marks a unit hidden in the previous round", async () => {
    const results = await resultsFor(fixture.people.admin, undefined, { pulseMinGroupSize: 6 });
    const renamed = { ...results, units: results.units.map((row) => ({ ...row, unit: { ...row.unit!, name: "Dinas <Kesehatan>" } })) };
    const text = renderPulseResults(translatorFor(i18n, "id"), renamed, { locale: "id", timezone: "Asia/Jakarta", html: true });
    expect(text).toContain("<b>Dinas &lt;Kesehatan&gt; · 6 responden</b>");
    expect(text).toContain("Tren: tidak ada pembanding pada survei sebelumnya.");
    expect(text).toContain("<b>Unit lainnya (gabungan unit kecil) · 8 responden</b>");
  });
});
