import { describe, expect, it } from "vitest";
import { formatPhone, normalizePhone } from "../../../src/services/roster/phone.js";

describe("normalizePhone", () => {
  it.each([
    "+62 812-3456-7890",
    "+62 (812) 3456 7890",
    "62 812 3456 7890",
    "6281234567890",
    "081234567890",
    "0812.3456.7890",
    "0812-3456-7890",
    "81234567890",
    "0062 812 3456 7890",
  ])("turns %s into 6281234567890", (input) => {
    expect(normalizePhone(input)).toBe("6281234567890");
  });

  it("keeps short mobile and landline numbers", () => {
    expect(normalizePhone("0812-345-678")).toBe("62812345678");
    expect(normalizePhone("(0744) 21234")).toBe("6274421234");
  });

  it.each([
    ["", "empty"],
    ["0812", "too short"],
    ["0812345", "too short"],
    ["08123456789012", "too long"],
    ["0812-3456-78ab", "letters"],
    ["+1 415 555 0100", "another country"],
    ["62 0812 3456 7890", "zero after the country code"],
    ["0812+34567890", "plus in the middle"],
    ["0812/3456/7890", "slashes"],
  ])("rejects %s (%s)", (input) => {
    expect(normalizePhone(input)).toBeNull();
  });
});

describe("formatPhone", () => {
  it("groups a mobile number for display", () => {
    expect(formatPhone("6281234567890")).toBe("+62 812-3456-7890");
    expect(formatPhone("6281200001001")).toBe("+62 812-0000-1001");
  });
});
