import { CAPTION_LIMIT } from "../src/delivery/payload.js";
import { escapeHtml } from "../src/i18n/html.js";
import type { Translate } from "../src/i18n/index.js";
import { checkContent, LINK_TEXT_LIMIT, type ContentErrorCode } from "../src/services/announcements/content.js";
import { button, type Rows } from "./compose-chat.js";
import { askTyped, stepHeader, type ComposeFlow, type StepResult } from "./compose-draft.js";
import { contentFromMessage } from "./compose-html.js";
import { refusalText } from "./compose-submit.js";

function contentErrorText(t: Translate, code: ContentErrorCode): string {
  return refusalText(t, { kind: "announcement", code });
}

/**
 * Step 1: the text (formatting kept as HTML), or a photo or document with a caption. For a pulse sent
 * on its own, the standard invitation is offered as the body.
 */
export async function contentStep(flow: ComposeFlow, invitation: string | null): Promise<StepResult> {
  const { t, chat, draft } = flow;
  const editing = draft.content !== null;
  let notice: string | null = null;
  for (;;) {
    const lines = [stepHeader(t, 1, "compose-step-content")];
    if (notice) lines.push(notice);
    notice = null;
    const rows: Rows = [];
    if (invitation !== null) {
      lines.push(t("compose-pulse-intro"), `<blockquote>${invitation}</blockquote>`, t("compose-ask-content-pulse"));
      rows.push([button(t("compose-button-use-invitation"), "invitation")]);
    } else {
      lines.push(t("compose-ask-content"));
    }
    if (editing) rows.push([button(t("compose-button-keep"), "keep")]);
    await chat.show({ text: lines.join("\n\n"), rows });

    const input = await chat.read();
    if (input.kind === "cancel") return "cancel";
    if (input.kind === "button") {
      if (input.value === "keep" && editing) return "done";
      if (input.value === "invitation" && invitation !== null) {
        const check = checkContent({ bodyHtml: invitation, ...(draft.content?.link ? { link: draft.content.link } : {}) });
        if (check.ok) {
          draft.content = check.content;
          return "done";
        }
        notice = contentErrorText(t, check.code);
      }
      continue;
    }
    const read = contentFromMessage(input.message);
    if (!read.ok) {
      notice = t(read.code === "no-caption" ? "compose-error-no-caption" : "compose-error-unsupported");
      continue;
    }
    const { ok: _ok, ...content } = read;
    const check = checkContent({ ...content, ...(draft.content?.link ? { link: draft.content.link } : {}) });
    if (!check.ok) {
      notice = contentErrorText(t, check.code);
      continue;
    }
    draft.content = check.content;
    if (check.content.media && check.content.bodyHtml.length > CAPTION_LIMIT) {
      chat.note(t("compose-long-caption", { kind: check.content.media.kind, limit: String(CAPTION_LIMIT) }));
    }
    return "done";
  }
}

/** Step 2: one optional link button under the announcement: its text, then its address. */
export async function linkStep(flow: ComposeFlow): Promise<StepResult> {
  const { t, chat, draft } = flow;
  const content = draft.content!;
  let notice: string | null = null;
  for (;;) {
    const lines = [stepHeader(t, 2, "compose-step-link"), ...(notice ? [notice] : []), t("compose-ask-link")];
    notice = null;
    const current = content.link;
    if (current) lines.push(t("compose-current-link", { text: escapeHtml(current.text), url: escapeHtml(current.url) }));
    const skip = t(current ? "compose-button-remove-link" : "compose-button-skip");
    await chat.show({ text: lines.join("\n\n"), rows: [[button(t("compose-button-add-link"), "add")], [button(skip, "skip")]] });
    const input = await chat.read();
    if (input.kind === "cancel") return "cancel";
    if (input.kind === "message") {
      notice = t("compose-use-buttons");
      continue;
    }
    if (input.value === "skip") {
      const { link: _link, ...rest } = content;
      draft.content = rest;
      return "done";
    }
    if (input.value !== "add") continue;

    const header = stepHeader(t, 2, "compose-step-link");
    const label = await askTyped(flow, header, t("compose-ask-link-text", { max: String(LINK_TEXT_LIMIT) }), (text) =>
      text !== "" && [...text].length <= LINK_TEXT_LIMIT
        ? { ok: true, value: text }
        : { ok: false, notice: t("announcements-error-bad-link-text") },
    );
    if (label.kind === "cancel") return "cancel";
    if (label.kind === "back") continue;
    const withLink = (url: string) => checkContent({ ...content, link: { text: label.value, url } });
    const url = await askTyped(flow, header, t("compose-ask-link-url"), (typed) => {
      const check = withLink(typed);
      return check.ok ? { ok: true, value: check.content } : { ok: false, notice: contentErrorText(t, check.code) };
    });
    if (url.kind === "cancel") return "cancel";
    if (url.kind === "back") continue;
    draft.content = url.value;
    chat.note(t("compose-link-saved", { text: escapeHtml(label.value) }));
    return "done";
  }
}
