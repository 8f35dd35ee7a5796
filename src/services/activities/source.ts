import { extname } from "node:path";
import { readActivityCsv } from "./activity-csv.js";
import { readActivityYaml } from "./activity-yaml.js";
import type { ActivityFileFormat, ActivitySource } from "./raw-activity.js";

export type { ActivityFileFormat } from "./raw-activity.js";

/** The format a file name says: `.csv`, or `.yaml`/`.yml`; null for anything else. */
export function activityFormatOf(fileName: string): ActivityFileFormat | null {
  const extension = extname(fileName).toLowerCase();
  if (extension === ".csv") return "csv";
  if (extension === ".yaml" || extension === ".yml") return "yaml";
  return null;
}

export function readActivitySource(text: string, format: ActivityFileFormat): ActivitySource {
  return format === "csv" ? readActivityCsv(text) : readActivityYaml(text);
}
