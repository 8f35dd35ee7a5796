import type { Db } from "../db/client.js";
import { insertDeliveries } from "../db/dialect.js";
import type { Delivery, Prisma } from "../generated/prisma/client.js";
import type { Platform } from "../generated/prisma/enums.js";
import type { ServiceDeps } from "../services/deps.js";
import { deliveryPayload, toMessages, type DeliveryPayload } from "./payload.js";
import { PRIORITY, type Priority } from "./priority.js";

export type Recipient = { employeeId: number } | { chatAccountId: number };

export interface EnqueueInput {
  recipient: Recipient;
  payload: DeliveryPayload;
  priority: Priority;
  /** Unique per message: enqueueing the same key again returns the existing entry and sends nothing. */
  dedupeKey: string;
  notBefore?: Date;
  /** Hold during quiet hours; defaults to true for everything but interactive follow-ups. */
  quietHours?: boolean;
  /** Preferred platform when the recipient is an employee linked on several. */
  platform?: Platform;
  announcementId?: number;
}

interface ResolvedRecipient {
  employeeId: number | null;
  chatAccountId: number | null;
  platform: Platform;
  chatId: string;
  blocked: boolean;
}

type Account = { id: number; employeeId: number; platform: Platform; chatId: string; blockedAt: Date | null };
type Reader = Pick<Db, "chatAccount" | "employee">;

/** Loads every recipient's chat accounts in a few queries rather than one per message. */
async function loadAccounts(db: Reader, inputs: EnqueueInput[]) {
  const employeeIds = [...new Set(inputs.flatMap((i) => ("employeeId" in i.recipient ? [i.recipient.employeeId] : [])))];
  const accountIds = [...new Set(inputs.flatMap((i) => ("chatAccountId" in i.recipient ? [i.recipient.chatAccountId] : [])))];
  const byEmployee = new Map<number, Account[]>();
  const byId = new Map<number, Account>();
  const preferred = new Map<number, Platform | null>();
  for (let i = 0; i < employeeIds.length; i += 500) {
    const chunk = employeeIds.slice(i, i + 500);
    for (const account of await db.chatAccount.findMany({ where: { employeeId: { in: chunk } } })) {
      byEmployee.set(account.employeeId, [...(byEmployee.get(account.employeeId) ?? []), account]);
    }
    for (const employee of await db.employee.findMany({ where: { id: { in: chunk } }, select: { id: true, preferredPlatform: true } })) {
      preferred.set(employee.id, employee.preferredPlatform);
    }
  }
  for (let i = 0; i < accountIds.length; i += 500) {
    for (const account of await db.chatAccount.findMany({ where: { id: { in: accountIds.slice(i, i + 500) } } })) {
      byId.set(account.id, account);
    }
  }
  return (recipient: Recipient, platform?: Platform): ResolvedRecipient | null => {
    if ("chatAccountId" in recipient) {
      const account = byId.get(recipient.chatAccountId);
      return account ? toResolved(account) : null;
    }
    const accounts = byEmployee.get(recipient.employeeId) ?? [];
    const wanted = platform ?? preferred.get(recipient.employeeId) ?? "TELEGRAM";
    const account =
      accounts.find((a) => a.platform === wanted && !a.blockedAt) ?? accounts.find((a) => !a.blockedAt) ?? accounts[0];
    return account ? toResolved(account) : null;
  };
}

function toResolved(account: Account): ResolvedRecipient {
  return {
    employeeId: account.employeeId,
    chatAccountId: account.id,
    platform: account.platform,
    chatId: account.chatId,
    blocked: account.blockedAt !== null,
  };
}

/**
 * Puts one message in the outbox. Long text becomes several entries (`key`, `key#2`, ...) so each
 * part is paced and crash-safe on its own. A recipient with no linked account, or one who blocked
 * the bot, still gets a row (FAILED or BLOCKED) so reports can count who was not reached.
 */
export async function enqueue(deps: ServiceDeps, input: EnqueueInput): Promise<Delivery> {
  const [first] = await enqueueMany(deps, [input]);
  return first!;
}

const ENQUEUE_TRANSACTION = { maxWait: 10_000, timeout: 60_000 };

/** Enqueues many messages in one transaction; existing dedupe keys are left as they are. */
export async function enqueueMany(deps: ServiceDeps, inputs: EnqueueInput[]): Promise<Delivery[]> {
  const now = deps.clock.now();
  const resolve = await loadAccounts(deps.db, inputs);
  const rows: Prisma.DeliveryCreateManyInput[] = [];
  for (const input of inputs) {
    const payload = deliveryPayload.parse(input.payload);
    const recipient = resolve(input.recipient, input.platform);
    const notBefore = input.notBefore ?? now;
    const messages = toMessages(payload);
    for (const [index, message] of messages.entries()) {
      rows.push({
        dedupeKey: index === 0 ? input.dedupeKey : `${input.dedupeKey}#${index + 1}`,
        employeeId: recipient?.employeeId ?? ("employeeId" in input.recipient ? input.recipient.employeeId : null),
        chatAccountId: recipient?.chatAccountId ?? null,
        platform: recipient?.platform ?? input.platform ?? "TELEGRAM",
        chatId: recipient?.chatId ?? "",
        payload: JSON.stringify(message),
        priority: PRIORITY[input.priority],
        quietHours: input.quietHours ?? input.priority !== "interactive",
        status: !recipient ? ("FAILED" as const) : recipient.blocked ? ("BLOCKED" as const) : ("PENDING" as const),
        lastError: recipient ? null : "recipient has no linked chat account",
        notBefore,
        nextAttemptAt: notBefore,
        announcementId: input.announcementId ?? null,
        createdAt: now,
        updatedAt: now,
      });
    }
  }
  const keys = rows.map((row) => row.dedupeKey);
  const firstKeys = inputs.map((input) => input.dedupeKey);
  return deps.db.$transaction(async (tx) => {
    const existing = new Set<string>();
    for (let i = 0; i < keys.length; i += 500) {
      const found = await tx.delivery.findMany({
        where: { dedupeKey: { in: keys.slice(i, i + 500) } },
        select: { dedupeKey: true },
      });
      for (const row of found) existing.add(row.dedupeKey);
    }
    const fresh = rows.filter((row) => !existing.has(row.dedupeKey));
    for (let i = 0; i < fresh.length; i += 500) await insertDeliveries(tx, fresh.slice(i, i + 500));
    const byKey = new Map<string, Delivery>();
    for (let i = 0; i < firstKeys.length; i += 500) {
      const found = await tx.delivery.findMany({ where: { dedupeKey: { in: firstKeys.slice(i, i + 500) } } });
      for (const row of found) byKey.set(row.dedupeKey, row);
    }
    return firstKeys.map((key) => byKey.get(key)!);
    // A broadcast to thousands, while other instances are busy sending, can take longer than the
    // default 5 s; what matters is that it is written whole or not at all.
  }, ENQUEUE_TRANSACTION);
}
