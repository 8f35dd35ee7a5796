import { Composer, InlineKeyboard } from "grammy";
import { formatDate } from "../../i18n/format-date.js";
import { escapeHtml } from "../../i18n/html.js";
import { pulseResults, type PulseResults, type PulseResultsDeps } from "../../services/pulse/results.js";
import { describePulseRefusal, renderPulseResults } from "../../services/pulse/results-text.js";
import { listPulseRounds } from "../../services/pulse/rounds.js";
import { loadPulseScope } from "../../services/pulse/scope.js";
import type { BotContext } from "../context.js";
import type { BotDeps } from "../deps.js";
import { localeOf } from "../locale.js";
import { callerId, chatScreen, parseId } from "./chat-screen.js";

/**
 * "🧭 Kesiapan perubahan" and `/kesiapan [announcement]`: the change-readiness (ADKAR) pulse results of
 * the latest round in the leader's scope (an admin's is the district), each unit's means, barrier
 * point and trend, with buttons to earlier rounds (`rdy:<announcementId>`). The results service
 * decides who may see what; a press proves nothing.
 */

const PATTERN = /^rdy:/;
/** Earlier rounds offered as buttons; older ones by `/kesiapan <number>`. */
const ROUND_BUTTONS = 6;

const screen = chatScreen(PATTERN);
const roundData = (announcementId: number) => `rdy:${announcementId}`;

const resultsDeps = (deps: BotDeps): PulseResultsDeps => ({ db: deps.db, clock: deps.clock, settings: deps.config.announcements });

/** The other rounds in the same scope as the results shown, latest first. */
async function otherRounds(deps: BotDeps, results: PulseResults) {
  const scope = await loadPulseScope(deps, results.scope?.id ?? null);
  const rounds = scope ? await listPulseRounds(deps, scope) : [];
  return rounds.filter((round) => round.announcementId !== results.round.announcementId);
}

async function showResults(ctx: BotContext, deps: BotDeps, announcementId?: number): Promise<void> {
  const viewerId = callerId(ctx);
  if (viewerId === null) return screen.tell(ctx, ctx.t("need-link"));
  const outcome = await pulseResults(resultsDeps(deps), { viewerId, ...(announcementId === undefined ? {} : { announcementId }) });
  if (!outcome.ok) return screen.tell(ctx, describePulseRefusal(ctx.t, outcome, announcementId));
  await screen.acknowledge(ctx);

  const locale = await localeOf(ctx, deps);
  const { timezone } = deps.config;
  const text = renderPulseResults(ctx.t, outcome.results, { locale, timezone, html: true });
  // Paragraphs are kept whole when the text is split into messages.
  const lines = text.split("\n\n").flatMap((paragraph, index) => (index === 0 ? [paragraph] : ["", paragraph]));

  const others = await otherRounds(deps, outcome.results);
  const rows = others.slice(0, ROUND_BUTTONS).map((round) => {
    const date = round.sentAt ? formatDate(round.sentAt, locale, timezone) : ctx.t("pulse-list-unsent");
    const label = ctx.t("readiness-round-button", { id: String(round.announcementId), date, submitted: round.submitted, requests: round.requests });
    return [InlineKeyboard.text(label, roundData(round.announcementId))];
  });
  if (others.length > 0) lines.push("", ctx.t("readiness-rounds-hint", { count: others.length }));
  await screen.show(ctx, lines, rows.length > 0 ? InlineKeyboard.from(rows) : undefined);
}

/** The menu entry: the latest round in the caller's scope. */
export function showReadiness(deps: BotDeps) {
  return (ctx: BotContext): Promise<void> => showResults(ctx, deps);
}

export function readinessFeature(deps: BotDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();

  feature.chatType("private").command(["kesiapan", "readiness"], async (ctx) => {
    const argument = ctx.match.trim();
    if (argument === "") return showResults(ctx, deps);
    const id = parseId(argument);
    if (id === null) return void (await ctx.reply(ctx.t("readiness-bad-id", { value: escapeHtml(argument) }), { parse_mode: "HTML" }));
    await showResults(ctx, deps, id);
  });

  feature.callbackQuery(PATTERN, async (ctx) => {
    const digits = /^rdy:(\d{1,10})$/.exec(ctx.callbackQuery.data)?.[1];
    const id = digits === undefined ? null : parseId(digits);
    if (id === null) return void (await ctx.answerCallbackQuery({ text: ctx.t("callback-stale"), show_alert: true }));
    await showResults(ctx, deps, id);
  });

  return feature;
}
