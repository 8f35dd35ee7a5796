import type { Command } from "commander";
import { formatDate, formatDateTime } from "../../i18n/format-date.js";
import { parseLocalDateTime } from "../../services/activities/local-time.js";
import type { AudienceSpec } from "../../services/announcements/audience.js";
import type { ServiceDeps } from "../../services/deps.js";
import { createMessages } from "../../services/messages.js";
import { pulseResultsForScope } from "../../services/pulse/results.js";
import { describePulseRefusal, renderPulseResults } from "../../services/pulse/results-text.js";
import { listPulseRounds } from "../../services/pulse/rounds.js";
import { loadPulseScope } from "../../services/pulse/scope.js";
import { sendPulse } from "../../services/pulse/send.js";
import { normalizeNip } from "../../services/roster/nip.js";
import type { CliContext } from "../context.js";

/** Refusals of sendPulse with their own message; the others concern the invitation text itself. */
const EXPLAINED_SEND_ERRORS: readonly string[] = [
  "not-allowed",
  "empty-audience",
  "unknown-unit",
  "outside-scope",
  "no-recipients",
  "unknown-pulse",
  "time-in-past",
];

/**
 * `pulse list [--unit CODE]`, `pulse results [--announcement ID] [--unit CODE]` and
 * `pulse send --author NIP (--units CODES | --all) [--at "YYYY-MM-DD HH:MM"] [--questionnaire CODE]`.
 * Like the other commands, the CLI is trusted: it sees the whole district unless `--unit` narrows it.
 * Sending goes through the announcement service, so the author's own rights and scope apply.
 */
export function register(program: Command, context: CliContext): void {
  const { t, io, config } = context;
  const fail = (key: string, params: Record<string, string | number> = {}): void => {
    io.err(t(key, params));
    context.exitCode = 1;
  };
  /** The unit's id, null for the whole district, undefined (reported) for an unknown code. */
  const scopeUnit = async (deps: ServiceDeps, code: string | undefined): Promise<number | null | undefined> => {
    if (code === undefined) return null;
    const unit = await deps.db.unit.findUnique({ where: { code: code.trim().toUpperCase() }, select: { id: true } });
    if (!unit) fail("pulse-cli-unknown-unit", { code });
    return unit?.id;
  };

  const pulse = program.command("pulse").description(t("pulse-cli-description"));

  pulse
    .command("list")
    .description(t("pulse-cli-list-description"))
    .option("--unit <code>", t("pulse-cli-unit-option"))
    .action(
      context.action(async (options: { unit?: string }) => {
        const deps = await context.services();
        const unitId = await scopeUnit(deps, options.unit);
        if (unitId === undefined) return;
        const scope = await loadPulseScope(deps, unitId);
        const rounds = scope ? await listPulseRounds(deps, scope) : [];
        if (rounds.length === 0) return io.out(t("pulse-list-none"));
        for (const round of rounds) {
          io.out(
            t("pulse-list-line", {
              id: String(round.announcementId),
              code: round.questionnaireCode,
              date: round.sentAt ? formatDate(round.sentAt, context.locale, config.timezone) : t("pulse-list-unsent"),
              submitted: round.submitted,
              requests: round.requests,
            }),
          );
        }
      }),
    );

  pulse
    .command("results")
    .description(t("pulse-cli-results-description"))
    .option("--announcement <id>", t("pulse-cli-announcement-option"))
    .option("--unit <code>", t("pulse-cli-unit-option"))
    .action(
      context.action(async (options: { announcement?: string; unit?: string }) => {
        let announcementId: number | undefined;
        if (options.announcement !== undefined) {
          announcementId = Number(options.announcement.trim().replace(/^#/, ""));
          if (!Number.isSafeInteger(announcementId) || announcementId <= 0) {
            return fail("pulse-cli-bad-announcement", { value: options.announcement });
          }
        }
        const services = await context.services();
        const scopeUnitId = await scopeUnit(services, options.unit);
        if (scopeUnitId === undefined) return;
        const deps = { ...services, settings: config.announcements };
        const outcome = await pulseResultsForScope(deps, { scopeUnitId, ...(announcementId === undefined ? {} : { announcementId }) });
        if (!outcome.ok) {
          const message = describePulseRefusal(t, outcome, announcementId);
          if (outcome.code === "no-round") return io.out(message);
          io.err(message);
          context.exitCode = 1;
          return;
        }
        io.out(renderPulseResults(t, outcome.results, { locale: context.locale, timezone: config.timezone, html: false }));
      }),
    );

  pulse
    .command("send")
    .description(t("pulse-cli-send-description"))
    .requiredOption("--author <nip>", t("pulse-cli-author-option"))
    .option("--units <codes>", t("pulse-cli-units-option"))
    .option("--all", t("pulse-cli-all-option"))
    .option("--at <time>", t("pulse-cli-at-option"))
    .option("--questionnaire <code>", t("pulse-cli-questionnaire-option"))
    .action(
      context.action(async (options: { author: string; units?: string; all?: boolean; at?: string; questionnaire?: string }) => {
        if ((options.units === undefined) === (options.all !== true)) return fail("pulse-cli-audience-needed");
        let at: Date | null = null;
        if (options.at !== undefined) {
          at = parseLocalDateTime(options.at, config.timezone);
          if (at === null) return fail("pulse-cli-bad-time", { value: options.at });
        }
        const services = await context.services();
        const nip = normalizeNip(options.author);
        const author = await services.db.employee.findUnique({ where: { nip }, select: { id: true } });
        if (!author) return fail("pulse-cli-unknown-author", { nip });

        let audience: AudienceSpec = { kind: "all" };
        if (options.units !== undefined) {
          const codes = [...new Set(options.units.split(",").map((code) => code.trim().toUpperCase()).filter((code) => code !== ""))];
          const units = await services.db.unit.findMany({ where: { code: { in: codes } }, select: { id: true, code: true } });
          const missing = codes.find((code) => !units.some((unit) => unit.code === code));
          if (missing !== undefined) return fail("pulse-cli-unknown-unit", { code: missing });
          audience = { kind: "units", unitIds: units.map((unit) => unit.id) };
        }

        const deps = { ...services, messages: createMessages(config), settings: config.announcements };
        // A "now" send only queues the messages; the bot's dispatcher delivers them.
        const result = await sendPulse(deps, {
          authorId: author.id,
          audience,
          timing: at === null ? { kind: "now" } : { kind: "at", at },
          ...(options.questionnaire === undefined ? {} : { questionnaireCode: options.questionnaire }),
          actorLabel: context.actorLabel,
        });
        if (!result.ok) {
          if (!EXPLAINED_SEND_ERRORS.includes(result.code)) return fail("pulse-send-error-invalid", { code: result.code });
          return fail(`pulse-send-error-${result.code}`);
        }
        if (result.status === "CANCELLED") return fail("pulse-send-error-not-allowed");
        if (result.status === "SCHEDULED" && at !== null) {
          return io.out(
            t("pulse-cli-scheduled", {
              id: String(result.announcementId),
              count: result.recipients,
              date: formatDateTime(at, context.locale, config.timezone),
            }),
          );
        }
        io.out(t("pulse-cli-sent", { id: String(result.announcementId), count: result.recipients }));
      }),
    );
}
