/** Text from people and records goes into HTML messages escaped, so a "<" in a title cannot break them. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function escapeVars<V extends Record<string, string | number>>(vars: V): V {
  return Object.fromEntries(
    Object.entries(vars).map(([key, value]) => [key, typeof value === "string" ? escapeHtml(value) : value]),
  ) as V;
}
