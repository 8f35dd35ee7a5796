/**
 * Slack's Block Kit limits, checked the way Slack checks them: a message or view over a limit is
 * refused with `invalid_blocks` (messages) or `invalid_arguments` (views) and a JSON pointer.
 */
type Json = Record<string, unknown>;

export interface SlackRefusal {
  ok: false;
  error: string;
  response_metadata: { messages: string[] };
}

export const MESSAGE_BLOCK_LIMIT = 50;
export const VIEW_BLOCK_LIMIT = 100;

export function checkMessage(args: Json): SlackRefusal | null {
  if (!args.channel) return { ok: false, error: "channel_not_found", response_metadata: { messages: [] } };
  const blocks = args.blocks;
  if (blocks === undefined && !args.text) return { ok: false, error: "no_text", response_metadata: { messages: [] } };
  if (blocks === undefined) return null;
  const problems = checkBlocks(blocks, "/blocks", MESSAGE_BLOCK_LIMIT);
  return problems.length > 0 ? { ok: false, error: "invalid_blocks", response_metadata: { messages: problems } } : null;
}

export function checkView(view: Json): SlackRefusal | null {
  const problems: string[] = [];
  if (view.type !== "modal" && view.type !== "home") problems.push(error("must be modal or home", "/view/type"));
  if (view.type === "modal") {
    const title = view.title as Json | undefined;
    if (!title || typeof title.text !== "string") problems.push(error("must provide a title", "/view/title"));
    else problems.push(...text(title, "/view/title", 24, "plain_text"));
    for (const field of ["submit", "close"] as const) {
      if (view[field]) problems.push(...text(view[field] as Json, `/view/${field}`, 24, "plain_text"));
    }
    const hasInput = Array.isArray(view.blocks) && view.blocks.some((block) => (block as Json).type === "input");
    if (hasInput && !view.submit) problems.push(error("must provide a submit button when input blocks are present", "/view/submit"));
  }
  if (typeof view.private_metadata === "string" && view.private_metadata.length > 3000) {
    problems.push(error("must be less than 3001 characters", "/view/private_metadata"));
  }
  if (typeof view.callback_id === "string" && view.callback_id.length > 255) {
    problems.push(error("must be less than 256 characters", "/view/callback_id"));
  }
  problems.push(...checkBlocks(view.blocks, "/view/blocks", VIEW_BLOCK_LIMIT));
  return problems.length > 0 ? { ok: false, error: "invalid_arguments", response_metadata: { messages: problems } } : null;
}

function checkBlocks(blocks: unknown, pointer: string, limit: number): string[] {
  if (!Array.isArray(blocks)) return [error("must be an array", pointer)];
  const problems: string[] = [];
  if (blocks.length > limit) problems.push(error(`no more than ${limit} items allowed`, pointer));
  const blockIds = new Set<string>();
  blocks.forEach((raw, index) => {
    const block = raw as Json;
    const at = `${pointer}/${index}`;
    if (typeof block.block_id === "string") {
      if (blockIds.has(block.block_id)) problems.push(error("block_id must be unique", `${at}/block_id`));
      blockIds.add(block.block_id);
    }
    problems.push(...checkBlock(block, at));
  });
  return problems;
}

function checkBlock(block: Json, at: string): string[] {
  switch (block.type) {
    case "section": {
      const problems: string[] = [];
      if (!block.text && !block.fields) problems.push(error("must provide text or fields", at));
      if (block.text) problems.push(...text(block.text as Json, `${at}/text`, 3000));
      if (Array.isArray(block.fields)) {
        if (block.fields.length > 10) problems.push(error("no more than 10 items allowed", `${at}/fields`));
        block.fields.forEach((field, i) => problems.push(...text(field as Json, `${at}/fields/${i}`, 2000)));
      }
      if (block.accessory) problems.push(...checkElement(block.accessory as Json, `${at}/accessory`));
      return problems;
    }
    case "header":
      return text(block.text as Json, `${at}/text`, 150, "plain_text");
    case "context": {
      const elements = (block.elements as Json[] | undefined) ?? [];
      return elements.length > 10 ? [error("no more than 10 items allowed", `${at}/elements`)] : [];
    }
    case "actions": {
      const elements = (block.elements as Json[] | undefined) ?? [];
      const problems: string[] = [];
      if (elements.length === 0) problems.push(error("must provide at least 1 item", `${at}/elements`));
      if (elements.length > 25) problems.push(error("no more than 25 items allowed", `${at}/elements`));
      const actionIds = new Set<string>();
      elements.forEach((element, i) => {
        if (typeof element.action_id === "string") {
          if (actionIds.has(element.action_id)) problems.push(error("action_id must be unique", `${at}/elements/${i}/action_id`));
          actionIds.add(element.action_id);
        }
        problems.push(...checkElement(element, `${at}/elements/${i}`));
      });
      return problems;
    }
    case "input": {
      const problems = text(block.label as Json, `${at}/label`, 2000, "plain_text");
      if (!block.element) problems.push(error("must provide an element", `${at}/element`));
      else problems.push(...checkElement(block.element as Json, `${at}/element`));
      return problems;
    }
    case "image":
      return typeof block.image_url === "string" || block.slack_file ? [] : [error("must provide an image_url", at)];
    case "divider":
    case "rich_text":
    case "file":
      return [];
    default:
      return [error(`unknown block type ${String(block.type)}`, `${at}/type`)];
  }
}

function checkElement(element: Json, at: string): string[] {
  const problems: string[] = [];
  if (typeof element.action_id === "string" && element.action_id.length > 255) {
    problems.push(error("must be less than 256 characters", `${at}/action_id`));
  }
  switch (element.type) {
    case "button":
      problems.push(...text(element.text as Json, `${at}/text`, 75, "plain_text"));
      if (typeof element.value === "string" && element.value.length > 2000) problems.push(error("must be less than 2001 characters", `${at}/value`));
      if (typeof element.url === "string" && element.url.length > 3000) problems.push(error("must be less than 3001 characters", `${at}/url`));
      break;
    case "static_select":
    case "overflow":
    case "radio_buttons":
    case "checkboxes": {
      const options = (element.options as Json[] | undefined) ?? [];
      const max = element.type === "static_select" ? 100 : 10;
      if (options.length === 0) problems.push(error("must provide at least 1 item", `${at}/options`));
      if (options.length > max) problems.push(error(`no more than ${max} items allowed`, `${at}/options`));
      options.forEach((option, i) => {
        problems.push(...text(option.text as Json, `${at}/options/${i}/text`, 75));
        if (typeof option.value === "string" && option.value.length > 150) problems.push(error("must be less than 151 characters", `${at}/options/${i}/value`));
      });
      break;
    }
    case "plain_text_input":
      if (typeof element.max_length === "number" && element.max_length > 3000) problems.push(error("must be less than 3001", `${at}/max_length`));
      break;
    default:
      break;
  }
  return problems;
}

function text(object: Json | undefined, at: string, max: number, kind?: "plain_text"): string[] {
  if (!object || typeof object.text !== "string") return [error("must provide a text object", at)];
  const problems: string[] = [];
  if (kind && object.type !== kind) problems.push(error(`must be a ${kind} text object`, `${at}/type`));
  if (object.text.length === 0) problems.push(error("must be more than 0 characters", `${at}/text`));
  if (object.text.length > max) problems.push(error(`must be less than ${max + 1} characters`, `${at}/text`));
  return problems;
}

function error(message: string, pointer: string): string {
  return `[ERROR] ${message} [json-pointer:${pointer}]`;
}
