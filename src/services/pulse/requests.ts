import type { ServiceDeps } from "../deps.js";

/**
 * One pulse request per recipient of an announcement that carries a pulse, created at most once
 * (dedupe key `pulse:<announcementId>:<employeeId>`). Returns each recipient's request id, existing
 * ones included, so every message can carry its own "answer" button.
 */
export async function createPulseRequests(
  _deps: ServiceDeps,
  _input: { announcementId: number; questionnaireId: number; employeeIds: number[]; now: Date; dueDays: number },
): Promise<Map<number, number>> {
  throw new Error("not implemented yet");
}
