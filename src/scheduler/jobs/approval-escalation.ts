import { escalateStaleApprovals } from "../../services/activities/approval.js";
import type { JobDeps } from "../index.js";
import type { JobDefinition } from "../jobs.js";

/**
 * Every 15 minutes: registrations waiting for the supervisor longer than APPROVAL_ESCALATE_AFTER_HOURS
 * go one level up (or to the admins). Each is escalated once (a conditional write on escalatedAt).
 */
export const approvalEscalationJob: JobDefinition<JobDeps> = {
  name: "approval-escalation",
  cron: "0 */15 * * * *",
  async run(deps) {
    const escalated = await escalateStaleApprovals(deps, { afterHours: deps.config.activities.approvalEscalateAfterHours });
    return { escalated };
  },
};
