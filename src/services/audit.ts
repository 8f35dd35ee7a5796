import type { Db } from "../db/client.js";

export interface AuditEntry {
  /** The employee who acted, when known. */
  actorId?: number | null;
  /** Who acted, readable: "cli", "telegram:12345", "system". */
  actorLabel: string;
  action: string;
  targetType?: string;
  targetId?: string | number;
  details?: Record<string, unknown>;
  at: Date;
}

type AuditWriter = Pick<Db, "auditLog">;

export async function recordAudit(db: AuditWriter, entry: AuditEntry): Promise<void> {
  await db.auditLog.create({
    data: {
      actorId: entry.actorId ?? null,
      actorLabel: entry.actorLabel,
      action: entry.action,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId === undefined ? null : String(entry.targetId),
      details: entry.details ? JSON.stringify(entry.details) : null,
      createdAt: entry.at,
    },
  });
}
