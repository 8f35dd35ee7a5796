import { mkdirSync, writeFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { createInterface } from "node:readline/promises";
import type { Message } from "grammy/types";
import { pino } from "pino";
import { openApp, type App } from "../app.js";
import { startBackgroundWork } from "../background.js";
import type { Config } from "../config.js";
import { loadDemoActivities } from "../db/demo-activities.js";
import { loadDemoAnnouncements } from "../db/demo-announcements.js";
import { DEMO_PEOPLE, loadDemoData } from "../db/demo-data.js";
import { sqliteFilePath } from "../db/sqlite-file.js";
import { createDueEvaluationRequests } from "../services/evaluations/assignment.js";
import { createMessages } from "../services/messages.js";
import { formatNip } from "../services/roster/nip.js";
import { createBot } from "../telegram/bot.js";
import { catchUp, messageButtons, messageText } from "./catch-up.js";
import { isUploadedFile, uploadedBytes } from "./fake-bot-api-http.js";
import { FakeBotApi, type RecordedCall } from "./fake-bot-api.js";
import { findPersona, isLinked, type Persona } from "./personas.js";
import { attachmentFileName, attachmentText, renderMessage, renderNotice, type PressableButton } from "./render.js";
import { callbackQuery, command, contactMessage, textMessage } from "./updates.js";

function helpText(config: Config, now: Date): string {
  const zone =
    new Intl.DateTimeFormat("id-ID", { timeZone: config.timezone, timeZoneName: "short" })
      .formatToParts(now)
      .find((part) => part.type === "timeZoneName")?.value ?? config.timezone;
  const quiet = config.quietHours
    ? `Pengumuman dan pengingat ditahan pada jam tenang ${config.quietHours.start}–${config.quietHours.end} ${zone}\n    dan terkirim sesudahnya; jalankan dengan QUIET_HOURS=off untuk mencobanya kapan saja.`
    : "Jam tenang dimatikan (QUIET_HOURS=off): pengumuman langsung terkirim.";
  return `Ketik pesan seperti di Telegram (mis. /start). Perintah emulator:
  <nomor>        tekan tombol bernomor
  :kontak        bagikan nomor HP Anda (tombol "Bagikan nomor HP")
  :sebagai NIP   ganti pegawai yang Anda perankan (atau :sebagai <nomor> dari :orang);
                 pesan yang ia terima sementara itu ikut ditampilkan
  :orang         daftar pegawai demo
  :bantuan       petunjuk ini
  :keluar        selesai
Catatan:
  • Pengumuman hanya sampai ke pegawai yang sudah menautkan akun (/start lalu :kontak);
    yang belum tertaut tercatat gagal di laporan jangkauan.
  • ${quiet}
  • Foto dan berkas dari bot (grafik, XLSX, CSV) disimpan di ${FILES_DIR}/ dan ditandai 📎.`;
}

/** Where the photos and documents the bot sends are saved, so the demo user can open them. */
const FILES_DIR = "data/emulator-files";

/**
 * `npm start` without BOT_TOKEN: the real bot, talking to an in-process fake Bot API,
 * on the local SQLite database with fictional demo data, in a terminal chat.
 */
export async function runEmulator(config: Config): Promise<void> {
  const logFile = resolve(sqliteFilePath("file:./data/emulator.log"));
  const logger = pino({ level: config.logLevel }, pino.destination({ dest: logFile, sync: true }));
  const app = await openApp(config, logger);
  const loaded = await loadDemoData(app);
  await loadDemoActivities(app, { now: app.clock.now(), timezone: config.timezone, evaluations: config.evaluations });
  // Evaluations that fell due while the emulator was not running exist before anyone looks; the
  // scheduler's nudges then announce them through the queue. A second run creates nothing twice.
  await createDueEvaluationRequests({ ...app, settings: config.evaluations }, { now: app.clock.now() });
  // An announcement sent two weeks ago, with its reach and pulse answers, for the reports.
  await loadDemoAnnouncements(app, {
    now: app.clock.now(),
    timezone: config.timezone,
    settings: config.announcements,
    messages: createMessages(config),
  });
  const api = await FakeBotApi.start({ clock: app.clock });
  const bot = createBot(app, { token: api.token, apiRoot: api.apiRoot, botInfo: api.botInfo });
  const polling = bot.start({ drop_pending_updates: false, timeout: 1 });
  const background = startBackgroundWork(app, { token: api.token, apiRoot: api.apiRoot });

  console.log(`\n\u001b[1mPembinaan ASN — emulator chat lokal\u001b[0m`);
  console.log(`Bot asli + Bot API tiruan + SQLite (${config.databaseUrl}). Log: ${logFile}`);
  const [employees, units] = await Promise.all([app.db.employee.count(), app.db.unit.count()]);
  console.log(
    loaded
      ? `Data demo FIKTIF dimuat: ${employees} pegawai, ${units} unit.`
      : `Memakai data yang sudah ada: ${employees} pegawai, ${units} unit.`,
  );
  const help = helpText(config, app.clock.now());
  console.log(help);

  const session = new EmulatorSession(app, api, help);
  await session.choosePersona();
  try {
    await session.loop();
  } finally {
    await bot.stop();
    await polling;
    await background.stop();
    await api.close();
    await app.close();
  }
}

class EmulatorSession {
  private persona: Persona | null = null;
  private buttons: PressableButton[] = [];
  /** Per persona (Telegram user id), the id of the latest bot message printed for it. */
  private readonly lastShown = new Map<number, number>();
  /** "<chat id>:<message id>" → where the photo or document of that bot message was saved. */
  private readonly savedFiles = new Map<string, string>();
  private readonly rl = createInterface({ input: process.stdin, output: process.stdout });

  constructor(
    private readonly app: App,
    private readonly api: FakeBotApi,
    private readonly help: string,
  ) {
    api.onCall((call) => this.show(call));
  }

  async choosePersona(): Promise<void> {
    this.printPeople();
    while (!this.persona) {
      const answer = (await this.rl.question("\nPilih nomor pegawai demo atau ketik NIP: ")).trim();
      await this.switchTo(answer);
    }
  }

  async loop(): Promise<void> {
    for (;;) {
      let line: string;
      try {
        line = (await this.rl.question(`\n${this.persona!.user.first_name} › `)).trim();
      } catch {
        return; // stdin closed
      }
      if (line === "") continue;
      if (line === ":keluar" || line === ":quit") return this.rl.close();
      await this.handle(line);
    }
  }

  private async handle(line: string): Promise<void> {
    const persona = this.persona!;
    if (/^\d+$/.test(line) && Number(line) >= 1 && Number(line) <= this.buttons.length) {
      return this.press(this.buttons[Number(line) - 1]!);
    }
    if (line === ":bantuan" || line === ":help") return void console.log(this.help);
    if (line === ":orang" || line === ":people") return this.printPeople();
    if (line.startsWith(":sebagai") || line.startsWith(":as")) return this.switchTo(line.split(/\s+/).slice(1).join(""));
    if (line === ":kontak" || line === ":contact") return this.shareContact();
    if (line.startsWith(":")) return void console.log("Perintah emulator tidak dikenal. Ketik :bantuan.");
    const match = line.match(/^\/(\w+)(?:\s+(.*))?$/);
    await this.api.pushUpdate(
      match ? command(persona.user, match[1]!, match[2]) : textMessage(persona.user, line),
    );
  }

  private async press(button: PressableButton): Promise<void> {
    const user = this.persona!.user;
    if (button.kind === "url") return void console.log(renderNotice(`Membuka tautan: ${button.url}`));
    if (button.kind === "reply") {
      return button.requestContact ? this.shareContact() : void (await this.api.pushUpdate(textMessage(user, button.label)));
    }
    const message = this.api.message(user.id, button.messageId);
    if (!message) return void console.log(renderNotice("Pesan itu sudah tidak ada."));
    await this.api.pushUpdate(callbackQuery(user, button.data, message));
  }

  private async shareContact(): Promise<void> {
    const { user, phone } = this.persona!;
    if (!phone) return void console.log(renderNotice("Pegawai ini tidak punya nomor HP di data kepegawaian."));
    console.log(renderNotice(`Membagikan kontak +${phone}`));
    await this.api.pushUpdate(
      contactMessage(user, { phone_number: `+${phone}`, first_name: user.first_name, user_id: user.id }),
    );
  }

  private async switchTo(choice: string): Promise<void> {
    const people = Object.values(DEMO_PEOPLE);
    const picked = /^\d{1,2}$/.test(choice) ? people[Number(choice) - 1]?.nip : choice;
    const persona = picked ? await findPersona(this.app.db, picked) : null;
    if (!persona) return void console.log("Pegawai tidak ditemukan. Ketik nomor dari daftar atau NIP 18 digit.");
    const linked = await isLinked(this.app.db, persona.nip);
    // No await from here on: a message arriving meanwhile is either in the catch-up or printed live.
    const chatId = persona.user.id;
    const keyboard = this.api.replyKeyboard(chatId);
    const news = catchUp(this.api.botMessages(chatId), this.lastShown.get(chatId) ?? 0, keyboard);
    this.persona = persona;
    this.lastShown.set(chatId, news.lastId);
    this.buttons = news.pressable?.buttons ?? [];

    console.log(`\nAnda sekarang ${persona.name} (NIP ${formatNip(persona.nip)}), ${persona.description}.`);
    if (news.unseen.length > 0) {
      const older = news.skipped > 0 ? ` (${news.skipped} pesan lebih lama tidak ditampilkan)` : "";
      console.log(renderNotice(`Pesan yang ia terima sejak terakhir ditampilkan${older}:`));
    }
    for (const message of news.unseen) console.log(renderMessage(this.textOf(message), messageButtons(message, keyboard), 1));
    if (news.pressable && !news.unseen.includes(news.pressable.message)) {
      console.log(renderNotice("Tombol yang masih dapat ditekan:"));
      console.log(renderMessage(this.textOf(news.pressable.message), news.pressable.buttons, 1));
    }
    console.log(
      linked
        ? "Ketik /menu untuk melihat pilihan."
        : "Pegawai ini belum tertaut: ketik /start lalu :kontak. Sebelum itu, pengumuman untuknya gagal terkirim (belum menautkan akun).",
    );
  }

  private printPeople(): void {
    console.log("\nPegawai demo (fiktif):");
    Object.entries(DEMO_PEOPLE).forEach(([role, person], index) => {
      console.log(`  [${index + 1}] ${person.name} — ${role}, NIP ${formatNip(person.nip)}`);
    });
  }

  /** A message's text, with the path of its saved photo or document. */
  private textOf(message: Message): string {
    const saved = this.savedFiles.get(`${message.chat.id}:${message.message_id}`);
    return saved === undefined ? messageText(message) : attachmentText(message.caption, saved);
  }

  /** Saves the file of a photo or document the bot uploaded, whoever it went to. */
  private saveUpload(call: RecordedCall): void {
    const field = call.method === "sendPhoto" ? "photo" : call.method === "sendDocument" ? "document" : null;
    const file = field === null ? undefined : call.payload[field];
    const message = call.result as Message | undefined;
    if (call.error || !isUploadedFile(file) || !message || typeof message !== "object" || !("message_id" in message)) return;
    const bytes = uploadedBytes(file);
    if (!bytes) return;
    const dir = resolve(FILES_DIR);
    mkdirSync(dir, { recursive: true });
    const path = resolve(dir, attachmentFileName(this.app.clock.now(), message.message_id, file.filename));
    writeFileSync(path, bytes);
    this.savedFiles.set(`${message.chat.id}:${message.message_id}`, relative(process.cwd(), path));
  }

  private show(call: RecordedCall): void {
    this.saveUpload(call);
    if (!this.persona || call.error) return;
    if (call.method === "answerCallbackQuery") {
      const text = call.payload.text;
      if (typeof text === "string" && text) console.log(renderNotice(text));
      return;
    }
    if (String(call.chatId) !== String(this.persona.user.id)) return;
    const message = call.result as Message | undefined;
    if (!message || typeof message !== "object" || !("message_id" in message)) return;
    const edited = call.method.startsWith("edit");
    const chatId = this.persona.user.id;
    const lastShown = this.lastShown.get(chatId) ?? 0;
    // Already printed by the catch-up of a persona switch.
    if (!edited && message.message_id <= lastShown) return;
    this.lastShown.set(chatId, Math.max(lastShown, message.message_id));
    const buttons = messageButtons(message, this.api.replyKeyboard(chatId));
    // As in Telegram, the buttons of the latest message that had any stay pressable.
    if (buttons.length > 0) this.buttons = buttons;
    console.log(renderMessage(this.textOf(message), buttons, 1, edited));
  }
}
