/**
 * The reports' callback data (ids only), built and read here only: `rep:h` the hub, `rep:e:<page>`
 * a page of activities with evaluations, `rep:r:<activityId>` an activity's results,
 * `rep:n:<activityId>` its non-respondents and `rep:c:<activityId>` them as a CSV file.
 */

export const REPORTS_PATTERN = /^rep:/;

export const hubData = (): string => "rep:h";
export const resultsListData = (page: number): string => `rep:e:${page}`;
export const resultsData = (activityId: number): string => `rep:r:${activityId}`;
export const nonRespondentsData = (activityId: number): string => `rep:n:${activityId}`;
export const nonRespondentsCsvData = (activityId: number): string => `rep:c:${activityId}`;

export type ReportsPress =
  | { screen: "hub" }
  | { screen: "results-list"; page: number }
  | { screen: "results" | "non-respondents" | "non-respondents-csv"; activityId: number };

const SCREENS = { r: "results", n: "non-respondents", c: "non-respondents-csv" } as const;

/** What a press asks for, or null for anything malformed. */
export function parseReportsData(data: string): ReportsPress | null {
  if (data === hubData()) return { screen: "hub" };
  const match = /^rep:([ernc]):([1-9]\d{0,9})$/.exec(data);
  if (!match) return null;
  const number = Number(match[2]);
  if (number > 2_147_483_647) return null;
  const kind = match[1] as "e" | "r" | "n" | "c";
  return kind === "e" ? { screen: "results-list", page: number } : { screen: SCREENS[kind], activityId: number };
}
