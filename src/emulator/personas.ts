import { createHash } from "node:crypto";
import type { User } from "grammy/types";
import type { Db } from "../db/client.js";
import { normalizeNip } from "../services/roster/nip.js";

export interface Persona {
  nip: string;
  name: string;
  phone: string | null;
  description: string;
  user: User;
}

/** A stable fake Telegram id per employee, so a persona stays linked across emulator runs. */
function telegramIdFor(nip: string): number {
  return 1_000_000_000 + (createHash("sha256").update(nip).digest().readUInt32BE(0) % 900_000_000);
}

export async function findPersona(db: Db, nipInput: string): Promise<Persona | null> {
  const employee = await db.employee.findUnique({
    where: { nip: normalizeNip(nipInput) },
    include: { unit: true },
  });
  if (!employee) return null;
  const [first, ...rest] = employee.name.split(" ");
  return {
    nip: employee.nip,
    name: employee.name,
    phone: employee.phone,
    description: `${employee.position}, ${employee.unit.name}`,
    user: {
      id: telegramIdFor(employee.nip),
      is_bot: false,
      first_name: first ?? employee.name,
      ...(rest.length ? { last_name: rest.join(" ") } : {}),
      language_code: "id",
    },
  };
}

/** Whether the employee has a linked chat account; announcements for them fail until they link. */
export async function isLinked(db: Db, nip: string): Promise<boolean> {
  return (await db.chatAccount.count({ where: { employee: { nip } } })) > 0;
}
