import { isLocale, type Locale } from "../../i18n/index.js";
import type { NotifyDeps } from "../notify.js";

/** Each employee's language: the one chosen on a linked chat account, or the default. */
export async function localesOf(deps: NotifyDeps, employeeIds: number[]): Promise<(employeeId: number) => Locale> {
  const locales = new Map<number, Locale>();
  const ids = [...new Set(employeeIds)];
  for (let i = 0; i < ids.length; i += 500) {
    const accounts = await deps.db.chatAccount.findMany({
      where: { employeeId: { in: ids.slice(i, i + 500) }, locale: { not: null } },
      select: { employeeId: true, locale: true },
    });
    for (const account of accounts) if (isLocale(account.locale)) locales.set(account.employeeId, account.locale);
  }
  return (employeeId) => locales.get(employeeId) ?? deps.messages.defaultLocale;
}
