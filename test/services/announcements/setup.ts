import { ManualClock } from "../../../src/clock.js";
import type { Dispatcher } from "../../../src/delivery/dispatcher.js";
import type { DeliveryPayload } from "../../../src/delivery/payload.js";
import { FakeBotApi, TELEGRAM_RATE_LIMITS } from "../../../src/emulator/fake-bot-api.js";
import type { DeliverAnnouncementDeps } from "../../../src/services/announcements/deliver.js";
import { createMessages } from "../../../src/services/messages.js";
import { createTestDb, type TestDb } from "../../kit/db.js";
import { createTestDispatcher } from "../../kit/test-dispatcher.js";
import { seedDistrict, type District } from "./district-fixture.js";

export const HOUR = 60 * 60 * 1000;
export const MINUTE = 60 * 1000;
export const at = (base: Date, ms: number) => new Date(base.getTime() + ms);

/** Monday 14 December 2026, 08:00 WIB. */
export const MONDAY_8 = new Date("2026-12-14T01:00:00Z");
/** The same Monday, 10:00 WIB. */
export const MONDAY_10 = new Date("2026-12-14T03:00:00Z");

export const SETTINGS = {
  ackReminderAfterHours: 24,
  reportAfterHours: 48,
  pulseDueDays: 7,
  pulseBarrierThreshold: 3,
  pulseMinGroupSize: 5,
};

export interface World {
  testDb: TestDb;
  clock: ManualClock;
  deps: DeliverAnnouncementDeps;
  district: District;
  dispose(): Promise<void>;
}

export async function createWorld(start: Date = MONDAY_8): Promise<World> {
  const testDb = await createTestDb();
  const clock = new ManualClock(start);
  const deps: DeliverAnnouncementDeps = {
    db: testDb.db,
    clock,
    messages: createMessages({ defaultLocale: "id", timezone: "Asia/Jakarta" }),
    settings: SETTINGS,
  };
  const district = await seedDistrict(testDb.db);
  return { testDb, clock, deps, district, dispose: () => testDb.dispose() };
}

/** The real dispatcher sending the queue to the fake Bot API, with WIB quiet hours. */
export function dispatcherFor(world: World, api: FakeBotApi): Dispatcher {
  return createTestDispatcher({ db: world.testDb.db, clock: world.clock }, api);
}

export const startFakeApi = () => FakeBotApi.start({ rateLimits: TELEGRAM_RATE_LIMITS });

/** The queue's rows whose key starts with `prefix`, with their payload read back. */
export async function queued(world: World, prefix: string) {
  const rows = await world.testDb.db.delivery.findMany({
    where: { dedupeKey: { startsWith: prefix } },
    orderBy: { id: "asc" },
  });
  return rows.map((row) => ({ ...row, message: JSON.parse(row.payload) as DeliveryPayload }));
}

export const content = (bodyHtml = "<b>Mulai Januari</b>, absensi memakai aplikasi SiAP Tebo.") => ({ bodyHtml });
