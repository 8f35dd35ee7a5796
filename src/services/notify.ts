import type { Delivery } from "../generated/prisma/client.js";
import { enqueueMany, type EnqueueInput } from "../delivery/enqueue.js";
import type { DeliveryButton, DeliveryPayload } from "../delivery/payload.js";
import type { Priority } from "../delivery/priority.js";
import { escapeVars } from "../i18n/html.js";
import { isLocale, type Locale } from "../i18n/index.js";
import type { ServiceDeps } from "./deps.js";
import type { Messages, MessageVars } from "./messages.js";

export interface NotifyDeps extends ServiceDeps {
  messages: Messages;
}

/** A button whose label is a message key, translated for each recipient. */
export type NotifyButton = { key: string; vars?: MessageVars } & ({ data: string } | { url: string });

export interface Notification {
  employeeId: number;
  key: string;
  /** Plain values, or a function of the recipient's locale for dates and other localised values. */
  vars?: MessageVars | ((locale: Locale) => MessageVars);
  buttons?: NotifyButton[][];
  dedupeKey: string;
  priority: Priority;
  notBefore?: Date;
  quietHours?: boolean;
  attachment?: DeliveryPayload["attachment"];
}

/** Each employee's language: the one chosen on a linked chat account, or the default. */
export async function localesOf(deps: NotifyDeps, employeeIds: number[]): Promise<(employeeId: number) => Locale> {
  const locales = new Map<number, Locale>();
  const ids = [...new Set(employeeIds)];
  // Batches keep each query well below SQLite's limit on bound parameters.
  for (let i = 0; i < ids.length; i += 500) {
    const accounts = await deps.db.chatAccount.findMany({
      where: { employeeId: { in: ids.slice(i, i + 500) }, locale: { not: null } },
      select: { employeeId: true, locale: true },
    });
    for (const account of accounts) if (isLocale(account.locale)) locales.set(account.employeeId, account.locale);
  }
  return (employeeId) => locales.get(employeeId) ?? deps.messages.defaultLocale;
}

/** Renders each notification in its recipient's language and puts it in the delivery queue. */
export async function notify(deps: NotifyDeps, notifications: Notification[]): Promise<Delivery[]> {
  if (notifications.length === 0) return [];
  const localeOf = await localesOf(deps, notifications.map((n) => n.employeeId));
  const inputs: EnqueueInput[] = notifications.map((n) => {
    const locale = localeOf(n.employeeId);
    const raw = typeof n.vars === "function" ? n.vars(locale) : n.vars;
    const vars = raw && escapeVars(raw);
    const keyboard = n.buttons?.map((row) =>
      row.map((button): DeliveryButton => {
        const text = deps.messages.t(locale, button.key, button.vars);
        return "data" in button ? { text, data: button.data } : { text, url: button.url };
      }),
    );
    return {
      recipient: { employeeId: n.employeeId },
      payload: {
        text: deps.messages.t(locale, n.key, vars),
        parseMode: "HTML",
        ...(keyboard ? { keyboard } : {}),
        ...(n.attachment ? { attachment: n.attachment } : {}),
      },
      priority: n.priority,
      dedupeKey: n.dedupeKey,
      ...(n.notBefore ? { notBefore: n.notBefore } : {}),
      ...(n.quietHours !== undefined ? { quietHours: n.quietHours } : {}),
    };
  });
  return enqueueMany(deps, inputs);
}
