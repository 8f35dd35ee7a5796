import type { ServiceDeps } from "../deps.js";
import type { AudienceSpec } from "../announcements/audience.js";
import { latestActivePulse } from "../evaluations/questionnaires.js";
import { normalizeNip } from "../roster/nip.js";
import { parseCampaignFile, type CampaignFileIssue, type FileAudience } from "./campaign-file.js";
import { createCampaign, type CampaignError, type CampaignMessageInput, type CreatedCampaign } from "./campaigns.js";
import type { CronSchedule } from "./cron-schedule.js";

export type CampaignImportResult =
  | { ok: true; campaign: CreatedCampaign; schedule: CronSchedule }
  | { ok: false; code: "file"; issues: CampaignFileIssue[] }
  | { ok: false; code: "unknown-author"; nip: string }
  | CampaignError;

/**
 * Creates a campaign from a definition file (campaign-file.ts) on behalf of the leader or admin with
 * `authorNip`. Unit codes and the pulse code are looked up here; every problem with the file is
 * reported at once, and then nothing is stored.
 */
export async function importCampaignFile(
  deps: ServiceDeps,
  text: string,
  input: { authorNip: string; actorLabel: string },
): Promise<CampaignImportResult> {
  const parsed = parseCampaignFile(text);
  if (!parsed.ok) return { ok: false, code: "file", issues: parsed.issues };
  const { definition } = parsed;

  const nip = normalizeNip(input.authorNip);
  const author = await deps.db.employee.findUnique({ where: { nip }, select: { id: true, active: true } });
  if (!author?.active) return { ok: false, code: "unknown-author", nip };

  const issues: CampaignFileIssue[] = [];
  const audience = await resolveFileAudience(deps, definition.audience, issues);
  let pulseId: number | null = null;
  if (definition.pulseCode !== null) {
    const pulse = await latestActivePulse(deps, definition.pulseCode);
    if (pulse) pulseId = pulse.id;
    else issues.push({ path: "pulse", code: "unknown-pulse", params: { value: definition.pulseCode } });
  }
  if (issues.length > 0 || audience === null) return { ok: false, code: "file", issues };

  const lastIndex = definition.messages.length - 1;
  const messages: CampaignMessageInput[] = definition.messages.map((content, index) =>
    index === lastIndex && pulseId !== null ? { ...content, pulseQuestionnaireId: pulseId } : content,
  );
  const created = await createCampaign(deps, {
    authorId: author.id,
    name: definition.name,
    schedule: { kind: "cron", expression: definition.schedule.expression },
    audience,
    needsAck: definition.needsAck,
    messages,
    actorLabel: input.actorLabel,
  });
  return created.ok ? { ...created, schedule: definition.schedule } : created;
}

async function resolveFileAudience(
  deps: ServiceDeps,
  audience: FileAudience,
  issues: CampaignFileIssue[],
): Promise<AudienceSpec | null> {
  if (audience.kind !== "units") return audience;
  const units = await deps.db.unit.findMany({ where: { code: { in: audience.unitCodes } }, select: { id: true, code: true } });
  const idOf = new Map(units.map((unit) => [unit.code, unit.id]));
  const unitIds: number[] = [];
  audience.unitCodes.forEach((code, index) => {
    const id = idOf.get(code);
    if (id === undefined) issues.push({ path: `audience.units.${index + 1}`, code: "unknown-unit", params: { value: code } });
    else unitIds.push(id);
  });
  return unitIds.length === audience.unitCodes.length ? { kind: "units", unitIds: [...new Set(unitIds)] } : null;
}
