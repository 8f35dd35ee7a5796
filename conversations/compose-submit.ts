import type { Translate } from "../src/i18n/index.js";
import { createAnnouncement, type CreateErrorCode } from "../src/services/announcements/announcements.js";
import { countAudience } from "../src/services/announcements/audience.js";
import { plainExcerpt } from "../src/services/announcements/content.js";
import { campaignErrorText } from "../src/services/campaigns/campaign-text.js";
import { createCampaign, type CampaignError } from "../src/services/campaigns/campaigns.js";
import { DEFAULT_QUESTIONNAIRES } from "../src/services/evaluations/question-options.js";
import { latestActivePulse } from "../src/services/evaluations/questionnaires.js";
import type { BotDeps } from "../src/telegram/deps.js";
import type { ComposeFlow, Draft, RecurringChoice } from "./compose-draft.js";

/** The steps ✏️ Ubah (and a refusal) can lead back to. */
export type EditTarget = "content" | "link" | "audience" | "timing" | "options";

export type Refusal = { kind: "announcement"; code: CreateErrorCode } | { kind: "campaign"; error: CampaignError };

export type SubmitResult =
  | { ok: true; kind: "announcement"; id: number; recipients: number; status: "SCHEDULED" | "SENT" | "CANCELLED" }
  | { ok: true; kind: "campaign"; id: number; recipients: number; choice: RecurringChoice }
  /** `step` is where the author can put it right; null when nothing can. */
  | { ok: false; refusal: Refusal; step: EditTarget | null };

/** A campaign made in chat is named after the start of its first message. */
const CAMPAIGN_NAME_LENGTH = 60;

const ANNOUNCEMENT_STEP: Record<CreateErrorCode, EditTarget | null> = {
  "not-allowed": null,
  "empty-body": "content",
  "body-too-long": "content",
  "bad-media": "content",
  "bad-link-text": "link",
  "bad-link-url": "link",
  "empty-audience": "audience",
  "unknown-unit": "audience",
  "outside-scope": "audience",
  "no-recipients": "audience",
  "unknown-pulse": "options",
  "time-in-past": "timing",
};

function campaignStep(error: CampaignError): EditTarget | null {
  switch (error.code) {
    case "content":
    case "name":
      return "content";
    case "schedule":
      return "timing";
    case "audience":
      return "audience";
    case "unknown-pulse":
      return "options";
    default:
      return null;
  }
}

/** Why the service refused, in the author's language. */
export function refusalText(t: Translate, refusal: Refusal): string {
  if (refusal.kind === "campaign") return campaignErrorText(t, refusal.error);
  const text = t(`announcements-error-${refusal.code}`);
  // Formatting is stored as HTML tags, which count towards the limit too.
  return refusal.code === "body-too-long" ? `${text} ${t("compose-formatting-counts")}` : text;
}

async function createFromDraft(deps: BotDeps, draft: Draft, authorId: number, scopeUnitId: number | null): Promise<SubmitResult> {
  const services = { ...deps, settings: deps.config.announcements };
  const content = draft.content!;
  const audience = draft.audience!;
  const timing = draft.timing!;
  if (timing.kind !== "recurring") {
    const result = await createAnnouncement(services, {
      authorId,
      content,
      audience,
      needsAck: draft.needsAck,
      ...(draft.pulse ? { pulseQuestionnaireCode: DEFAULT_QUESTIONNAIRES.changeReadiness } : {}),
      timing: timing.kind === "now" ? { kind: "now" } : { kind: "at", at: new Date(timing.at) },
      requestKey: draft.requestKey,
    });
    if (!result.ok) return { ok: false, refusal: { kind: "announcement", code: result.code }, step: ANNOUNCEMENT_STEP[result.code] };
    return { ok: true, kind: "announcement", id: result.announcementId, recipients: result.recipients, status: result.status };
  }

  let pulseQuestionnaireId: number | null = null;
  if (draft.pulse) {
    const pulse = await latestActivePulse(deps, DEFAULT_QUESTIONNAIRES.changeReadiness);
    if (!pulse) return { ok: false, refusal: { kind: "announcement", code: "unknown-pulse" }, step: "options" };
    pulseQuestionnaireId = pulse.id;
  }
  const created = await createCampaign(deps, {
    authorId,
    name: plainExcerpt(content.bodyHtml, CAMPAIGN_NAME_LENGTH) || deps.i18n.t(deps.config.defaultLocale, "compose-campaign-name"),
    schedule: timing.choice,
    audience,
    needsAck: draft.needsAck,
    messages: [{ ...content, pulseQuestionnaireId }],
    requestKey: draft.requestKey,
  });
  if (!created.ok) return { ok: false, refusal: { kind: "campaign", error: created }, step: campaignStep(created) };
  const recipients = await countAudience(deps, audience, { scopeUnitId });
  return { ok: true, kind: "campaign", id: created.campaign.id, recipients, choice: timing.choice };
}

/**
 * Creates the announcement (or, for a recurring one, the campaign) for whoever sends this update:
 * the author is read from the confirming update, not remembered from the start of the flow.
 */
export async function submitDraft(flow: ComposeFlow): Promise<SubmitResult> {
  const { deps, draft } = flow;
  return flow.conversation.external(async (outside): Promise<SubmitResult> => {
    const account = outside.caller.account;
    if (!account?.active) return { ok: false, refusal: { kind: "announcement", code: "not-allowed" }, step: null };
    return createFromDraft(deps, draft, account.employeeId, flow.scope.unitId);
  });
}
