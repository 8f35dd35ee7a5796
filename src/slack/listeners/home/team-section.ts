import { escapeHtml } from "../../../i18n/html.js";
import { pendingTeamAssessments } from "../../../services/evaluations/team-assessments.js";
import { teamJpSummary } from "../../../services/jp/ledger.js";
import type { SlackDeps } from "../../deps.js";
import { clip, context, section, type Block, type SlackTranslate } from "./blocks.js";
import { ledgerDeps, progressBar, typeVars } from "./jp-section.js";

/** The home stays short: the rest of a long team is summarised in "… and N more". */
export const TEAM_MEMBERS_SHOWN = 10;

/**
 * For a supervisor: the direct team's JP (furthest behind first) and how many behaviour (L3)
 * assessments are still owed about them. The services refuse anybody who is not the team's
 * supervisor; a refusal shows nothing.
 */
export async function teamSection(deps: SlackDeps, tr: SlackTranslate, employeeId: number): Promise<Block[]> {
  const who = { requesterId: employeeId, supervisorId: employeeId };
  const blocks: Block[] = [];
  const team = await teamJpSummary(ledgerDeps(deps), who);
  if (team.ok) {
    const target = String(team.target);
    const lines = team.members.slice(0, TEAM_MEMBERS_SHOWN).map((member) =>
      tr.md("team-jp-line", {
        mark: member.behind ? "⚠️" : member.total >= team.target ? "✅" : "▫️",
        bar: progressBar(member.total, team.target),
        total: String(member.total),
        target,
        name: escapeHtml(clip(member.name, 40)),
        ...typeVars(member.byType),
      }),
    );
    const hidden = team.members.length - TEAM_MEMBERS_SHOWN;
    if (hidden > 0) lines.push(tr.md("jp-entries-more", { count: String(hidden) }));
    const behind = team.members.filter((member) => member.behind).length;
    blocks.push(
      section([tr.md("team-jp-title", { year: String(team.year), target }), ...lines].join("\n")),
      context(
        [
          tr.md("team-jp-summary", { behind: String(behind), count: String(team.members.length) }),
          tr.md("team-jp-legend", { expected: String(team.expected) }),
        ].join("\n"),
      ),
    );
  }

  // The assessments themselves, with their buttons, are listed by the evaluations section above.
  const pending = await pendingTeamAssessments(deps, who);
  if (pending.ok && pending.assessments.length > 0) {
    const overdue = pending.assessments.filter((assessment) => assessment.overdue).length;
    const lines = [tr.md("team-assessments-title", { count: pending.assessments.length })];
    if (overdue > 0) lines.push(tr.md("slack-home-assessments-overdue", { count: overdue }));
    blocks.push(section(lines.join("\n")), context(tr.md("slack-home-assessments-hint")));
  }
  return blocks;
}
