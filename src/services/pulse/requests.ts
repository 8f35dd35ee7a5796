import { isUniqueViolation } from "../../db/errors.js";
import { Prisma } from "../../generated/prisma/client.js";
import type { ServiceDeps } from "../deps.js";

const DAY_MS = 24 * 60 * 60 * 1000;
/** Keys per query, well under SQLite's limit on bound variables. */
const CHUNK = 500;

/** The unique key of one recipient's pulse request for one announcement. */
export function pulseDedupeKey(announcementId: number, employeeId: number): string {
  return `pulse:${announcementId}:${employeeId}`;
}

/**
 * One pulse request per recipient of an announcement that carries a pulse, created at most once
 * (dedupe key `pulse:<announcementId>:<employeeId>`). Returns each recipient's request id, existing
 * ones included, so every message can carry its own "answer" button.
 */
export async function createPulseRequests(
  deps: ServiceDeps,
  input: { announcementId: number; questionnaireId: number; employeeIds: number[]; now: Date; dueDays: number },
): Promise<Map<number, number>> {
  const employeeIds = [...new Set(input.employeeIds)];
  const keyOf = (employeeId: number) => pulseDedupeKey(input.announcementId, employeeId);
  const existing = await idsByKey(deps, employeeIds.map(keyOf));

  const missing = employeeIds.filter((employeeId) => !existing.has(keyOf(employeeId)));
  const dueAt = new Date(input.now.getTime() + input.dueDays * DAY_MS);
  const rows = missing.map(
    (employeeId): Prisma.EvaluationRequestCreateManyInput => ({
      dedupeKey: keyOf(employeeId),
      questionnaireId: input.questionnaireId,
      respondentId: employeeId,
      announcementId: input.announcementId,
      dueAt,
      createdAt: input.now,
    }),
  );
  for (const chunk of chunks(rows)) await createAbsent(deps, chunk);

  const created = await idsByKey(deps, missing.map(keyOf));
  const result = new Map<number, number>();
  for (const employeeId of employeeIds) {
    const id = existing.get(keyOf(employeeId)) ?? created.get(keyOf(employeeId));
    if (id === undefined) throw new Error(`pulse request ${keyOf(employeeId)} was not stored`);
    result.set(employeeId, id);
  }
  return result;
}

/**
 * Writes the rows in one statement; when a concurrent run stored some of them first (a unique
 * violation), falls back to one row at a time, skipping those that exist.
 */
async function createAbsent(deps: ServiceDeps, rows: Prisma.EvaluationRequestCreateManyInput[]): Promise<void> {
  if (rows.length === 0) return;
  try {
    await deps.db.evaluationRequest.createMany({ data: rows });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    for (const data of rows) {
      try {
        await deps.db.evaluationRequest.create({ data, select: { id: true } });
      } catch (rowError) {
        if (!isUniqueViolation(rowError)) throw rowError;
      }
    }
  }
}

async function idsByKey(deps: ServiceDeps, keys: string[]): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const chunk of chunks(keys)) {
    const rows = await deps.db.evaluationRequest.findMany({
      where: { dedupeKey: { in: chunk } },
      select: { id: true, dedupeKey: true },
    });
    for (const row of rows) ids.set(row.dedupeKey, row.id);
  }
  return ids;
}

function chunks<T>(items: T[]): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) result.push(items.slice(i, i + CHUNK));
  return result;
}

