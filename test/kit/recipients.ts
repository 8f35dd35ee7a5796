import type { Db } from "../../src/db/client.js";

export interface Recipient {
  employeeId: number;
  chatAccountId: number;
  chatId: number;
}

/** `count` linked employees with private chats 100001, 100002, ... for delivery tests. */
export async function createRecipients(db: Db, count: number, firstChatId = 100_001): Promise<Recipient[]> {
  const unit = await db.unit.upsert({ where: { code: "TEST" }, create: { code: "TEST", name: "Unit Uji" }, update: {} });
  const recipients: Recipient[] = [];
  for (let i = 0; i < count; i++) {
    const chatId = firstChatId + i;
    const employee = await db.employee.create({
      data: {
        nip: `199001012015${String(chatId).padStart(6, "0")}`,
        name: `Pegawai ${chatId}`,
        unitId: unit.id,
        position: "Pelaksana",
        positionType: "PELAKSANA",
        grade: "II/a",
        employmentType: "PNS",
        chatAccounts: { create: { platform: "TELEGRAM", externalId: String(chatId), chatId: String(chatId) } },
      },
      include: { chatAccounts: true },
    });
    recipients.push({ employeeId: employee.id, chatAccountId: employee.chatAccounts[0]!.id, chatId });
  }
  return recipients;
}
