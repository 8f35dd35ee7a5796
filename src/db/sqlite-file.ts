import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";

/** Turns `file:./data/x.db` into an absolute path and makes sure its folder exists. */
export function sqliteFilePath(databaseUrl: string): string {
  const raw = databaseUrl.replace(/^file:/, "").replace(/\?.*$/, "");
  if (raw === ":memory:") return raw;
  const path = resolve(raw);
  mkdirSync(dirname(path), { recursive: true });
  return path;
}
