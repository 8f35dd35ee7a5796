import { describe, expect, it } from "vitest";
import { adkarChart, type AdkarChartInput } from "../../../../src/services/reports/output/charts/adkar-chart.js";
import { evaluationChart, type EvaluationChartInput } from "../../../../src/services/reports/output/charts/evaluation-chart.js";
import { jpComplianceChart, type JpComplianceChartInput } from "../../../../src/services/reports/output/charts/jp-compliance-chart.js";
import { renderNoData } from "../../../../src/services/reports/output/charts/no-data.js";
import { reachChart, type ReachChartInput } from "../../../../src/services/reports/output/charts/reach-chart.js";
import { COLORS, formatNumber, formatShare } from "../../../../src/services/reports/output/charts/theme.js";
import { countPixels, pngSize } from "./png.js";

const UNITS = ["Dinas Kesehatan", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "Sekretariat Daerah", "Kecamatan Rimbo Bujang"];
const NO_DATA = "Belum ada data untuk periode ini";

const jpInput = (meanJp: number[]): JpComplianceChartInput => ({
  title: "Kepatuhan JP per unit kerja, tahun 2026",
  locale: "id",
  target: 20,
  units: meanJp.map((mean, index) => ({ label: UNITS[index % UNITS.length] ?? "Unit", meanJp: mean, shareReached: mean / 40 })),
  labels: { axis: "Rata-rata JP per ASN", target: "Target 20 JP", reached: "Mencapai target", below: "Di bawah target", noData: NO_DATA },
});

const evaluationInput = (activities: EvaluationChartInput["activities"]): EvaluationChartInput => ({
  title: "Evaluasi pelatihan: reaksi (L1) dan perilaku (L3)",
  locale: "id",
  activities,
  labels: { axis: "Skor rata-rata (1–5)", l1: "L1 reaksi", l3Self: "L3 diri sendiri", l3Supervisor: "L3 atasan", noData: NO_DATA },
});

const adkarInput = (barrier: "ability" | null, count = 4): AdkarChartInput => ({
  title: "Kesiapan perubahan (ADKAR) per unit kerja",
  locale: "id",
  threshold: 3,
  units: Array.from({ length: count }, (_, index) => ({
    label: UNITS[index % UNITS.length] ?? "Unit",
    means: { awareness: 4.1, desire: 3.4, knowledge: index === 1 ? null : 3.1, ability: 2.4 + index * 0.2, reinforcement: 3.8 },
    barrier,
  })),
  labels: {
    elements: { awareness: "Kesadaran", desire: "Keinginan", knowledge: "Pengetahuan", ability: "Kemampuan", reinforcement: "Penguatan" },
    scale: "Rata-rata (1–5)",
    threshold: "Ambang 3,0",
    barrier: "Titik hambatan",
    noData: NO_DATA,
  },
});

const reachInput = (acknowledged: boolean): ReachChartInput => ({
  title: "Jangkauan pengumuman: Apel Hari Kesadaran Nasional",
  locale: "id",
  units: UNITS.map((label, index) => ({
    label,
    deliveredShare: 1 - index * 0.1,
    acknowledgedShare: acknowledged ? 0.8 - index * 0.15 : null,
    blocked: index,
  })),
  labels: { axis: "Persentase penerima", delivered: "Terkirim", acknowledged: "Dikonfirmasi", blocked: "memblokir bot", noData: NO_DATA },
});

const expectChart = (png: Buffer, width: number, height: number) => {
  expect(pngSize(png)).toEqual({ width, height });
  expect(png.length).toBeGreaterThan(10 * 1024);
};

describe("JP compliance chart", () => {
  it("renders a phone-sized PNG with bars coloured by whether each unit reaches the target", async () => {
    const png = await jpComplianceChart(jpInput([24.5, 31, 12, 19.9]));
    expectChart(png, 1080, 1080);
    const mixed = { reached: await countPixels(png, COLORS.reached), below: await countPixels(png, COLORS.below) };
    const allBelow = await jpComplianceChart(jpInput([4, 6, 12, 19.9]));
    // The legend shows both colours; the bars make the difference.
    expect(mixed.reached).toBeGreaterThan(20_000);
    expect(await countPixels(allBelow, COLORS.reached)).toBeLessThan(mixed.reached / 10);
    expect(await countPixels(allBelow, COLORS.below)).toBeGreaterThan(mixed.below);
  });

  it("grows taller with many units so each bar stays readable", async () => {
    const png = await jpComplianceChart(jpInput(Array.from({ length: 40 }, (_, index) => index)));
    expectChart(png, 1080, 360 + 40 * 72);
  });
});

describe("evaluation chart", () => {
  it("renders grouped L1 and L3 bars per activity", async () => {
    const png = await evaluationChart(
      evaluationInput([
        { label: "Pelatihan Kearsipan Digital", l1: 4.3, l3Self: 3.9, l3Supervisor: 3.4 },
        { label: "Bimtek Penyusunan SKP dan Manajemen Kinerja", l1: 4.1, l3Self: null, l3Supervisor: null },
      ]),
    );
    expectChart(png, 1080, 1080);
    for (const color of COLORS.series) expect(await countPixels(png, color)).toBeGreaterThan(5_000);
  });

  it("shows the no-data picture when no activity has a score yet", async () => {
    const input = evaluationInput([{ label: "Coaching Kepemimpinan", l1: null, l3Self: null, l3Supervisor: null }]);
    expect((await evaluationChart(input)).equals(await renderNoData(input.title, NO_DATA))).toBe(true);
  });
});

describe("ADKAR chart", () => {
  it("renders a heat map and frames each unit's barrier point", async () => {
    const framed = await adkarChart(adkarInput("ability"));
    expectChart(framed, 1080, 1080);
    const plain = await adkarChart(adkarInput(null));
    // Only the legend's sample frame is drawn when no unit has a barrier.
    expect(await countPixels(framed, COLORS.target)).toBeGreaterThan(3 * (await countPixels(plain, COLORS.target)));
  });

  it("grows taller with many units", async () => {
    expectChart(await adkarChart(adkarInput(null, 20)), 1080, 2 * 24 + 3 * 52 + 96 + 210 + 20 * 80);
  });
});

describe("reach chart", () => {
  it("renders delivered and acknowledged shares per unit", async () => {
    const png = await reachChart(reachInput(true));
    expectChart(png, 1080, 1080);
    const withoutAcknowledgement = await reachChart(reachInput(false));
    const [delivered, acknowledged] = COLORS.series;
    expect(await countPixels(png, acknowledged!)).toBeGreaterThan(20_000);
    // Announcements that asked for no acknowledgement leave only its legend box.
    expect(await countPixels(withoutAcknowledgement, acknowledged!)).toBeLessThan(5_000);
    expect(await countPixels(withoutAcknowledgement, delivered!)).toBeGreaterThan(20_000);
  });
});

describe("charts without data", () => {
  it("render a titled no-data picture instead of failing", async () => {
    const pictures = [
      await jpComplianceChart(jpInput([])),
      await evaluationChart(evaluationInput([])),
      await adkarChart(adkarInput(null, 0)),
      await reachChart({ ...reachInput(true), units: [] }),
    ];
    for (const png of pictures) expect(pngSize(png)).toEqual({ width: 1080, height: 1080 });
    expect(pictures[0]?.equals(await renderNoData(jpInput([]).title, NO_DATA))).toBe(true);
  });
});

describe("numbers on charts", () => {
  it("follow the reader's locale", () => {
    expect(formatNumber(18.46, "id", 1)).toBe("18,5");
    expect(formatNumber(18.46, "en", 1)).toBe("18.5");
    expect(formatShare(0.645, "id")).toBe("65%");
  });
});
