/**
 * Telegram HTML (the subset our messages and announcements use) as Slack mrkdwn, so Slack renders the
 * same Fluent strings and stored bodies as Telegram. Slack escapes only `&`, `<` and `>`, which Telegram
 * HTML escapes too: those entities stay as they are; every other entity becomes its character.
 */
export function htmlToMrkdwn(html: string): string {
  return render(parse(html), { bold: false, italic: false, strike: false });
}

/** Escapes a value for mrkdwn text, e.g. a name put into a Slack-only string. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Telegram HTML as plain text without any markup: for Slack's plain_text fields (buttons, modal titles). */
export function htmlToPlainText(html: string): string {
  return decodeEntities(textOf(parse(html)));
}

interface Element {
  tag: string;
  attributes: string;
  children: Node[];
}
type Node = string | Element;

interface Styles {
  bold: boolean;
  italic: boolean;
  strike: boolean;
}

const TAG = /<(\/?)([a-zA-Z][\w-]*)((?:\s[^>]*)?)\/?>/g;
const VOID_TAGS = new Set(["br"]);

function parse(html: string): Node[] {
  const root: Element = { tag: "", attributes: "", children: [] };
  const stack: Element[] = [root];
  let last = 0;
  for (const match of html.matchAll(TAG)) {
    if (match.index > last) stack.at(-1)!.children.push(normaliseText(html.slice(last, match.index)));
    last = match.index + match[0].length;
    const [, closing, rawName, attributes = ""] = match;
    const tag = rawName!.toLowerCase();
    if (closing) {
      // A stray closing tag is ignored; one that closes an outer element closes the inner ones too.
      const depth = stack.findLastIndex((element) => element.tag === tag);
      if (depth > 0) stack.length = depth;
      continue;
    }
    const element: Element = { tag, attributes, children: [] };
    stack.at(-1)!.children.push(element);
    if (!VOID_TAGS.has(tag)) stack.push(element);
  }
  if (last < html.length) stack.at(-1)!.children.push(normaliseText(html.slice(last)));
  return root.children;
}

/** Text that reached us unescaped (a lone "<" or "&") is escaped so Slack cannot read it as markup. */
function normaliseText(text: string): string {
  return text
    .replace(/&(?!(?:amp|lt|gt|quot|apos|nbsp|#\d+|#x[\da-f]+);)/gi, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/&(quot|apos|nbsp|#\d+|#x[\da-f]+);/gi, (_, entity: string) => escapeMrkdwn(decodeEntity(entity)));
}

function decodeEntity(entity: string): string {
  const lower = entity.toLowerCase();
  if (lower === "quot") return '"';
  if (lower === "apos") return "'";
  if (lower === "nbsp") return "\u00a0";
  const code = lower.startsWith("#x") ? Number.parseInt(lower.slice(2), 16) : Number.parseInt(lower.slice(1), 10);
  return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "";
}

function decodeEntities(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

function render(nodes: Node[], styles: Styles): string {
  return nodes.map((node) => (typeof node === "string" ? node : renderElement(node, styles))).join("");
}

function renderElement(element: Element, styles: Styles): string {
  switch (element.tag) {
    case "b":
    case "strong":
      return styled(element, styles, "bold", "*");
    case "i":
    case "em":
      return styled(element, styles, "italic", "_");
    case "s":
    case "strike":
    case "del":
      return styled(element, styles, "strike", "~");
    case "code":
      return wrapLines(textOf(element.children), "`");
    case "pre": {
      const code = textOf(element.children).replace(/^\n+|\n+$/g, "");
      return code ? "```" + code + "```" : "";
    }
    case "a":
      return link(element, styles);
    case "blockquote":
      return quote(render(element.children, styles));
    case "br":
      return "\n";
    default:
      // <u>, spoilers, custom emoji and anything unknown: the content without the markup.
      return render(element.children, styles);
  }
}

function styled(element: Element, styles: Styles, style: keyof Styles, marker: string): string {
  if (styles[style]) return render(element.children, styles);
  return wrapLines(render(element.children, { ...styles, [style]: true }), marker);
}

/**
 * Slack only formats markers that sit next to non-space text and do not span lines, so each line is
 * wrapped on its own, with surrounding spaces kept outside the markers.
 */
function wrapLines(text: string, marker: string): string {
  return text
    .split("\n")
    .map((line) => {
      const match = /^(\s*)(.*?)(\s*)$/s.exec(line)!;
      const [, before, content, after] = match;
      return content ? `${before}${marker}${content}${marker}${after}` : line;
    })
    .join("\n");
}

function link(element: Element, styles: Styles): string {
  const href = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(element.attributes);
  const text = render(element.children, styles);
  const url = (href?.[1] ?? href?.[2] ?? "").trim();
  if (!url) return text;
  const target = normaliseText(url).replace(/\|/g, "%7C");
  const label = text.trim();
  return label && label !== target ? `<${target}|${label}>` : `<${target}>`;
}

function quote(text: string): string {
  const lines = text.replace(/^\n+|\n+$/g, "").split("\n");
  return lines.map((line) => `> ${line}`.trimEnd()).join("\n");
}

function textOf(nodes: Node[]): string {
  return nodes
    .map((node) => {
      if (typeof node === "string") return node;
      if (node.tag === "br") return "\n";
      return textOf(node.children);
    })
    .join("");
}
