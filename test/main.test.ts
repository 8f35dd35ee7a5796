import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeBotApi } from "../src/emulator/fake-bot-api.js";
import { command } from "../src/emulator/updates.js";
import { systemClock } from "../src/clock.js";
import { connectDb, createDb } from "../src/db/client.js";
import { enqueue } from "../src/delivery/enqueue.js";
import { startMain, telegramEnv, TEST_BOT_TOKEN, waitFor } from "./kit/main-process.js";
import { createRecipients } from "./kit/recipients.js";

let api: FakeBotApi;
let dir: string;

beforeAll(async () => {
  api = await FakeBotApi.start({ token: TEST_BOT_TOKEN });
  dir = mkdtempSync(join(tmpdir(), "pembinaan-main-"));
});
afterAll(async () => {
  await api.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("npm start with BOT_TOKEN", () => {
  it("migrates a fresh database, long-polls the configured API root, says so in the log, and answers", async () => {
    const databaseUrl = `file:${join(dir, "bot.db")}`;
    const app = startMain({ ...telegramEnv(api), DATABASE_URL: databaseUrl });
    try {
      await app.waitForLog("Telegram bot started");
      const { log } = app.output;
      expect(log).toContain('"mode":"long polling"');
      expect(api.callsTo("setMyCommands").map((call) => call.payload.language_code)).toEqual([undefined, "id", "en"]);

      await api.pushUpdate(command({ id: 4242, is_bot: false, first_name: "Uji" }, "start"));
      const reply = await waitFor(() => api.callsTo("sendMessage").find((call) => call.chatId === 4242));
      expect(String(reply.payload.text)).toContain("Selamat datang di <b>Pembinaan ASN</b>");

      // The same process runs the scheduler (it takes the lease) and drains the outbox.
      const db = createDb(databaseUrl);
      await connectDb(db);
      try {
        await waitFor(async () => ((await db.lease.findUnique({ where: { name: "scheduler" } })) ? true : undefined));
        const [person] = await createRecipients(db, 1, 5151);
        await enqueue({ db, clock: systemClock }, { recipient: { employeeId: person!.employeeId }, payload: { text: "Pengingat uji" }, priority: "interactive", dedupeKey: "main-test" });
        const pushed = await waitFor(() => api.callsTo("sendMessage").find((call) => call.chatId === 5151));
        expect(pushed.payload.text).toBe("Pengingat uji");
      } finally {
        await db.$disconnect();
      }
    } finally {
      await app.stop();
    }
  });
});
