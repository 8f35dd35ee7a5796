import type { Report, ReportTable } from "../../../../src/services/reports/report-table.js";

/** A JP compliance report as the report services hand it over: two unit rows, one without data. */
export const unitTable: ReportTable<"unit" | "people" | "meanJp" | "reached" | "lastActivity"> = {
  name: "kepatuhan-jp-unit",
  title: "Kepatuhan JP per unit kerja: tahun 2026 [semua OPD]",
  columns: [
    { key: "unit", header: "Unit kerja", type: "text" },
    { key: "people", header: "Jumlah ASN", type: "integer" },
    { key: "meanJp", header: "Rata-rata JP", type: "decimal" },
    { key: "reached", header: "Mencapai 20 JP", type: "percent" },
    { key: "lastActivity", header: "Kegiatan terakhir", type: "date" },
  ],
  rows: [
    {
      unit: 'Dinas Kesehatan, Bidang "Pelayanan" Pengendalian Penyakit dan Penyehatan Lingkungan Masyarakat Kabupaten',
      people: 120,
      meanJp: 18.456,
      reached: 0.645,
      // 00:30 WIB on 15 December: the district's date differs from the UTC one.
      lastActivity: new Date("2026-12-14T17:30:00Z"),
    },
    { unit: "Kecamatan Rimbo Ulu – Seksi Pemberdayaan Ñ", people: 7, meanJp: null, reached: null, lastActivity: null },
  ],
};

export const personTable: ReportTable<"name" | "jp"> = {
  name: "kepatuhan-jp-asn",
  title: "Kepatuhan JP per unit kerja: tahun 2026 [semua OPD]",
  columns: [
    { key: "name", header: "Nama", type: "text" },
    { key: "jp", header: "JP", type: "integer" },
  ],
  rows: [
    { name: "=HYPERLINK(\"http://contoh.invalid\")", jp: 12 },
    { name: "Siti Rahmawati, S.Sos.", jp: 24 },
  ],
};

export const emptyTable: ReportTable<"activity" | "score"> = {
  name: "kepatuhan-jp-unit",
  title: "History",
  columns: [
    { key: "activity", header: "Kegiatan", type: "text" },
    { key: "score", header: "Skor L1", type: "decimal" },
  ],
  rows: [],
};

export const report: Report = {
  kind: "jp-compliance",
  title: "Kepatuhan JP & pelatihan 2026",
  scope: "Tahun 2026 · Seluruh kabupaten",
  tables: [unitTable, personTable, emptyTable],
};

export const TIMEZONE = "Asia/Jakarta";
