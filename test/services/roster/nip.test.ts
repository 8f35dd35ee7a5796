import { describe, expect, it } from "vitest";
import { formatNip, normalizeNip, validateNip } from "../../../src/services/roster/nip.js";

const now = new Date("2026-03-15T03:00:00Z");

describe("validateNip (PNS)", () => {
  it("accepts a well-formed NIP and decodes it", () => {
    expect(validateNip("198609262015051001", { now })).toEqual({
      ok: true,
      nip: "198609262015051001",
      birthDate: "1986-09-26",
      appointment: "2015-05",
      gender: "male",
    });
    const female = validateNip("199001312014032005", { now });
    expect(female.ok && female.gender).toBe("female");
  });

  it("accepts the grouped form people type", () => {
    const result = validateNip("19860926 201505 1 001", { now });
    expect(result.ok && result.nip).toBe("198609262015051001");
    expect(validateNip("19860926.201505.1.001", { now }).ok).toBe(true);
  });

  it.each([
    ["12345", "nip-length"],
    ["1986092620150510011", "nip-length"],
    ["19860926201505100A", "nip-digits"],
    ["1986-09-26-2015-05-1-001", "nip-digits"],
    ["198602312015051001", "nip-birth-date"], // 31 February
    ["198613012015051001", "nip-birth-date"], // month 13
    ["193912012015051001", "nip-birth-date"], // before 1940
    ["202701012015051001", "nip-birth-date"], // born in the future
    ["198609262015131001", "nip-appointment"], // month 13
    ["198609262015001001", "nip-appointment"], // month 0
    ["198609261998051001", "nip-appointment"], // 11 years old
    ["198609262003081001", "nip-appointment"], // 16 years 11 months old
    ["198609262026041001", "nip-appointment"], // next month
    ["198609262015053001", "nip-gender"],
    ["198609262015050001", "nip-gender"],
    ["198609262015051000", "nip-sequence"],
  ])("rejects %s with %s", (nip, code) => {
    const result = validateNip(nip, { now });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.code).toBe(code);
  });

  it("accepts an appointment at exactly 17 years and in the current month", () => {
    expect(validateNip("198609262003091001", { now }).ok).toBe(true);
    expect(validateNip("198609262026031001", { now }).ok).toBe(true);
  });

  it("decides the current month in WIB", () => {
    // 2026-03-31T18:00Z is already 1 April in Muara Tebo.
    const lateMarch = new Date("2026-03-31T18:00:00Z");
    expect(validateNip("198609262026041001", { now: lateMarch }).ok).toBe(true);
    expect(validateNip("198609262026041001", { now: lateMarch, utcOffsetMinutes: 0 }).ok).toBe(false);
  });

  it("accepts 29 February only in leap years", () => {
    expect(validateNip("198802292012011001", { now }).ok).toBe(true);
    const result = validateNip("198702292012011001", { now });
    expect(!result.ok && result.code).toBe("nip-birth-date");
  });
});

describe("validateNip (PPPK)", () => {
  it("accepts the year + 21 shape and reports no appointment month", () => {
    expect(validateNip("199506122023212001", { now, kind: "PPPK" })).toEqual({
      ok: true,
      nip: "199506122023212001",
      birthDate: "1995-06-12",
      appointment: null,
      gender: "female",
    });
  });

  it("is looser than PNS but still checks length, birth date and gender", () => {
    expect(validateNip("199506122023212001", { now }).ok).toBe(false); // Not a PNS NIP.
    expect(validateNip("199506122023210000", { now, kind: "PPPK" }).ok).toBe(false);
    const badDate = validateNip("199506312023211001", { now, kind: "PPPK" });
    expect(!badDate.ok && badDate.code).toBe("nip-birth-date");
    const badGender = validateNip("199506122023213001", { now, kind: "PPPK" });
    expect(!badGender.ok && badGender.code).toBe("nip-gender");
    const short = validateNip("1995061220232120", { now, kind: "PPPK" });
    expect(!short.ok && short.code).toBe("nip-length");
  });
});

describe("formatNip / normalizeNip", () => {
  it("groups an 18-digit NIP", () => {
    expect(formatNip("198609262015051001")).toBe("19860926 201505 1 001");
    expect(formatNip("19860926.201505.1.001")).toBe("19860926 201505 1 001");
  });

  it("leaves anything else alone", () => {
    expect(formatNip("12345")).toBe("12345");
  });

  it("strips spaces and dots only", () => {
    expect(normalizeNip(" 19860926 201505 1 001 ")).toBe("198609262015051001");
    expect(normalizeNip("19860926.201505.1.001")).toBe("198609262015051001");
    expect(normalizeNip("19860926-201505")).toBe("19860926-201505");
  });
});
