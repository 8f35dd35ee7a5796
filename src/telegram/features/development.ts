import { Composer, InlineKeyboard } from "grammy";
import { formatDate } from "../../i18n/format-date.js";
import { escapeHtml } from "../../i18n/html.js";
import type { Locale, Translate } from "../../i18n/index.js";
import {
  myDevelopment,
  NEEDS_WORK_BELOW,
  STRONG_FROM,
  type MyDevelopment,
  type Progress,
  type Trend,
} from "../../services/evaluations/development.js";
import type { BotContext } from "../context.js";
import type { BotDeps } from "../deps.js";
import { localeOf } from "../locale.js";
import { detailData } from "./catalogue/callback-data.js";
import { ledgerDeps, shorten } from "./jp.js";

const PENDING_SHOWN = 10;
const TITLE_MAX = 80;
const ARROWS: Record<Trend, string> = { up: "↑", down: "↓", steady: "→" };

interface RenderOptions {
  locale: Locale;
  timezone: string;
  l3DelayDays: number;
}

export function renderDevelopment(
  t: Translate,
  development: MyDevelopment,
  options: RenderOptions,
): { text: string; keyboard: InlineKeyboard | undefined } {
  const { assessments, dimensions, overall, pending, suggestions } = development;
  if (assessments.length === 0 && pending.length === 0) {
    return { text: t("development-empty", { days: String(options.l3DelayDays) }), keyboard: undefined };
  }
  const intlLocale = options.locale === "id" ? "id-ID" : "en-GB";
  const oneDecimal = { minimumFractionDigits: 1, maximumFractionDigits: 1 } as const;
  const decimal = new Intl.NumberFormat(intlLocale, oneDecimal);
  const signed = new Intl.NumberFormat(intlLocale, { ...oneDecimal, signDisplay: "exceptZero" });
  const title = (value: string) => escapeHtml(shorten(value, TITLE_MAX));
  const scoreVars = (progress: Progress) => ({
    self: decimal.format(progress.self),
    supervisor: decimal.format(progress.supervisor),
    combined: decimal.format(progress.combined),
    trend:
      progress.trend === null || progress.change === null
        ? ""
        : ` ${t("development-trend", { arrow: ARROWS[progress.trend], change: signed.format(progress.change) })}`,
    level: t(`development-level-${progress.level}`),
  });

  const lines = [t("development-title")];
  const latest = assessments.at(-1);
  if (latest) {
    lines.push(
      t("development-basis", { count: String(assessments.length) }),
      t("development-latest", {
        activity: title(latest.title),
        date: formatDate(latest.assessedAt, options.locale, options.timezone),
      }),
      "",
    );
    if (dimensions.length > 0) {
      lines.push(t("development-dimensions-title"));
      for (const row of dimensions) {
        const name = t("development-dimension-name", { dimension: escapeHtml(row.dimension) });
        lines.push(t("development-row", { name, ...scoreVars(row) }));
      }
    }
    if (overall) lines.push(t("development-overall", scoreVars(overall)));
    lines.push(
      "",
      t("development-legend", { strong: decimal.format(STRONG_FROM), weak: decimal.format(NEEDS_WORK_BELOW) }),
    );
  } else lines.push("", t("development-no-complete"));

  if (pending.length > 0) {
    lines.push("", t("development-pending-title"));
    for (const item of pending.slice(0, PENDING_SHOWN)) {
      lines.push(t(`development-pending-${item.waitingFor}`, { activity: title(item.title) }));
    }
    if (pending.length > PENDING_SHOWN) lines.push(t("development-pending-more", { count: String(pending.length - PENDING_SHOWN) }));
  }

  const needsWork = dimensions.some((row) => row.level === "needs-work") || overall?.level === "needs-work";
  let keyboard: InlineKeyboard | undefined;
  if (needsWork) {
    lines.push("");
    if (suggestions.length === 0) lines.push(t("development-suggestions-none"));
    else {
      lines.push(t("development-suggestions-title"));
      keyboard = new InlineKeyboard();
      for (const [index, activity] of suggestions.entries()) {
        lines.push(
          t("development-suggestion", {
            title: title(activity.title),
            type: t(`jp-type-${activity.competencyType}`),
            jp: String(activity.jp),
            date: formatDate(activity.startsAt, options.locale, options.timezone),
          }),
        );
        if (index > 0) keyboard.row();
        keyboard.text(t("development-suggestion-button", { title: shorten(activity.title, 40) }), detailData(activity.id));
      }
    }
  }
  return { text: lines.join("\n"), keyboard };
}

/** "📈 Perkembangan saya": the caller's own L3 development, what is waiting, and suggestions. */
export function showDevelopment(deps: BotDeps) {
  return async (ctx: BotContext): Promise<void> => {
    const account = ctx.caller.account;
    if (!account?.active) return void (await ctx.reply(ctx.t("need-link")));
    const development = await myDevelopment(ledgerDeps(deps), { employeeId: account.employeeId });
    const rendered = renderDevelopment(ctx.t, development, {
      locale: await localeOf(ctx, deps),
      timezone: deps.config.timezone,
      l3DelayDays: deps.config.evaluations.l3DelayDays,
    });
    await ctx.reply(rendered.text, { parse_mode: "HTML", ...(rendered.keyboard ? { reply_markup: rendered.keyboard } : {}) });
  };
}

export function developmentFeature(deps: BotDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.chatType("private").command(["perkembangan", "development"], showDevelopment(deps));
  return feature;
}
