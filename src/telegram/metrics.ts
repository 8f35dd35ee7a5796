import { DeliveryStatus } from "../generated/prisma/enums.js";
import type { ServiceDeps } from "../services/deps.js";

/** Counters of the webhook server since the process started. */
export class WebhookCounters {
  updatesHandled = 0;
  duplicatesSkipped = 0;
  updateErrors = 0;
}

const SEND_WINDOW_MS = 60_000;

/** The metrics in Prometheus text format: the counters, the delivery queue by status, recent sends, uptime. */
export async function renderMetrics({ db, clock }: ServiceDeps, counters: WebhookCounters): Promise<string> {
  const byStatus = await db.delivery.groupBy({ by: ["status"], _count: { _all: true } });
  const depth = new Map(byStatus.map((row) => [row.status, row._count._all]));
  const sentLastMinute = await db.delivery.count({
    where: { status: DeliveryStatus.SENT, sentAt: { gte: new Date(clock.now().getTime() - SEND_WINDOW_MS) } },
  });
  const lines = [
    ...metric("telegram_updates_handled_total", "counter", "Telegram updates handed to the bot.", counters.updatesHandled),
    ...metric("telegram_updates_duplicate_total", "counter", "Redelivered updates that were skipped.", counters.duplicatesSkipped),
    ...metric("telegram_update_errors_total", "counter", "Updates whose handling failed.", counters.updateErrors),
    "# HELP delivery_queue_depth Deliveries by status.",
    "# TYPE delivery_queue_depth gauge",
    ...Object.values(DeliveryStatus).map((status) => `delivery_queue_depth{status="${status}"} ${depth.get(status) ?? 0}`),
    ...metric("delivery_sent_last_minute", "gauge", "Deliveries sent in the last 60 seconds.", sentLastMinute),
    ...metric("delivery_sends_per_second", "gauge", "Average sends per second over the last minute.", round(sentLastMinute / 60)),
    ...metric("process_uptime_seconds", "gauge", "Seconds since the process started.", Math.round(process.uptime())),
  ];
  return `${lines.join("\n")}\n`;
}

function metric(name: string, type: "counter" | "gauge", help: string, value: number): string[] {
  return [`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`, `${name} ${value}`];
}

const round = (value: number) => Math.round(value * 1000) / 1000;
