import type { Platform } from "../../generated/prisma/enums.js";
import type { ServiceDeps } from "../deps.js";

export interface LinkedAccount {
  accountId: number;
  employeeId: number;
  nip: string;
  name: string;
  unitName: string;
  active: boolean;
  locale: string | null;
}

/** The employee behind a chat account, or null when the account is not linked. */
export async function findLinkedAccount(
  deps: Pick<ServiceDeps, "db">,
  platform: Platform,
  externalId: string,
): Promise<LinkedAccount | null> {
  const account = await deps.db.chatAccount.findUnique({
    where: { platform_externalId: { platform, externalId } },
    include: { employee: { include: { unit: true } } },
  });
  if (!account) return null;
  return {
    accountId: account.id,
    employeeId: account.employeeId,
    nip: account.employee.nip,
    name: account.employee.name,
    unitName: account.employee.unit.name,
    active: account.employee.active,
    locale: account.locale,
  };
}

export async function setAccountLocale(
  deps: Pick<ServiceDeps, "db">,
  platform: Platform,
  externalId: string,
  locale: string,
): Promise<void> {
  await deps.db.chatAccount.updateMany({ where: { platform, externalId }, data: { locale } });
}
