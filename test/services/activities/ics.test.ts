import { describe, expect, it } from "vitest";
import {
  buildIcs,
  escapeIcsText,
  foldIcsLine,
  icsDateTime,
  icsFileName,
  registrationUid,
} from "../../../src/services/activities/ics.js";

const activity = {
  title: "Pelatihan Analisis Data",
  description: "Materi: Excel, SQL; dan dasbor.\nBawa laptop.",
  startsAt: new Date("2026-12-14T01:00:00Z"),
  endsAt: new Date("2026-12-14T09:00:00Z"),
  venue: "Aula BKPSDM, Muara Tebo",
  onlineUrl: null,
  partnerName: "Universitas Jambi",
};
const options = { timezone: "Asia/Jakarta", uid: registrationUid(42), stamp: new Date("2026-12-07T02:00:00Z") };

/** Undoes folding (RFC 5545, 3.1) and splits into content lines. */
function contentLines(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, "").split("\r\n").slice(0, -1);
}

function property(ics: string, name: string): string | undefined {
  return contentLines(ics)
    .find((line) => line.startsWith(`${name}:`))
    ?.slice(name.length + 1);
}

describe("buildIcs", () => {
  it("writes one event with CRLF line endings and UTC times", () => {
    const ics = buildIcs(activity, options);
    expect(ics.endsWith("\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const lines = contentLines(ics);
    expect(lines[0]).toBe("BEGIN:VCALENDAR");
    expect(lines).toContain("VERSION:2.0");
    expect(lines.filter((line) => line === "BEGIN:VEVENT")).toHaveLength(1);
    expect(lines.at(-1)).toBe("END:VCALENDAR");
    expect(property(ics, "DTSTART")).toBe("20261214T010000Z");
    expect(property(ics, "DTEND")).toBe("20261214T090000Z");
    expect(property(ics, "DTSTAMP")).toBe("20261207T020000Z");
    expect(property(ics, "PRODID")).toBeTruthy();
  });

  it("escapes commas, semicolons, backslashes and new lines in text", () => {
    const ics = buildIcs({ ...activity, title: "Rapat; evaluasi, tahap 1 \\ akhir" }, options);
    expect(property(ics, "SUMMARY")).toBe("Rapat\\; evaluasi\\, tahap 1 \\\\ akhir");
    expect(property(ics, "LOCATION")).toBe("Aula BKPSDM\\, Muara Tebo");
    expect(property(ics, "DESCRIPTION")).toBe(
      "Materi: Excel\\, SQL\\; dan dasbor.\\nBawa laptop.\\n\\nUniversitas Jambi",
    );
    expect(escapeIcsText("a\r\nb\nc")).toBe("a\\nb\\nc");
  });

  it("keeps the UID stable per registration", () => {
    const first = buildIcs(activity, options);
    const later = buildIcs({ ...activity, title: "Judul baru" }, { ...options, stamp: new Date("2026-12-10T00:00:00Z") });
    expect(property(first, "UID")).toBe(registrationUid(42));
    expect(property(later, "UID")).toBe(property(first, "UID"));
    expect(registrationUid(43)).not.toBe(registrationUid(42));
  });

  it("uses the link as the location of an online activity, and gives it as URL", () => {
    const url = "https://meet.example.go.id/room/pelatihan-analisis-data?pwd=a,b;c";
    const online = buildIcs({ ...activity, venue: null, onlineUrl: url }, options);
    expect(property(online, "LOCATION")).toBe("https://meet.example.go.id/room/pelatihan-analisis-data?pwd=a\\,b\\;c");
    expect(property(online, "URL")).toBe(url);
    expect(property(online, "DESCRIPTION")).toContain(url.replace(/,/g, "\\,").replace(/;/g, "\\;"));

    const hybrid = buildIcs({ ...activity, onlineUrl: url }, options);
    expect(property(hybrid, "LOCATION")).toBe("Aula BKPSDM\\, Muara Tebo");
    expect(property(hybrid, "URL")).toBe(url);
    expect(property(buildIcs(activity, options), "URL")).toBeUndefined();
  });

  it("folds long lines at 75 octets without splitting a character", () => {
    const title = `Pelatihan Kepemimpinan Pengawas — angkatan ${"é".repeat(30)} 🎓🎓🎓 ${"x".repeat(80)}`;
    const ics = buildIcs({ ...activity, title, description: "Ø".repeat(200) }, options);
    const physical = ics.split("\r\n").slice(0, -1);
    for (const line of physical) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    expect(physical.some((line) => line.startsWith(" "))).toBe(true);
    expect(physical.join("")).not.toContain("\uFFFD");
    expect(property(ics, "SUMMARY")).toBe(title);
    expect(property(ics, "DESCRIPTION")).toBe(`${"Ø".repeat(200)}\\n\\nUniversitas Jambi`);
  });
});

describe("helpers", () => {
  it("foldIcsLine leaves short lines alone and folds exactly at the limit", () => {
    expect(foldIcsLine("SUMMARY:pendek")).toBe("SUMMARY:pendek");
    const line = "X".repeat(75);
    expect(foldIcsLine(line)).toBe(line);
    expect(foldIcsLine(`${line}Y`)).toBe(`${line}\r\n Y`);
  });

  it("icsDateTime writes UTC basic format", () => {
    expect(icsDateTime(new Date("2026-01-02T03:04:05.678Z"))).toBe("20260102T030405Z");
  });

  it("icsFileName makes a plain slug", () => {
    expect(icsFileName("Pelatihan Analisis Data")).toBe("pelatihan-analisis-data.ics");
    expect(icsFileName("  Seminar: Café & Inovasi (2026)! ")).toBe("seminar-cafe-inovasi-2026.ics");
    expect(icsFileName("🎓🎓")).toBe("kegiatan.ics");
    expect(icsFileName("a".repeat(100)).length).toBeLessThanOrEqual(64);
  });
});
