import type { MessageEntity } from "grammy/types";
import { badRequest, type BotApiError } from "./fake-bot-api-limits.js";

/** Text as Telegram stores it: markup removed, formatting moved into entities. */
export interface FormattedText {
  text: string;
  entities?: MessageEntity[];
}

/** Applies `parse_mode` (HTML, MarkdownV2, Markdown) or keeps explicit entities. */
export function formatText(raw: string, parseMode: unknown, entities: unknown): FormattedText {
  if (parseMode === undefined || parseMode === null || parseMode === "") {
    return Array.isArray(entities) && entities.length > 0
      ? { text: raw, entities: entities as MessageEntity[] }
      : { text: raw };
  }
  switch (String(parseMode).toLowerCase()) {
    case "html":
      return parseHtml(raw);
    case "markdownv2":
      return parseMarkdownV2(raw);
    case "markdown":
      return parseMarkdown(raw);
    default:
      throw badRequest("unsupported parse_mode");
  }
}

const cantParse = (detail: string): BotApiError => badRequest(`can't parse entities: ${detail}`);

/** Telegram reports positions as UTF-8 byte offsets into the raw text. */
const byteOffset = (raw: string, index: number): number => Buffer.byteLength(raw.slice(0, index), "utf8");

type EntityExtra = { url?: string; language?: string; custom_emoji_id?: string };

class EntityBuilder {
  text = "";
  private readonly entities: MessageEntity[] = [];

  add(type: string, start: number, extra: EntityExtra = {}): void {
    const length = this.text.length - start;
    if (length > 0) this.entities.push({ type, offset: start, length, ...extra } as MessageEntity);
  }

  result(): FormattedText {
    if (this.entities.length === 0) return { text: this.text };
    const entities = [...this.entities].sort((a, b) => a.offset - b.offset || b.length - a.length);
    return { text: this.text, entities };
  }
}

// --- HTML -------------------------------------------------------------------

const HTML_TAGS: Record<string, string> = {
  b: "bold",
  strong: "bold",
  i: "italic",
  em: "italic",
  u: "underline",
  ins: "underline",
  s: "strikethrough",
  strike: "strikethrough",
  del: "strikethrough",
  "tg-spoiler": "spoiler",
  span: "spoiler",
  a: "text_link",
  code: "code",
  pre: "pre",
  blockquote: "blockquote",
  "tg-emoji": "custom_emoji",
};

interface OpenTag {
  tag: string;
  type: string | undefined;
  start: number;
  extra: EntityExtra;
}

function decodeHtmlEntity(raw: string, index: number): { text: string; next: number } {
  const match = /^&(#\d{1,7}|#x[0-9a-f]{1,6}|lt|gt|amp|quot);/i.exec(raw.slice(index, index + 12));
  if (!match?.[1]) return { text: "&", next: index + 1 };
  const name = match[1].toLowerCase();
  const named: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"' };
  const text =
    named[name] ??
    String.fromCodePoint(name.startsWith("#x") ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10));
  return { text, next: index + match[0].length };
}

function decodeHtml(value: string): string {
  let out = "";
  for (let i = 0; i < value.length; ) {
    if (value[i] === "&") {
      const decoded = decodeHtmlEntity(value, i);
      out += decoded.text;
      i = decoded.next;
    } else {
      out += value[i];
      i += 1;
    }
  }
  return out;
}

function parseAttributes(source: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of source.matchAll(/([\w-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
    const name = match[1];
    if (name) attributes[name.toLowerCase()] = decodeHtml(match[2] ?? match[3] ?? match[4] ?? "");
  }
  return attributes;
}

function parseHtml(raw: string): FormattedText {
  const out = new EntityBuilder();
  const stack: OpenTag[] = [];
  let i = 0;
  while (i < raw.length) {
    const ch = raw[i];
    if (ch === "&") {
      const decoded = decodeHtmlEntity(raw, i);
      out.text += decoded.text;
      i = decoded.next;
      continue;
    }
    if (ch !== "<") {
      out.text += ch;
      i += 1;
      continue;
    }
    const end = raw.indexOf(">", i);
    const closing = raw[i + 1] === "/";
    const nameMatch = /^[a-zA-Z][\w-]*/.exec(raw.slice(i + (closing ? 2 : 1)));
    const name = nameMatch ? nameMatch[0].toLowerCase() : "";
    if (end < 0 || !nameMatch) {
      throw cantParse(`Unsupported start tag "${name}" at byte offset ${byteOffset(raw, i)}`);
    }
    if (closing) {
      const open = stack.pop();
      if (!open) throw cantParse(`Unexpected end tag at byte offset ${byteOffset(raw, i)}`);
      if (open.tag !== name) {
        throw cantParse(
          `Unmatched end tag at byte offset ${byteOffset(raw, i)}, expected "</${open.tag}>", found "</${name}>"`,
        );
      }
      if (open.type) out.add(open.type, open.start, open.extra);
    } else {
      stack.push(openHtmlTag(raw, i, name, raw.slice(i + 1 + name.length, end), stack, out.text.length));
    }
    i = end + 1;
  }
  const unclosed = stack.pop();
  if (unclosed) throw cantParse(`Can't find end tag corresponding to start tag "${unclosed.tag}"`);
  return out.result();
}

function openHtmlTag(
  raw: string,
  index: number,
  name: string,
  attributeSource: string,
  stack: OpenTag[],
  start: number,
): OpenTag {
  const unsupported = (): BotApiError =>
    cantParse(`Unsupported start tag "${name}" at byte offset ${byteOffset(raw, index)}`);
  let type = HTML_TAGS[name];
  if (!type) throw unsupported();
  const attributes = parseAttributes(attributeSource);
  const extra: EntityExtra = {};
  if (name === "span" && attributes.class !== "tg-spoiler") throw unsupported();
  if (name === "a") {
    if (attributes.href) extra.url = attributes.href;
    else type = undefined;
  }
  if (name === "blockquote" && "expandable" in attributes) type = "expandable_blockquote";
  if (name === "tg-emoji") extra.custom_emoji_id = attributes["emoji-id"] ?? "";
  const parent = stack[stack.length - 1];
  // <pre><code class="language-x"> is a single pre entity carrying the language.
  if (name === "code" && parent?.tag === "pre" && attributes.class?.startsWith("language-")) {
    parent.extra.language = attributes.class.slice("language-".length);
    type = undefined;
  }
  return { tag: name, type, start, extra };
}

// --- MarkdownV2 -------------------------------------------------------------

const MDV2_RESERVED = "_*[]()~`>#+-=|{}.!";
const MDV2_NAMES: Record<string, string> = {
  bold: "Bold",
  italic: "Italic",
  underline: "Underline",
  strikethrough: "Strikethrough",
  spoiler: "Spoiler",
};

function reservedError(ch: string): BotApiError {
  return cantParse(`Character '${ch}' is reserved and must be escaped with the preceding '\\'`);
}

/** Reads until an unescaped `terminator`; backslash escapes any character. */
function readEscaped(raw: string, from: number, terminator: string): { value: string; end: number } | undefined {
  let value = "";
  for (let i = from; i < raw.length; ) {
    if (raw[i] === "\\" && i + 1 < raw.length) {
      value += raw[i + 1];
      i += 2;
    } else if (raw.startsWith(terminator, i)) {
      return { value, end: i };
    } else {
      value += raw[i];
      i += 1;
    }
  }
  return undefined;
}

function parseMarkdownV2(raw: string): FormattedText {
  const out = new EntityBuilder();
  const open = new Map<string, { start: number; at: number }>();
  let link: { start: number; at: number } | undefined;
  let quote: number | undefined;
  let lineStart = true;
  const toggle = (type: string, at: number): void => {
    const current = open.get(type);
    if (current) {
      out.add(type, current.start);
      open.delete(type);
    } else {
      open.set(type, { start: out.text.length, at });
    }
  };

  let i = 0;
  while (i < raw.length) {
    const ch = raw[i] ?? "";
    if (lineStart) {
      lineStart = false;
      if (ch === ">") {
        quote ??= out.text.length;
        i += 1;
        continue;
      }
    }
    if (ch === "\\") {
      if (i + 1 >= raw.length) throw reservedError("\\");
      out.text += raw[i + 1];
      i += 2;
    } else if (ch === "\n") {
      if (quote !== undefined && raw[i + 1] !== ">") {
        out.add("blockquote", quote);
        quote = undefined;
      }
      out.text += ch;
      lineStart = true;
      i += 1;
    } else if (ch === "`") {
      i = readMarkdownV2Code(raw, i, out);
    } else if (ch === "*") {
      toggle("bold", i);
      i += 1;
    } else if (ch === "_" && raw[i + 1] === "_") {
      toggle("underline", i);
      i += 2;
    } else if (ch === "_") {
      toggle("italic", i);
      i += 1;
    } else if (ch === "~") {
      toggle("strikethrough", i);
      i += 1;
    } else if (ch === "|" && raw[i + 1] === "|") {
      toggle("spoiler", i);
      i += 2;
    } else if (ch === "[" && !link) {
      link = { start: out.text.length, at: i };
      i += 1;
    } else if (ch === "]" && link && raw[i + 1] === "(") {
      const url = readEscaped(raw, i + 2, ")");
      if (!url) throw cantParse(`Can't find end of a URL at byte offset ${byteOffset(raw, i + 2)}`);
      out.add("text_link", link.start, { url: url.value });
      link = undefined;
      i = url.end + 1;
    } else if (MDV2_RESERVED.includes(ch)) {
      throw reservedError(ch);
    } else {
      out.text += ch;
      i += 1;
    }
  }
  if (quote !== undefined) out.add("blockquote", quote);
  for (const [type, { at }] of open) {
    throw cantParse(`Can't find end of ${MDV2_NAMES[type] ?? type} entity at byte offset ${byteOffset(raw, at)}`);
  }
  if (link) throw cantParse(`Can't find end of TextUrl entity at byte offset ${byteOffset(raw, link.at)}`);
  return out.result();
}

function readMarkdownV2Code(raw: string, at: number, out: EntityBuilder): number {
  const pre = raw.startsWith("```", at);
  const fence = pre ? "```" : "`";
  let from = at + fence.length;
  let language: string | undefined;
  if (pre) {
    const newline = raw.indexOf("\n", from);
    const firstLine = newline >= 0 ? raw.slice(from, newline) : "";
    if (newline >= 0 && /^[\w+#-]+$/.test(firstLine)) language = firstLine;
    if (newline >= 0 && (language !== undefined || firstLine === "")) from = newline + 1;
  }
  const body = readEscaped(raw, from, fence);
  if (!body) throw cantParse(`Can't find end of ${pre ? "Pre" : "Code"} entity at byte offset ${byteOffset(raw, at)}`);
  const start = out.text.length;
  out.text += body.value;
  out.add(pre ? "pre" : "code", start, language ? { language } : {});
  return body.end + fence.length;
}

// --- legacy Markdown --------------------------------------------------------

function parseMarkdown(raw: string): FormattedText {
  const out = new EntityBuilder();
  const unterminated = (at: number): BotApiError =>
    cantParse(`Can't find end of the entity starting at byte offset ${byteOffset(raw, at)}`);
  let i = 0;
  while (i < raw.length) {
    const ch = raw[i] ?? "";
    if (ch === "\\" && "_*`[".includes(raw[i + 1] ?? " ")) {
      out.text += raw[i + 1];
      i += 2;
      continue;
    }
    const simple: Record<string, string> = { "*": "bold", _: "italic", "`": "code" };
    if (raw.startsWith("```", i)) {
      const end = raw.indexOf("```", i + 3);
      if (end < 0) throw unterminated(i);
      const start = out.text.length;
      out.text += raw.slice(i + 3, end);
      out.add("pre", start);
      i = end + 3;
    } else if (simple[ch]) {
      const end = raw.indexOf(ch, i + 1);
      if (end < 0) throw unterminated(i);
      const start = out.text.length;
      out.text += raw.slice(i + 1, end);
      out.add(simple[ch], start);
      i = end + 1;
    } else if (ch === "[") {
      const close = raw.indexOf("](", i + 1);
      const urlEnd = close < 0 ? -1 : raw.indexOf(")", close + 2);
      if (close < 0 || urlEnd < 0) throw unterminated(i);
      const start = out.text.length;
      out.text += raw.slice(i + 1, close);
      out.add("text_link", start, { url: raw.slice(close + 2, urlEnd) });
      i = urlEnd + 1;
    } else {
      out.text += ch;
      i += 1;
    }
  }
  return out.result();
}
