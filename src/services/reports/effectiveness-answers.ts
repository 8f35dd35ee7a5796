import { Prisma } from "../../generated/prisma/client.js";
import type { ServiceDeps } from "../deps.js";

/**
 * Sums and counts of the given questions' answers per activity and questionnaire, in one aggregate
 * query per 500 activities.
 *
 * An answer reaches its activity only through its response, and a Prisma grouped query cannot group
 * by a related row's column; one grouped query per activity instead makes SQLite walk every answer to
 * those questions each time (half a second per activity with a year's answers, minutes for a report).
 * So this is the one place where the reports use SQL directly: a join grouped in the database, with
 * quoted identifiers and bound values only, which SQLite and PostgreSQL read the same way.
 *
 * With units, an answer counts for the participant it is about, as the rest of the report does: the
 * person assessed (a supervisor's L3), else the respondent, each by their current unit; an anonymous
 * answer names nobody and counts by the unit kept with it.
 */

export interface AnswerSum {
  activityId: number;
  questionnaireId: number;
  sum: number;
  count: number;
  /** Responses behind the answers that name nobody (anonymous questionnaires). */
  anonymousResponses: number;
}

const CHUNK = 500;

type SumRow = { activityId: unknown; questionnaireId: unknown; total: unknown; answers: unknown; anonymous: unknown };

export async function answerSums(
  deps: ServiceDeps,
  input: { activityIds: number[]; questionIds: number[]; unitIds: number[] | null },
): Promise<AnswerSum[]> {
  const { activityIds, questionIds, unitIds } = input;
  if (activityIds.length === 0 || questionIds.length === 0 || unitIds?.length === 0) return [];
  const inUnits = unitIds === null ? Prisma.empty : participantIn(unitIds);
  const sums: AnswerSum[] = [];
  for (let start = 0; start < activityIds.length; start += CHUNK) {
    const chunk = activityIds.slice(start, start + CHUNK);
    const rows = await deps.db.$queryRaw<SumRow[]>`
      SELECT r."activityId" AS "activityId", r."questionnaireId" AS "questionnaireId",
             SUM(a."numericValue") AS "total", COUNT(a."numericValue") AS "answers",
             COUNT(DISTINCT CASE WHEN r."respondentId" IS NULL THEN r."id" END) AS "anonymous"
      FROM "Response" r
      JOIN "Answer" a ON a."responseId" = r."id"
      WHERE r."activityId" IN (${Prisma.join(chunk)})
        AND a."questionId" IN (${Prisma.join(questionIds)})
        AND a."numericValue" IS NOT NULL
        ${inUnits}
      GROUP BY r."activityId", r."questionnaireId"`;
    // Drivers return SQL integers as numbers, bigints or (PostgreSQL sums) decimals: all become numbers.
    for (const row of rows) {
      sums.push({
        activityId: Number(row.activityId),
        questionnaireId: Number(row.questionnaireId),
        sum: Number(row.total ?? 0),
        count: Number(row.answers),
        anonymousResponses: Number(row.anonymous),
      });
    }
  }
  return sums;
}

function participantIn(unitIds: number[]): Prisma.Sql {
  const units = Prisma.join(unitIds);
  const employeesIn = Prisma.sql`SELECT e."id" FROM "Employee" e WHERE e."unitId" IN (${units})`;
  return Prisma.sql`AND (
    (r."subjectId" IS NOT NULL AND r."subjectId" IN (${employeesIn}))
    OR (r."subjectId" IS NULL AND r."respondentId" IS NOT NULL AND r."respondentId" IN (${employeesIn}))
    OR (r."subjectId" IS NULL AND r."respondentId" IS NULL AND r."unitId" IN (${units}))
  )`;
}
