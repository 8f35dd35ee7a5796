/**
 * Safe, unique file names for a report's tables: ASCII letters, digits, dot, dash and underscore
 * only, and a numbered suffix for a repeat ("unit", "unit-2").
 */
export function uniqueFileNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((raw) => {
    const base = safeFileName(raw);
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n += 1) name = `${base}-${n}`;
    taken.add(name.toLowerCase());
    return name;
  });
}

function safeFileName(raw: string): string {
  const cleaned = raw
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/^[-.]+|[-.]+$/g, "")
    .slice(0, 60);
  return cleaned === "" ? "table" : cleaned;
}
