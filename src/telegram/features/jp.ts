import { Composer, InlineKeyboard } from "grammy";
import { formatDate } from "../../i18n/format-date.js";
import { escapeHtml } from "../../i18n/html.js";
import type { Locale, Translate } from "../../i18n/index.js";
import {
  jpSummary,
  suggestActivities,
  type JpByType,
  type JpSummary,
  type LedgerDeps,
  type SuggestedActivity,
} from "../../services/jp/ledger.js";
import type { BotContext } from "../context.js";
import type { BotDeps } from "../deps.js";
import { localeOf } from "../locale.js";

const BAR_CELLS = 10;
const ENTRIES_SHOWN = 15;
const SUGGESTIONS = 3;

/** `▰▰▰▰▰▰▱▱▱▱`: whole tenths of the target reached, full once it is met. */
export function progressBar(total: number, target: number): string {
  const filled = Math.max(0, Math.min(BAR_CELLS, Math.floor((total / target) * BAR_CELLS)));
  return "▰".repeat(filled) + "▱".repeat(BAR_CELLS - filled);
}

export function ledgerDeps(deps: BotDeps): LedgerDeps {
  return { db: deps.db, clock: deps.clock, timezone: deps.config.timezone };
}

export function typeVars(byType: JpByType): Record<string, string> {
  return { teknis: String(byType.TEKNIS), manajerial: String(byType.MANAJERIAL), sosial: String(byType.SOSIAL_KULTURAL) };
}

export function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

export function renderJpSummary(
  t: Translate,
  summary: JpSummary,
  suggestions: SuggestedActivity[] | null,
  options: { locale: Locale; timezone: string },
): { text: string; keyboard: InlineKeyboard | undefined } {
  const target = String(summary.target);
  const lines = [
    t("jp-title", { year: String(summary.year) }),
    t("jp-progress", { bar: progressBar(summary.total, summary.target), total: String(summary.total), target }),
    t("jp-by-type", typeVars(summary.byType)),
    "",
  ];
  if (summary.entries.length === 0) lines.push(t("jp-entries-none"));
  else {
    lines.push(t("jp-entries-title"));
    const hidden = summary.entries.length - ENTRIES_SHOWN;
    for (const entry of summary.entries.slice(-ENTRIES_SHOWN)) {
      lines.push(
        t("jp-entry", {
          title: escapeHtml(entry.title ?? t("jp-entry-manual")),
          jp: String(entry.jp),
          type: t(`jp-type-${entry.competencyType}`),
          date: formatDate(entry.completedAt, options.locale, options.timezone),
        }),
      );
    }
    if (hidden > 0) lines.push(t("jp-entries-more", { count: String(hidden) }));
  }
  lines.push("");
  const remaining = String(Math.max(0, summary.target - summary.total));
  if (summary.total >= summary.target) lines.push(t("jp-reached", { target }));
  else if (summary.behind) lines.push(t("jp-behind", { expected: String(summary.expected), remaining }));
  else lines.push(t("jp-on-track", { remaining }));

  let keyboard: InlineKeyboard | undefined;
  if (suggestions) {
    lines.push("");
    if (suggestions.length === 0) lines.push(t("jp-suggestions-none"));
    else {
      lines.push(t("jp-suggestions-title"));
      keyboard = new InlineKeyboard();
      for (const [index, activity] of suggestions.entries()) {
        lines.push(
          t("jp-suggestion", {
            title: escapeHtml(activity.title),
            type: t(`jp-type-${activity.competencyType}`),
            jp: String(activity.jp),
            date: formatDate(activity.startsAt, options.locale, options.timezone),
          }),
        );
        if (index > 0) keyboard.row();
        keyboard.text(t("jp-suggestion-button", { title: shorten(activity.title, 40) }), `act:${activity.id}`);
      }
    }
  }
  return { text: lines.join("\n"), keyboard };
}

/** "🎯 JP saya": this year's JP against the target, what counted, and suggestions when behind. */
export function showJp(deps: BotDeps) {
  return async (ctx: BotContext): Promise<void> => {
    const account = ctx.caller.account;
    if (!account?.active) return void (await ctx.reply(ctx.t("need-link")));
    const service = ledgerDeps(deps);
    const summary = await jpSummary(service, { employeeId: account.employeeId });
    const suggestions = summary.behind
      ? await suggestActivities(service, { employeeId: account.employeeId, limit: SUGGESTIONS })
      : null;
    const rendered = renderJpSummary(ctx.t, summary, suggestions, {
      locale: await localeOf(ctx, deps),
      timezone: deps.config.timezone,
    });
    await ctx.reply(rendered.text, { parse_mode: "HTML", ...(rendered.keyboard ? { reply_markup: rendered.keyboard } : {}) });
  };
}

export function jpFeature(deps: BotDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  const privateChat = feature.chatType("private");
  privateChat.command("jp", showJp(deps));
  return feature;
}
