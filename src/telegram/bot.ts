import { conversations, createConversation } from "@grammyjs/conversations";
import { sequentialize } from "@grammyjs/runner";
import { Bot, session, type Api, type RawApi } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import { createLinkByCodeConversation, LINK_BY_CODE } from "../../conversations/link-by-code.js";
import { createRejectReasonConversation, REJECT_REASON } from "../../conversations/reject-reason.js";
import { COMPOSE_ANNOUNCEMENT, createComposeAnnouncementConversation } from "../../conversations/compose-announcement.js";
import { DbKeyValueStore } from "../db/key-value-store.js";
import { createI18n, isLocale } from "../i18n/index.js";
import type { BotContext, SessionData } from "./context.js";
import type { BotDeps } from "./deps.js";
import { fallbackFeature } from "./features/fallback.js";
import { helpFeature } from "./features/help.js";
import { languageFeature } from "./features/language.js";
import { linkByCodeFeature } from "./features/link-by-code.js";
import { linkByContactFeature } from "./features/link-by-contact.js";
import { menuFeature } from "./features/menu.js";
import { queueStatusFeature, showQueueStatus } from "./features/queue-status.js";
import { reportsFeature, showReports } from "./features/reports/index.js";
import { acknowledgementsFeature } from "./features/acknowledgements.js";
import { announcementsFeature, showAnnouncements } from "./features/announcements/index.js";
import { campaignsFeature } from "./features/announcements/campaigns.js";
import { myAnnouncementsFeature } from "./features/announcements/my-announcements.js";
import { readinessFeature, showReadiness } from "./features/readiness.js";
import { adminActivitiesFeature, showAdminActivities } from "./features/admin-activities.js";
import { approvalsFeature, showApprovals } from "./features/approvals.js";
import { attendanceFeature, checkInConversation } from "./features/attendance.js";
import { catalogueFeature, showCatalogue } from "./features/catalogue/index.js";
import { jpFeature, showJp } from "./features/jp.js";
import { developmentFeature, showDevelopment } from "./features/development.js";
import { showTeam, teamFeature } from "./features/team.js";
import { scheduleFeature, showSchedule } from "./features/schedule.js";
import { answerQuestionnaireConversation, evaluationsFeature, showEvaluations } from "./features/evaluations.js";
import { createMessages } from "../services/messages.js";
import { startFeature } from "./features/start.js";
import { apologise } from "./middleware/error-boundary.js";
import { loadCaller } from "./middleware/load-caller.js";
import { logContext } from "./middleware/log-context.js";

export interface CreateBotOptions {
  token: string;
  apiRoot: string;
  /** Skips the getMe round trip, e.g. in tests. */
  botInfo?: UserFromGetMe;
  /** Told about every update that failed, before the apology (for metrics). */
  onUpdateError?: () => void;
}

/** Builds the Telegram bot with every feature. No side effects: nothing is sent until it is started. */
export function createBot(input: Omit<BotDeps, "i18n" | "messages">, options: CreateBotOptions): Bot<BotContext, Api<RawApi>> {
  const i18n = createI18n<BotContext>(input.config.defaultLocale, (ctx) => {
    const chosen = ctx.session?.locale ?? ctx.caller?.account?.locale;
    return isLocale(chosen) ? chosen : input.config.defaultLocale;
  });
  const deps: BotDeps = { ...input, i18n, messages: createMessages(input.config) };
  const bot = new Bot<BotContext>(options.token, { client: { apiRoot: options.apiRoot }, botInfo: options.botInfo });

  // With grammY's runner updates run concurrently; one chat's updates still run in order.
  bot.use(sequentialize((ctx) => ctx.chat?.id.toString()));
  bot.use(logContext(deps));
  const apology = apologise(deps);
  const onError: typeof apology = (error) => {
    options.onUpdateError?.();
    return apology(error);
  };
  const guarded = bot.errorBoundary(onError);
  guarded.use(
    session<SessionData, BotContext>({
      initial: () => ({}),
      storage: new DbKeyValueStore<SessionData>(deps.db, "session:"),
      getSessionKey: (ctx) => (ctx.from ? `telegram:${ctx.from.id}` : undefined),
    }),
  );
  guarded.use(loadCaller(deps));
  guarded.use(i18n);
  guarded.use(
    conversations<BotContext, BotContext>({
      storage: { type: "key", prefix: "conversation:", adapter: new DbKeyValueStore(deps.db, "") },
    }),
  );
  guarded.use(createConversation(createLinkByCodeConversation(deps), LINK_BY_CODE));
  guarded.use(checkInConversation(deps));
  guarded.use(createConversation(createRejectReasonConversation(deps), REJECT_REASON));
  guarded.use(answerQuestionnaireConversation(deps));
  guarded.use(createConversation(createComposeAnnouncementConversation(deps), COMPOSE_ANNOUNCEMENT));

  guarded.use(
    startFeature(),
    linkByContactFeature(deps),
    linkByCodeFeature(deps),
    menuFeature({
      queue: showQueueStatus(deps),
      catalogue: showCatalogue(deps),
      schedule: showSchedule(deps),
      jp: showJp(deps),
      team: showTeam(deps),
      approvals: showApprovals(deps),
      activities: showAdminActivities(deps),
      evaluations: showEvaluations(deps),
      development: showDevelopment(deps),
      reports: showReports(deps),
      announce: showAnnouncements(deps),
      readiness: showReadiness(deps),
    }),
    queueStatusFeature(deps),
    catalogueFeature(deps),
    scheduleFeature(deps),
    attendanceFeature(deps),
    jpFeature(deps),
    teamFeature(deps),
    approvalsFeature(deps),
    adminActivitiesFeature(deps),
    evaluationsFeature(deps),
    developmentFeature(deps),
    reportsFeature(deps),
    announcementsFeature(deps),
    myAnnouncementsFeature(deps),
    campaignsFeature(deps),
    acknowledgementsFeature(deps),
    readinessFeature(deps),
    helpFeature(),
    languageFeature(deps),
    fallbackFeature(),
  );

  bot.catch(onError);
  return bot;
}
