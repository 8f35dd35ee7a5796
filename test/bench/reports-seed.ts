import { ManualClock } from "../../src/clock.js";
import { sqliteFilePath } from "../../src/db/sqlite-file.js";
import { ensureDefaultQuestionnaires } from "../../src/services/evaluations/defaults.js";
import { DEFAULT_QUESTIONNAIRES } from "../../src/services/evaluations/question-options.js";
import type { TestDb } from "../kit/db.js";
import { createRandom } from "./reports-random.js";
import { seedActivities, type SeedQuestionnaires } from "./reports-seed-activities.js";
import { seedAnnouncements } from "./reports-seed-announcements.js";
import { seedPeople } from "./reports-seed-people.js";
import { withRawDatabase } from "./reports-sql.js";

/**
 * Seeds a district-sized year of data for the reports benchmark into a fresh, migrated database:
 * the shipped questionnaires through the service that installs them, everything else as raw rows in
 * one transaction (see reports-sql.ts). The same options always give the same data.
 */

export interface SeedSize {
  employees: number;
  activities: number;
  registrations: number;
}

/** The size: 10,000 employees, 500 activities, 50,000 registrations. */
export const FULL_SIZE: SeedSize = { employees: 10_000, activities: 500, registrations: 50_000 };

export function scaledSize(scale: number): SeedSize {
  return {
    employees: Math.max(300, Math.round(FULL_SIZE.employees * scale)),
    activities: Math.max(20, Math.round(FULL_SIZE.activities * scale)),
    registrations: Math.max(1_000, Math.round(FULL_SIZE.registrations * scale)),
  };
}

export interface SeedSummary {
  seconds: number;
  /** Rows written per table. */
  counts: Record<string, number>;
  /** An admin: the viewer of every district-wide report. */
  adminId: number;
  /** The OPD whose subtree is the second scope. */
  focus: { id: number; code: string; name: string; subunits: number; employees: number };
}

export async function seedReportsData(testDb: TestDb, options: { size: SeedSize; year: number; now: Date; seed?: number }): Promise<SeedSummary> {
  const started = performance.now();
  const { db } = testDb;
  await ensureDefaultQuestionnaires({ db, clock: new ManualClock(new Date(Date.UTC(options.year, 0, 2))) }, { actorLabel: "bench" });
  const questionnaires = await loadQuestionnaires(testDb);

  const random = createRandom(options.seed ?? 20_261_215);
  const { result: people, counts } = withRawDatabase(sqliteFilePath(testDb.url), (writer) => {
    const people = seedPeople(writer, random, { employees: options.size.employees, at: new Date(Date.UTC(options.year - 3, 0, 1)) });
    seedActivities(writer, random, {
      people,
      questionnaires,
      activities: options.size.activities,
      registrations: options.size.registrations,
      year: options.year,
      now: options.now,
    });
    seedAnnouncements(writer, random, { people, questionnaires, year: options.year, now: options.now });
    return people;
  });

  return {
    seconds: (performance.now() - started) / 1000,
    counts,
    adminId: people.adminId,
    focus: {
      id: people.focus.id,
      code: people.focus.code,
      name: people.focus.name,
      subunits: people.units.filter((unit) => unit.parentId === people.focus.id).length,
      employees: people.employees.filter((employee) => employee.opdId === people.focus.id && employee.active).length,
    },
  };
}

async function loadQuestionnaires(testDb: TestDb): Promise<SeedQuestionnaires> {
  const load = async (code: string) => {
    const questionnaire = await testDb.db.questionnaire.findFirstOrThrow({
      where: { code },
      orderBy: { version: "desc" },
      select: { id: true, questions: { select: { id: true, kind: true, dimension: true }, orderBy: { position: "asc" } } },
    });
    const ofKind = (kind: string) => questionnaire.questions.filter((question) => question.kind === kind);
    return { id: questionnaire.id, questions: questionnaire.questions, likert: ofKind("LIKERT"), first: (kind: string) => ofKind(kind)[0]?.id ?? null };
  };
  const [l1, l3Self, l3Supervisor, pulse] = await Promise.all([
    load(DEFAULT_QUESTIONNAIRES.reaction),
    load(DEFAULT_QUESTIONNAIRES.behaviourSelf),
    load(DEFAULT_QUESTIONNAIRES.behaviourSupervisor),
    load(DEFAULT_QUESTIONNAIRES.changeReadiness),
  ]);
  return {
    l1: { id: l1.id, likertIds: l1.likert.map((q) => q.id), ratingId: l1.first("RATING"), freeTextId: l1.first("FREE_TEXT") },
    l3Self: { id: l3Self.id, likertIds: l3Self.likert.map((q) => q.id) },
    l3Supervisor: { id: l3Supervisor.id, likertIds: l3Supervisor.likert.map((q) => q.id) },
    pulse: { id: pulse.id, likertIds: pulse.likert.map((q) => ({ id: q.id, dimension: q.dimension ?? "" })) },
  };
}
