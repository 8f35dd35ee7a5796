import { DbKeyValueStore } from "../../../db/key-value-store.js";
import type { Db } from "../../../db/client.js";
import type { AnswerInput } from "../../../services/evaluations/submission.js";

/**
 * The answers of a questionnaire's earlier pages while its modal is open, per question id (null when
 * skipped). They live in the database, in the same key-value store that keeps Telegram's half-answered
 * questionnaires, rather than in the view's private_metadata: that holds at most 3000 characters,
 * and a single free-text answer may be as long. The metadata carries only the request and the page.
 */
export type Draft = Record<string, AnswerInput | null>;

export function evaluationDrafts(db: Db) {
  const store = new DbKeyValueStore<Draft>(db, "slack-evaluation:");
  return {
    read: async (requestId: number): Promise<Draft> => (await store.read(String(requestId))) ?? {},
    write: (requestId: number, draft: Draft): Promise<void> => store.write(String(requestId), draft),
    delete: (requestId: number): Promise<void> => store.delete(String(requestId)),
  };
}
