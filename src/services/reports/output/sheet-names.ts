const MAX_LENGTH = 31;

/**
 * Worksheet names Excel accepts, one per title: at most 31 characters, none of : \ / ? * [ ], no
 * apostrophe at either end, not the reserved "History", and unique ignoring case (a repeat gets
 * " (2)", shortened to fit).
 */
export function uniqueSheetNames(titles: readonly string[], fallback: readonly string[]): string[] {
  const taken = new Set<string>();
  return titles.map((title, index) => {
    const base = sheetName(title) || sheetName(fallback[index] ?? "") || `Sheet ${index + 1}`;
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n += 1) {
      const suffix = ` (${n})`;
      name = `${shorten(base, MAX_LENGTH - suffix.length)}${suffix}`;
    }
    taken.add(name.toLowerCase());
    return name;
  });
}

function sheetName(raw: string): string {
  const cleaned = trimEdges(raw.replace(/[:\\/?*[\]]/g, " ").replace(/[\u0000-\u001f]/g, " ").replace(/\s+/g, " "));
  const name = shorten(cleaned, MAX_LENGTH);
  return name.toLowerCase() === "history" ? `${name} 1` : name;
}

/** At most `length` characters, cut at a space when that keeps most of the text. */
function shorten(text: string, length: number): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length).replace(/[\uD800-\uDBFF]$/, "");
  const space = text[length] === " " ? cut.length : cut.lastIndexOf(" ");
  return trimEdges(space >= length * 0.6 ? cut.slice(0, space) : cut);
}

function trimEdges(name: string): string {
  return name.replace(/^[\s']+|[\s']+$/g, "");
}
