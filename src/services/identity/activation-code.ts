import { createHash, randomInt } from "node:crypto";

// No 0/O, 1/I/L: codes are read aloud and typed on phones.
const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
const LENGTH = 8;

/** A fresh code shown once to the admin, e.g. `K7PM-Q2XA`. */
export function generateActivationCode(): string {
  let raw = "";
  for (let i = 0; i < LENGTH; i++) raw += ALPHABET[randomInt(ALPHABET.length)];
  return `${raw.slice(0, 4)}-${raw.slice(4)}`;
}

/** Users may type the code in lower case, with or without the dash or spaces. */
export function normalizeActivationCode(input: string): string {
  return input.toUpperCase().replace(/[^A-Z0-9]/g, "");
}

/** Only the hash is stored, so a database leak does not leak usable codes. */
export function hashActivationCode(input: string): string {
  return createHash("sha256").update(`activation:${normalizeActivationCode(input)}`).digest("hex");
}
