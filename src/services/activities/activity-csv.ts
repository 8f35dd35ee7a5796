import { countCsvRows, readCsvTable } from "../csv/table.js";
import type { ActivityIssue } from "./issues.js";
import {
  ACTIVITY_FIELDS,
  parseSpeakerList,
  REQUIRED_FIELDS,
  SCALAR_FIELDS,
  splitList,
  type ActivityField,
  type ActivitySource,
  type RawActivity,
  type ScalarField,
} from "./raw-activity.js";

/** Columns of an activity CSV file: one a field, in the order the example file uses. */
export const ACTIVITY_CSV_COLUMNS = ACTIVITY_FIELDS;

export type ActivityCsvColumn = ActivityField;

const REQUIRED = new Set<ActivityCsvColumn>(REQUIRED_FIELDS);

/** Reads an activity CSV file into raw items; a cell's content is checked later. */
export function readActivityCsv(text: string): ActivitySource {
  const table = readCsvTable(text, ACTIVITY_CSV_COLUMNS, REQUIRED);
  const issues: ActivityIssue[] = [...table.issues];
  const has = (column: ActivityCsvColumn) => table.columns.has(column);
  const items: RawActivity[] = table.rows.map(({ line, cells }) => {
    const item: RawActivity = { line, text: {} };
    for (const field of SCALAR_FIELDS) {
      if (has(field)) item.text[field as ScalarField] = cells[field];
    }
    if (has("audience_units")) item.audienceUnits = splitList(cells.audience_units);
    if (has("audience_grades")) item.audienceGrades = splitList(cells.audience_grades);
    if (has("audience_position_types")) item.audiencePositionTypes = splitList(cells.audience_position_types);
    if (has("speakers")) {
      const { speakers, bad } = parseSpeakerList(cells.speakers);
      for (const value of bad) issues.push({ line, code: "speaker", params: { value } });
      item.speakers = speakers;
    }
    return item;
  });
  const count = countCsvRows(table);
  if (count === 0 && issues.length === 0) issues.push({ line: 2, code: "file-empty", params: {} });
  return { format: "csv", items, issues, count };
}
