import { jpSummary, type JpByType, type LedgerDeps } from "../../../services/jp/ledger.js";
import type { SlackDeps } from "../../deps.js";
import { section, type Block, type SlackTranslate } from "./blocks.js";

const BAR_CELLS = 10;

/** `▰▰▰▰▰▰▱▱▱▱`: whole tenths of the target reached, as on Telegram. */
export function progressBar(total: number, target: number): string {
  const filled = Math.max(0, Math.min(BAR_CELLS, Math.floor((total / target) * BAR_CELLS)));
  return "▰".repeat(filled) + "▱".repeat(BAR_CELLS - filled);
}

export function typeVars(byType: JpByType): Record<string, string> {
  return { teknis: String(byType.TEKNIS), manajerial: String(byType.MANAJERIAL), sosial: String(byType.SOSIAL_KULTURAL) };
}

export function ledgerDeps(deps: SlackDeps): LedgerDeps {
  return { db: deps.db, clock: deps.clock, timezone: deps.config.timezone };
}

/** This year's JP against the 20 JP target, by competency type, and whether the person is on schedule. */
export async function jpSection(deps: SlackDeps, tr: SlackTranslate, employeeId: number): Promise<Block[]> {
  const summary = await jpSummary(ledgerDeps(deps), { employeeId });
  const target = String(summary.target);
  const remaining = String(Math.max(0, summary.target - summary.total));
  const status =
    summary.total >= summary.target
      ? tr.md("jp-reached", { target })
      : summary.behind
        ? tr.md("jp-behind", { expected: String(summary.expected), remaining })
        : tr.md("jp-on-track", { remaining });
  const lines = [
    tr.md("jp-title", { year: String(summary.year) }),
    tr.md("jp-progress", { bar: progressBar(summary.total, summary.target), total: String(summary.total), target }),
    tr.md("jp-by-type", typeVars(summary.byType)),
    status,
  ];
  return [section(lines.join("\n"))];
}
