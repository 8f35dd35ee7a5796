import type { Message, User } from "grammy/types";
import type { FakeBotApi, NewUpdate } from "../../src/emulator/fake-bot-api.js";
import { callbackQuery, command, privateChat, textMessage, user } from "../../src/emulator/updates.js";
import type { Random } from "./reports-random.js";

/**
 * The updates benchmark's users. Each one acts like a person in a private chat: sends an update,
 * waits until the bot has handled it, reads what the bot answered and chooses the next update from
 * it (the buttons it pressed exist, the questionnaire it answers is the one on screen). Different
 * users run at the same time, so the bot has as many chats in flight as there are users; one chat's
 * updates come one after the other, as sequentialize would order them anyway.
 */

export type UpdateKind = "command" | "callback" | "text";

/** Stops a user's script once the run's budget of updates is spent. */
class BudgetSpent extends Error {}

/** Feeds updates to the fake Bot API and measures each from feeding to handled (told by the bot's hook). */
export class Feeder {
  readonly latencies: Record<UpdateKind, number[]> = { command: [], callback: [], text: [] };
  private readonly waiting = new Map<number, () => void>();
  private left: number;

  constructor(
    private readonly api: FakeBotApi,
    budget: number,
    /** An update not handled by then means the bot is stuck: the run fails rather than hangs. */
    private readonly timeoutMs = 60_000,
  ) {
    this.left = budget;
  }

  get fed(): number {
    return Object.values(this.latencies).reduce((sum, list) => sum + list.length, 0);
  }

  /** For the bot's hook: the update has been handled (successfully or not). */
  handled(updateId: number): void {
    this.waiting.get(updateId)?.();
    this.waiting.delete(updateId);
  }

  take(): boolean {
    if (this.left <= 0) return false;
    this.left -= 1;
    return true;
  }

  async feed(input: NewUpdate, kind: UpdateKind): Promise<void> {
    const started = performance.now();
    const update = this.api.enqueueUpdate(input);
    let timer: NodeJS.Timeout | undefined;
    await new Promise<void>((resolve, reject) => {
      this.waiting.set(update.update_id, resolve);
      timer = setTimeout(() => reject(new Error(`update ${update.update_id} (${kind}) not handled within ${this.timeoutMs / 1000} s`)), this.timeoutMs);
    }).finally(() => clearTimeout(timer));
    this.latencies[kind].push(performance.now() - started);
  }
}

/** One person's chat; records what it sent so the same updates can be replayed to another bot. */
export class BenchUser {
  readonly from: User;
  readonly sent: Array<{ input: NewUpdate; kind: UpdateKind }> = [];

  constructor(
    telegramId: number,
    private readonly api: FakeBotApi,
    private readonly feeder: Feeder,
    readonly random: Random,
  ) {
    this.from = user({ id: telegramId, first_name: `Pegawai ${telegramId}` });
  }

  get chatId(): number {
    return privateChat(this.from).id;
  }

  private async push(input: NewUpdate, kind: UpdateKind): Promise<void> {
    if (!this.feeder.take()) throw new BudgetSpent();
    this.sent.push({ input, kind });
    await this.feeder.feed(input, kind);
  }

  command(name: string): Promise<void> {
    return this.push(command(this.from, name), "command");
  }

  text(text: string): Promise<void> {
    return this.push(textMessage(this.from, text), "text");
  }

  press(data: string, message: Message): Promise<void> {
    return this.push(callbackQuery(this.from, data, message), "callback");
  }

  /** The bot's newest message in this chat. */
  newest(): Message | undefined {
    return this.api.botMessages(this.chatId).at(-1);
  }

  /** The newest bot message with an inline button whose data matches, and those buttons' data. */
  buttons(pattern: RegExp, message?: Message): { message: Message; data: string[] } | undefined {
    const candidates = message ? [message] : [...this.api.botMessages(this.chatId)].reverse();
    for (const candidate of candidates) {
      const data = (candidate.reply_markup?.inline_keyboard.flat() ?? []).flatMap((button) =>
        "callback_data" in button && button.callback_data && pattern.test(button.callback_data) ? [button.callback_data] : [],
      );
      if (data.length > 0) return { message: candidate, data };
    }
    return undefined;
  }
}

/** Main menu, into the catalogue, a page or two on, an activity's detail, and Register when it is offered. */
async function browseAndRegister(u: BenchUser): Promise<void> {
  await u.command("menu");
  const menu = u.buttons(/^menu:catalogue$/, u.newest());
  if (!menu) return;
  await u.press("menu:catalogue", menu.message);
  for (let turns = u.random.int(1, 2); turns > 0; turns--) {
    const paging = u.buttons(/^cat:\d+:/, u.newest());
    // The last paging button is "next" (or "previous" on the last page).
    if (!paging) break;
    await u.press(paging.data.at(-1)!, paging.message);
  }
  const page = u.buttons(/^act:\d+$/, u.newest());
  if (!page) return;
  await u.press(u.random.pick(page.data), page.message);
  const detail = u.buttons(/^reg:\d+$/, u.newest());
  if (detail) await u.press(detail.data[0]!, detail.message);
}

const SUGGESTIONS = [
  "Materinya sangat bermanfaat, terima kasih.",
  "Waktu praktik mohon ditambah.",
  "Narasumber menjelaskan dengan jelas, ruangan agak panas.",
];

/** /evaluasi, the first open questionnaire, every question answered as a person would, then Send. */
async function answerQuestionnaire(u: BenchUser): Promise<void> {
  await u.command("evaluasi");
  const list = u.buttons(/^ev:\d+$/, u.newest());
  if (!list) return;
  await u.press(list.data[0]!, list.message);
  for (let step = 0; step < 40; step++) {
    const screen = u.newest();
    if (!screen) return;
    const send = u.buttons(/^qs:\d+:send$/, screen);
    if (send) return u.press(send.data[0]!, send.message);
    const answers = u.buttons(/^q:\d+:\d+:/, screen);
    const values = answers?.data.filter((data) => !/:(back|skip|done)$/.test(data)) ?? [];
    if (!answers || values.length === 0) {
      // A free-text question has no answer buttons: type the answer.
      await u.text(u.random.pick(SUGGESTIONS));
      continue;
    }
    // Scales get a fairly positive answer (3-5 of 5, 6-10 of 10), choices their first option.
    const numbers = values.map((data) => Number(data.split(":")[3]));
    const scale = numbers.every((n) => Number.isInteger(n)) ? Math.max(...numbers) : 0;
    const chosen = scale >= 5 ? u.random.int(Math.ceil(scale * 0.6), scale) : null;
    const value = chosen === null ? values[0]! : (values.find((data) => data.endsWith(`:${chosen}`)) ?? values.at(-1)!);
    await u.press(value, answers.message);
  }
}

/** Half the users answer first and browse after, the other half the other way round; then again. */
export async function runScript(u: BenchUser, index: number): Promise<void> {
  const phases = index % 2 === 0 ? [answerQuestionnaire, browseAndRegister] : [browseAndRegister, answerQuestionnaire];
  try {
    for (;;) for (const phase of phases) await phase(u);
  } catch (error) {
    if (!(error instanceof BudgetSpent)) throw error;
  }
}

/** Replays what a user sent, in order, each update after the previous one was handled. */
export async function replay(feeder: Feeder, sent: BenchUser["sent"]): Promise<void> {
  for (const { input, kind } of sent) {
    if (!feeder.take()) return;
    await feeder.feed(input, kind);
  }
}
