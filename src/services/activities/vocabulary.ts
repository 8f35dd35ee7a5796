import type {
  ActivityKind,
  ActivityStatus,
  CompetencyType,
  PartnerKind,
  PositionType,
  SpeakerRole,
} from "../../generated/prisma/enums.js";

/**
 * The words import files may use for each enumerated field, English and Indonesian. Lookups are
 * case-insensitive and treat spaces and dashes like underscores ("E-learning" = "e_learning").
 */

export const ACTIVITY_KINDS: Readonly<Record<string, ActivityKind>> = {
  training: "TRAINING",
  pelatihan: "TRAINING",
  workshop: "WORKSHOP",
  lokakarya: "WORKSHOP",
  seminar: "SEMINAR",
  internship: "INTERNSHIP",
  magang: "INTERNSHIP",
  coaching: "COACHING",
  e_learning: "E_LEARNING",
  elearning: "E_LEARNING",
};

export const COMPETENCY_TYPES: Readonly<Record<string, CompetencyType>> = {
  teknis: "TEKNIS",
  manajerial: "MANAJERIAL",
  sosial_kultural: "SOSIAL_KULTURAL",
};

export const POSITION_TYPES: Readonly<Record<string, PositionType>> = {
  struktural: "STRUKTURAL",
  fungsional: "FUNGSIONAL",
  pelaksana: "PELAKSANA",
};

export const PARTNER_KINDS: Readonly<Record<string, PartnerKind>> = {
  university: "UNIVERSITY",
  universitas: "UNIVERSITY",
  perguruan_tinggi: "UNIVERSITY",
  ngo: "NGO",
  lsm: "NGO",
  training_institute: "TRAINING_INSTITUTE",
  lembaga_pelatihan: "TRAINING_INSTITUTE",
  government: "GOVERNMENT",
  pemerintah: "GOVERNMENT",
  instansi_pemerintah: "GOVERNMENT",
  private: "PRIVATE",
  swasta: "PRIVATE",
};

export const SPEAKER_ROLES: Readonly<Record<string, SpeakerRole>> = {
  narasumber: "NARASUMBER",
  speaker: "NARASUMBER",
  fasilitator: "FASILITATOR",
  facilitator: "FASILITATOR",
};

/** Statuses an import may set; cancelling and completing go through the lifecycle commands. */
export const IMPORT_STATUSES: Readonly<Record<string, Extract<ActivityStatus, "DRAFT" | "PUBLISHED">>> = {
  draft: "DRAFT",
  konsep: "DRAFT",
  published: "PUBLISHED",
  terbit: "PUBLISHED",
  publish: "PUBLISHED",
};

const BOOLEANS: Readonly<Record<string, boolean>> = {
  ya: true,
  yes: true,
  true: true,
  y: true,
  "1": true,
  tidak: false,
  no: false,
  false: false,
  t: false,
  n: false,
  "0": false,
};

/** "E-learning" → "e_learning". */
export function vocabularyKey(value: string): string {
  return value.trim().toLowerCase().replace(/[\s-]+/g, "_");
}

export function lookup<T>(table: Readonly<Record<string, T>>, value: string): T | undefined {
  const key = vocabularyKey(value);
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** ya/tidak, yes/no, true/false (and 1/0); undefined for anything else. */
export function parseBoolean(value: string): boolean | undefined {
  const key = value.trim().toLowerCase();
  return Object.hasOwn(BOOLEANS, key) ? BOOLEANS[key] : undefined;
}

/** The words a message lists as accepted, e.g. "training, workshop, seminar". */
export function acceptedWords(table: Readonly<Record<string, unknown>>): string {
  return Object.keys(table).join(", ");
}
