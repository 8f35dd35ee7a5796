/** Tags Telegram accepts in HTML parse mode; anything else (`<p>`, `<br>`, `<div>`) makes it refuse the message. */
const ALLOWED_TAGS = new Set([
  "b",
  "strong",
  "i",
  "em",
  "u",
  "ins",
  "s",
  "strike",
  "del",
  "span",
  "tg-spoiler",
  "a",
  "tg-emoji",
  "code",
  "pre",
  "blockquote",
]);

export type HtmlProblem =
  | { code: "html-tag"; tag: string }
  | { code: "html-unclosed"; tag: string }
  | { code: "html-char"; char: "<" | "&"; entity: "&lt;" | "&amp;" };

const TOKEN = /<\/?([A-Za-z][\w-]*)\b[^<>]*>|<|&(?!(?:[A-Za-z]+|#\d+|#x[0-9A-Fa-f]+);)/g;

/**
 * The first reason Telegram would refuse a hand-written HTML body, or null. A refused body would fail
 * for every recipient at every tick, so files are checked before anything is stored. Line breaks are
 * written as new lines, not `<br>`.
 */
export function telegramHtmlProblem(html: string): HtmlProblem | null {
  const open: string[] = [];
  for (const match of html.matchAll(TOKEN)) {
    const [token, name] = match;
    if (name === undefined) {
      return token === "<" ? { code: "html-char", char: "<", entity: "&lt;" } : { code: "html-char", char: "&", entity: "&amp;" };
    }
    const tag = name.toLowerCase();
    if (!ALLOWED_TAGS.has(tag)) return { code: "html-tag", tag };
    if (token.startsWith("</")) {
      if (open.at(-1) !== tag) return { code: "html-unclosed", tag: open.at(-1) ?? tag };
      open.pop();
    } else {
      open.push(tag);
    }
  }
  const unclosed = open.at(-1);
  return unclosed === undefined ? null : { code: "html-unclosed", tag: unclosed };
}
