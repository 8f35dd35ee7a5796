import { DeliveryStatus } from "../generated/prisma/enums.js";
import type { ServiceDeps } from "../services/deps.js";

/** Counters of the webhook server since the process started. */
export class WebhookCounters {
  updatesHandled = 0;
  duplicatesSkipped = 0;
  updateErrors = 0;
}

const SEND_WINDOW_MS = 60_000;
/** The queue depth counts every delivery row; a scrape more often than this reuses the last count. */
const QUEUE_DEPTH_MAX_AGE_MS = 10_000;

/** Deliveries by status. */
export type QueueDepth = () => Promise<Map<DeliveryStatus, number>>;

/** The delivery queue by status, counted again once the last count is 10 seconds old (by the clock). */
export function cachedQueueDepth({ db, clock }: ServiceDeps): QueueDepth {
  let cached: { at: number; depth: Promise<Map<DeliveryStatus, number>> } | null = null;
  return () => {
    const now = clock.now().getTime();
    if (cached === null || now - cached.at >= QUEUE_DEPTH_MAX_AGE_MS || now < cached.at) {
      const entry = { at: now, depth: countByStatus(db) };
      cached = entry;
      // A failed count is not kept: the next scrape counts again.
      entry.depth.catch(() => {
        if (cached === entry) cached = null;
      });
    }
    return cached.depth;
  };
}

async function countByStatus(db: ServiceDeps["db"]): Promise<Map<DeliveryStatus, number>> {
  const byStatus = await db.delivery.groupBy({ by: ["status"], _count: { _all: true } });
  return new Map(byStatus.map((row) => [row.status, row._count._all]));
}

/** The metrics in Prometheus text format: the counters, the delivery queue by status, recent sends, uptime. */
export async function renderMetrics(
  { db, clock }: ServiceDeps,
  counters: WebhookCounters,
  queueDepth: QueueDepth,
): Promise<string> {
  const depth = await queueDepth();
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
