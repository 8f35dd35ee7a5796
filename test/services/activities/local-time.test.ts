import { describe, expect, it } from "vitest";
import { formatLocalDateTime, parseLocalDateTime } from "../../../src/services/activities/local-time.js";

const iso = (text: string, zone = "Asia/Jakarta") => parseLocalDateTime(text, zone)?.toISOString() ?? null;

describe("parseLocalDateTime", () => {
  it("reads local WIB date-times in the shapes people write", () => {
    expect(iso("2026-12-14 08:00")).toBe("2026-12-14T01:00:00.000Z");
    expect(iso("2026-12-14T08:00")).toBe("2026-12-14T01:00:00.000Z");
    expect(iso(" 2026-12-14 08.00 ")).toBe("2026-12-14T01:00:00.000Z");
    expect(iso("2026-12-14 08:00:30")).toBe("2026-12-14T01:00:30.000Z");
    expect(iso("14/12/2026 08:00")).toBe("2026-12-14T01:00:00.000Z");
    expect(iso("2026-12-15 03:00")).toBe("2026-12-14T20:00:00.000Z");
  });

  it("uses the configured zone, including daylight saving elsewhere", () => {
    expect(iso("2026-12-14 08:00", "Asia/Makassar")).toBe("2026-12-14T00:00:00.000Z");
    expect(iso("2026-07-01 12:00", "Europe/Amsterdam")).toBe("2026-07-01T10:00:00.000Z");
    expect(iso("2026-01-01 12:00", "Europe/Amsterdam")).toBe("2026-01-01T11:00:00.000Z");
  });

  it("accepts ISO 8601 with an offset as it is", () => {
    expect(iso("2026-12-14T08:00:00+07:00")).toBe("2026-12-14T01:00:00.000Z");
    expect(iso("2026-12-14T01:00:00Z")).toBe("2026-12-14T01:00:00.000Z");
    expect(iso("2026-12-14T01:00:00.000Z")).toBe("2026-12-14T01:00:00.000Z");
  });

  it("rejects impossible and unreadable values", () => {
    for (const text of ["", "2026-12-14", "2026-02-30 08:00", "2026-13-01 08:00", "2026-12-14 24:00", "2026-12-14 08:60", "besok pagi", "2026-02-30T08:00:00+07:00"]) {
      expect(iso(text), text).toBeNull();
    }
  });

  it("formats back to the file form", () => {
    expect(formatLocalDateTime(new Date("2026-12-14T01:00:00Z"), "Asia/Jakarta")).toBe("2026-12-14 08:00");
  });
});
