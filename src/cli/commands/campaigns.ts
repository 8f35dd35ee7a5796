import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import { systemClock } from "../../clock.js";
import { importCampaignFile } from "../../services/campaigns/campaign-import.js";
import { campaignDetailLines, campaignErrorText, campaignFileIssueText, campaignListLine } from "../../services/campaigns/campaign-text.js";
import {
  campaignDetail,
  endCampaign,
  listCampaigns,
  pauseCampaign,
  resumeCampaign,
  type CampaignActor,
  type ControlResult,
} from "../../services/campaigns/campaigns.js";
import { nextSlot, parseCron } from "../../services/campaigns/cron-schedule.js";
import { explainCronIssue, explainSchedule, type WordsContext } from "../../services/campaigns/schedule-words.js";
import type { ServiceDeps } from "../../services/deps.js";
import { formatDateTime } from "../../i18n/format-date.js";
import type { CliContext } from "../context.js";

const CLI_ACTOR: CampaignActor = { kind: "cli" };

/** `campaign import|list|show|pause|resume|end|explain`: recurring socialisation campaigns. */
export function register(program: Command, context: CliContext): void {
  const { t, io, locale, config } = context;
  const fail = (line: string): void => {
    io.err(line);
    context.exitCode = 1;
  };
  const words = (now: Date): WordsContext => ({ t, locale, timezone: config.timezone, now });
  const viewDeps = async () => ({ ...(await context.services()), timezone: config.timezone });

  const campaign = program.command("campaign").description(t("campaign-cli-description"));

  campaign
    .command("import")
    .description(t("campaign-cli-import-description"))
    .argument("<file>", t("campaign-cli-file-argument"))
    .requiredOption("--author <nip>", t("campaign-cli-author-option"))
    .action(
      context.action(async (file: string, options: { author: string }) => {
        let text: string;
        try {
          text = await readFile(file, "utf8");
        } catch (error) {
          return fail(t("campaign-file-unreadable", { file, reason: (error as NodeJS.ErrnoException).code ?? String(error) }));
        }
        const deps = await context.services();
        const result = await importCampaignFile(deps, text, { authorNip: options.author, actorLabel: context.actorLabel });
        if (!result.ok) {
          if (result.code !== "file") return fail(campaignErrorText(t, result));
          for (const issue of result.issues) io.out(campaignFileIssueText(t, issue));
          io.out(t("campaign-import-failed", { count: result.issues.length }));
          context.exitCode = 1;
          return;
        }
        const now = deps.clock.now();
        const next = nextSlot(result.schedule, now, config.timezone);
        io.out(
          t("campaign-imported", {
            id: String(result.campaign.id),
            name: result.campaign.name,
            count: result.campaign.messageCount,
            schedule: explainSchedule(result.schedule, words(now)),
          }),
        );
        if (next) io.out(t("campaign-imported-first", { when: formatDateTime(next, locale, config.timezone) }));
      }),
    );

  campaign
    .command("list")
    .description(t("campaign-cli-list-description"))
    .action(
      context.action(async () => {
        const deps = await viewDeps();
        const result = await listCampaigns(deps, { viewer: CLI_ACTOR });
        if (!result.ok) return fail(campaignErrorText(t, result));
        if (result.campaigns.length === 0) return io.out(t("campaign-list-empty"));
        const inWords = words(deps.clock.now());
        for (const item of result.campaigns) io.out(campaignListLine(inWords, item));
      }),
    );

  campaign
    .command("show")
    .description(t("campaign-cli-show-description"))
    .argument("<id>", t("campaign-cli-id-argument"))
    .action(
      context.action(async (raw: string) => {
        const campaignId = parseId(raw);
        if (campaignId === null) return fail(t("campaign-cli-id-invalid", { value: raw }));
        const deps = await viewDeps();
        const result = await campaignDetail(deps, { campaignId, viewer: CLI_ACTOR });
        if (!result.ok) return fail(t(`campaign-error-${result.code}`, { id: String(campaignId) }));
        for (const line of campaignDetailLines(words(deps.clock.now()), result.campaign)) io.out(line);
      }),
    );

  type Control = (deps: ServiceDeps, input: { campaignId: number; actor: CampaignActor }) => Promise<ControlResult>;
  const controls: ReadonlyArray<readonly ["pause" | "resume" | "end", Control]> = [
    ["pause", pauseCampaign],
    ["resume", resumeCampaign],
    ["end", endCampaign],
  ];
  for (const [name, control] of controls) {
    campaign
      .command(name)
      .description(t(`campaign-cli-${name}-description`))
      .argument("<id>", t("campaign-cli-id-argument"))
      .action(
        context.action(async (raw: string) => {
          const campaignId = parseId(raw);
          if (campaignId === null) return fail(t("campaign-cli-id-invalid", { value: raw }));
          const result = await control(await context.services(), { campaignId, actor: CLI_ACTOR });
          if (!result.ok) return fail(t(`campaign-error-${result.code}`, { id: String(campaignId) }));
          io.out(t(result.changed ? `campaign-${name}-done` : `campaign-${name}-unchanged`, { id: String(campaignId) }));
        }),
      );
  }

  campaign
    .command("explain")
    .description(t("campaign-cli-explain-description"))
    .argument("<cron>", t("campaign-cli-cron-argument"))
    .action(
      context.action(async (expression: string) => {
        const parsed = parseCron(expression);
        if (!parsed.ok) return fail(explainCronIssue(t, parsed.issue));
        const now = systemClock.now();
        io.out(explainSchedule(parsed.schedule, words(now)));
        const next = nextSlot(parsed.schedule, now, config.timezone);
        if (next) io.out(t("campaign-explain-next", { when: formatDateTime(next, locale, config.timezone) }));
      }),
    );
}

function parseId(raw: string): number | null {
  return /^[1-9][0-9]{0,9}$/.test(raw.trim()) ? Number(raw.trim()) : null;
}
