import type { Db } from "../../src/db/client.js";
import type { Recipient } from "../kit/recipients.js";

const CHUNK = 500;

/**
 * `count` linked employees with private chats firstChatId, firstChatId + 1, ... like
 * `createRecipients`, but inserted with createMany in chunks inside one transaction, so ten
 * thousand recipients take a second rather than minutes.
 */
export async function seedRecipients(db: Db, count: number, firstChatId = 100_001): Promise<Recipient[]> {
  const unit = await db.unit.upsert({ where: { code: "BENCH" }, create: { code: "BENCH", name: "Unit Uji Beban" }, update: {} });
  const chatIds = Array.from({ length: count }, (_, i) => firstChatId + i);
  const nipOf = (chatId: number) => `199001012015${String(chatId).padStart(6, "0")}`;

  return db.$transaction(
    async (tx) => {
      const recipients: Recipient[] = [];
      for (let i = 0; i < chatIds.length; i += CHUNK) {
        const chunk = chatIds.slice(i, i + CHUNK);
        await tx.employee.createMany({
          data: chunk.map((chatId) => ({
            nip: nipOf(chatId),
            name: `Pegawai ${chatId}`,
            unitId: unit.id,
            position: "Pelaksana",
            positionType: "PELAKSANA" as const,
            grade: "II/a",
            employmentType: "PNS" as const,
          })),
        });
        const employees = await tx.employee.findMany({
          where: { nip: { in: chunk.map(nipOf) } },
          select: { id: true, nip: true },
        });
        const employeeByNip = new Map(employees.map((employee) => [employee.nip, employee.id]));
        await tx.chatAccount.createMany({
          data: chunk.map((chatId) => ({
            platform: "TELEGRAM" as const,
            externalId: String(chatId),
            chatId: String(chatId),
            employeeId: employeeByNip.get(nipOf(chatId))!,
          })),
        });
        const accounts = await tx.chatAccount.findMany({
          where: { platform: "TELEGRAM", externalId: { in: chunk.map(String) } },
          select: { id: true, employeeId: true, chatId: true },
        });
        for (const account of accounts) {
          recipients.push({ employeeId: account.employeeId, chatAccountId: account.id, chatId: Number(account.chatId) });
        }
      }
      if (recipients.length !== count) throw new Error(`seeded ${recipients.length} recipients, expected ${count}`);
      return recipients.sort((a, b) => a.chatId - b.chatId);
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}
