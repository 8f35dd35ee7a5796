import { InlineKeyboard, type CallbackQueryContext } from "grammy";
import { formatDateTime } from "../../../i18n/format-date.js";
import { escapeHtml } from "../../../i18n/html.js";
import type { Locale, Translate } from "../../../i18n/index.js";
import { getActivityDetail, type ActivityDetail } from "../../../services/activities/activity-detail.js";
import type { BotContext } from "../../context.js";
import type { BotDeps } from "../../deps.js";
import { localeOf } from "../../locale.js";
import { calendarData, cancelData, parseIdData, registerData } from "./callback-data.js";
import { truncate } from "./format.js";
import { competencyName, keyPart, kindName } from "./labels.js";
import { audienceText, refusalText } from "./refusal.js";
import { needLinkAnswer, pressedOnCatalogueScreen, returnTarget, showScreen } from "./screen.js";

/** An activity in full, with Register / Cancel / Calendar buttons and a way back. */

const DESCRIPTION_LIMIT = 1500;
/** Telegram's limit is 4096; the rest of the detail is short, the description gives way first. */
const DETAIL_TEXT_LIMIT = 4000;

export function renderDetail(
  t: Translate,
  detail: ActivityDetail,
  options: { locale: Locale; timeZone: string; back: string },
): { text: string; keyboard: InlineKeyboard } {
  const { locale, timeZone } = options;
  const date = (value: Date) => formatDateTime(value, locale, timeZone);
  const head = [
    t("catalogue-detail-title", { title: escapeHtml(detail.title) }),
    t("catalogue-detail-meta", {
      kind: kindName(t, detail.kind),
      competency: competencyName(t, detail.competencyType),
      jp: detail.jp,
    }),
  ];
  if (detail.status === "CANCELLED") head.push(t("catalogue-detail-cancelled"));
  if (detail.status === "COMPLETED") head.push(t("catalogue-detail-completed"));
  const parts = [head.join("\n")];
  const description = detail.description?.trim() ?? "";
  const descriptionIndex = description ? parts.push(escapeHtml(truncate(description, DESCRIPTION_LIMIT))) - 1 : -1;

  const facts = [t("catalogue-detail-start", { date: date(detail.startsAt) }), t("catalogue-detail-end", { date: date(detail.endsAt) })];
  if (detail.venue) facts.push(t("catalogue-detail-venue", { venue: escapeHtml(detail.venue) }));
  if (detail.onlineUrl) facts.push(t("catalogue-detail-online", { url: escapeHtml(detail.onlineUrl) }));
  if (detail.partner) {
    facts.push(
      t("catalogue-detail-partner", {
        name: escapeHtml(detail.partner.name),
        kind: t(`catalogue-partner-kind-${keyPart(detail.partner.kind)}`),
      }),
    );
  }
  parts.push(facts.join("\n"));

  if (detail.speakers.length > 0) {
    const lines = [t("catalogue-detail-speakers")];
    for (const speaker of detail.speakers) {
      const role = t(`catalogue-speaker-role-${keyPart(speaker.role)}`);
      lines.push(
        speaker.institution
          ? t("catalogue-detail-speaker-institution", {
              name: escapeHtml(speaker.name),
              institution: escapeHtml(speaker.institution),
              role,
            })
          : t("catalogue-detail-speaker", { name: escapeHtml(speaker.name), role }),
      );
    }
    parts.push(lines.join("\n"));
  }

  const terms: string[] = [];
  const audience = audienceText(t, detail.audience);
  terms.push(audience ? t("catalogue-detail-audience", { audience }) : t("catalogue-detail-audience-all"));
  if (detail.capacity === null) terms.push(t("catalogue-detail-capacity-unlimited"));
  else if (detail.seatsLeft === 0) {
    terms.push(t("catalogue-detail-capacity-full", { capacity: detail.capacity, waiting: detail.waitlistLength }));
  } else terms.push(t("catalogue-detail-capacity", { capacity: detail.capacity, seats: detail.seatsLeft ?? 0 }));
  const { registrationOpensAt: opens, registrationClosesAt: closes } = detail;
  if (opens && closes) terms.push(t("catalogue-detail-window-between", { opens: date(opens), closes: date(closes) }));
  else if (opens) terms.push(t("catalogue-detail-window-from", { opens: date(opens) }));
  else if (closes) terms.push(t("catalogue-detail-window-until", { closes: date(closes) }));
  if (detail.needsSupervisorApproval) terms.push(t("catalogue-detail-approval"));
  parts.push(terms.join("\n"));

  const mine = detail.myRegistration;
  if (mine) parts.push(t(`catalogue-status-${keyPart(mine.status)}`, { rank: mine.waitlistRank ?? 0 }));
  if (detail.refusal) {
    parts.push(
      t("catalogue-detail-why-not", { reason: refusalText(t, detail.refusal, detail.audience, locale, timeZone) }),
    );
  } else if (detail.canRegister && detail.full) parts.push(t("catalogue-detail-can-waitlist"));

  const keyboard = new InlineKeyboard();
  if (detail.canRegister) {
    keyboard.text(t(detail.full ? "catalogue-button-register-waitlist" : "catalogue-button-register"), registerData(detail.id)).row();
  }
  if (mine?.cancellable) keyboard.text(t("catalogue-button-cancel"), cancelData(mine.id)).row();
  if (mine?.status === "REGISTERED" && detail.status === "PUBLISHED") {
    keyboard.text(t("catalogue-button-calendar"), calendarData(mine.id)).row();
  }
  keyboard.text(t("catalogue-button-back"), options.back);
  let text = parts.join("\n\n");
  if (text.length > DETAIL_TEXT_LIMIT && descriptionIndex >= 0) {
    const room = Math.max(100, DESCRIPTION_LIMIT - (text.length - DETAIL_TEXT_LIMIT) - 20);
    parts[descriptionIndex] = escapeHtml(truncate(description, room));
    text = parts.join("\n\n");
  }
  return { text, keyboard };
}

/** Shows an activity's detail; nothing is sent when it does not exist or is not visible. */
export async function showDetail(
  ctx: BotContext,
  deps: BotDeps,
  activityId: number,
  inPlace: boolean,
  back: string,
): Promise<void> {
  const account = ctx.caller.account!;
  const detail = await getActivityDetail(deps, { employeeId: account.employeeId, activityId });
  if ("error" in detail) return;
  const locale = await localeOf(ctx, deps);
  const { text, keyboard } = renderDetail(ctx.t, detail, { locale, timeZone: deps.config.timezone, back });
  await showScreen(ctx, text, keyboard, inPlace);
}

/** A press on an activity (`act:`) in the catalogue, the schedule or a notification. */
export async function openDetail(ctx: CallbackQueryContext<BotContext>, deps: BotDeps): Promise<void> {
  if (!ctx.caller.account?.active) return needLinkAnswer(ctx);
  const activityId = parseIdData(ctx.callbackQuery.data);
  if (activityId === null) return void (await ctx.answerCallbackQuery({ text: ctx.t("catalogue-not-found") }));
  const detail = await getActivityDetail(deps, { employeeId: ctx.caller.account.employeeId, activityId });
  if ("error" in detail) return void (await ctx.answerCallbackQuery({ text: ctx.t("catalogue-not-found") }));
  await ctx.answerCallbackQuery();
  const locale = await localeOf(ctx, deps);
  const back = returnTarget(ctx);
  const { text, keyboard } = renderDetail(ctx.t, detail, { locale, timeZone: deps.config.timezone, back });
  await showScreen(ctx, text, keyboard, pressedOnCatalogueScreen(ctx));
}
