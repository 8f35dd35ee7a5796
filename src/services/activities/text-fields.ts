import type { ActivityIssue, ActivityIssueCode, IssueParams } from "./issues.js";

/** Collects one row's or item's issues, all tagged with its line. */
export class IssueSink {
  readonly issues: ActivityIssue[] = [];

  constructor(readonly line: number) {}

  add(code: ActivityIssueCode, params: IssueParams = {}): null {
    this.issues.push({ line: this.line, code, params });
    return null;
  }

  get failed(): boolean {
    return this.issues.length > 0;
  }
}

/** Trimmed, inner whitespace collapsed; null (and an issue) when empty or longer than `max`. */
export function requiredText(sink: IssueSink, column: string, value: string, max: number): string | null {
  const text = collapse(value);
  if (text === "") return sink.add("required", { column });
  if (text.length > max) return sink.add("too-long", { column, max });
  return text;
}

/** Null when empty; an issue when longer than `max`. Line breaks are kept (descriptions). */
export function optionalText(sink: IssueSink, column: string, value: string, max: number, keepLines = false): string | null {
  const text = keepLines ? value.replace(/\r\n?/g, "\n").replace(/[ \t]+\n/g, "\n").trim() : collapse(value);
  if (text === "") return null;
  if (text.length > max) return sink.add("too-long", { column, max });
  return text;
}

export function collapse(value: string): string {
  return value.trim().replace(/\s+/g, " ");
}

/** The same key for names that differ only in case or spacing ("Universitas  contoh" = "Universitas Contoh"). */
export function nameKey(name: string): string {
  return collapse(name).toLowerCase();
}
