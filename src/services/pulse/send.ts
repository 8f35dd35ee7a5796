import { createAnnouncement, type AnnouncementDeps, type CreateResult, type Timing } from "../announcements/announcements.js";
import type { AudienceSpec } from "../announcements/audience.js";
import { DEFAULT_QUESTIONNAIRES } from "../evaluations/question-options.js";
import { latestActivePulse } from "../evaluations/questionnaires.js";

export interface SendPulseInput {
  authorId: number;
  audience: AudienceSpec;
  /** Defaults to the shipped ADKAR pulse. */
  questionnaireCode?: string;
  timing: Timing;
  actorLabel?: string;
}

/**
 * A pulse sent on its own: an announcement whose body is the standard invitation and which carries
 * the pulse, so sending, scoping, authorisation and each recipient's "answer" button are the
 * announcement's. An announcement has one body, so the invitation is written in the default language.
 */
export async function sendPulse(deps: AnnouncementDeps, input: SendPulseInput): Promise<CreateResult> {
  const code = (input.questionnaireCode ?? DEFAULT_QUESTIONNAIRES.changeReadiness).trim().toUpperCase();
  const questionnaire = await latestActivePulse(deps, code);
  // An unknown code is refused by createAnnouncement ("unknown-pulse").
  const key = questionnaire?.anonymous === false ? "pulse-invitation" : "pulse-invitation-anonymous";
  return createAnnouncement(deps, {
    authorId: input.authorId,
    content: { bodyHtml: deps.messages.t(deps.messages.defaultLocale, key) },
    audience: input.audience,
    needsAck: false,
    pulseQuestionnaireCode: code,
    timing: input.timing,
    ...(input.actorLabel === undefined ? {} : { actorLabel: input.actorLabel }),
  });
}
