import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ManualClock } from "../../src/clock.js";
import { connectDb, createDb, type Db } from "../../src/db/client.js";
import { currentLease, releaseLease, tryAcquireLease } from "../../src/scheduler/lease.js";
import { createTestDb, type TestDb } from "../kit/db.js";

const NAME = "scheduler";
const TTL = 30_000;

let testDb: TestDb;
let clock: ManualClock;
let deps: { db: Db; clock: ManualClock };

beforeEach(async () => {
  testDb = await createTestDb();
  clock = new ManualClock("2026-03-02T01:00:00Z");
  deps = { db: testDb.db, clock };
});

afterEach(async () => {
  await testDb.dispose();
});

const acquire = (holder: string, ttlMs = TTL) => tryAcquireLease(deps, { name: NAME, holder, ttlMs });

describe("tryAcquireLease", () => {
  it("grants a free lease to the first holder and refuses a second while it is valid", async () => {
    expect(await currentLease(deps, NAME)).toBeNull();

    const first = await acquire("alpha");
    expect(first).toEqual({ leader: true, holder: "alpha", expiresAt: new Date("2026-03-02T01:00:30Z") });

    clock.advance(10_000);
    const second = await acquire("beta");
    expect(second).toEqual({ leader: false, holder: "alpha", expiresAt: new Date("2026-03-02T01:00:30Z") });

    const row = await testDb.db.lease.findUniqueOrThrow({ where: { name: NAME } });
    expect(row.holder).toBe("alpha");
    expect(row.expiresAt).toEqual(new Date("2026-03-02T01:00:30Z"));
  });

  it("lets the holder renew, extending the expiry from now", async () => {
    await acquire("alpha");
    clock.advance(20_000);
    const renewed = await acquire("alpha");
    expect(renewed).toEqual({ leader: true, holder: "alpha", expiresAt: new Date("2026-03-02T01:00:50Z") });

    // Past the first expiry, the renewed lease still keeps others out.
    clock.advance(15_000);
    expect((await acquire("beta")).leader).toBe(false);
    expect(await currentLease(deps, NAME)).toMatchObject({ holder: "alpha", valid: true });
  });

  it("hands an expired lease to the next contender, and then refuses the old holder", async () => {
    await acquire("alpha");
    clock.advance(TTL - 1);
    expect((await acquire("beta")).leader).toBe(false);

    clock.advance(1); // exactly at expiresAt: the lease is over
    expect(await currentLease(deps, NAME)).toMatchObject({ holder: "alpha", valid: false });
    const takeover = await acquire("beta");
    expect(takeover).toEqual({ leader: true, holder: "beta", expiresAt: new Date("2026-03-02T01:01:00Z") });

    clock.advance(1_000);
    const comeback = await acquire("alpha");
    expect(comeback).toEqual({ leader: false, holder: "beta", expiresAt: new Date("2026-03-02T01:01:00Z") });
  });

  it("keeps separate names independent", async () => {
    expect((await tryAcquireLease(deps, { name: "one", holder: "alpha", ttlMs: TTL })).leader).toBe(true);
    expect((await tryAcquireLease(deps, { name: "two", holder: "beta", ttlMs: TTL })).leader).toBe(true);
    expect((await tryAcquireLease(deps, { name: "one", holder: "beta", ttlMs: TTL })).leader).toBe(false);
  });

  it("rejects a non-positive TTL", async () => {
    await expect(acquire("alpha", 0)).rejects.toThrow(/TTL/);
  });
});

describe("releaseLease", () => {
  it("lets another holder take the lease at once", async () => {
    await acquire("alpha");
    clock.advance(5_000);

    expect(await releaseLease(deps, { name: NAME, holder: "alpha" })).toBe(true);
    expect(await currentLease(deps, NAME)).toMatchObject({ holder: "alpha", valid: false });

    // Same instant, no waiting for the TTL.
    expect(await acquire("beta")).toEqual({ leader: true, holder: "beta", expiresAt: new Date("2026-03-02T01:00:35Z") });
  });

  it("does nothing for someone who does not hold the lease", async () => {
    await acquire("alpha");
    expect(await releaseLease(deps, { name: NAME, holder: "beta" })).toBe(false);
    expect(await releaseLease(deps, { name: "other", holder: "alpha" })).toBe(false);
    expect((await acquire("beta")).leader).toBe(false);
    expect(await currentLease(deps, NAME)).toMatchObject({ holder: "alpha", valid: true });
  });

  it("does not touch a lease the holder already lost", async () => {
    await acquire("alpha");
    clock.advance(TTL);
    await acquire("beta");
    expect(await releaseLease(deps, { name: NAME, holder: "alpha" })).toBe(false);
    expect(await currentLease(deps, NAME)).toMatchObject({ holder: "beta", valid: true });
  });
});

describe("two database clients racing", () => {
  let second: Db;

  beforeEach(async () => {
    second = createDb(testDb.url);
    await connectDb(second);
  });

  afterEach(async () => {
    await second.$disconnect();
  });

  it("never grant the lease to two holders for the same instant", async () => {
    const ttlMs = 1_000;
    // Four holders, two per client, as two processes with two would-be schedulers each.
    const contenders = [
      { holder: "p1-a", deps: { db: testDb.db, clock } },
      { holder: "p2-a", deps: { db: second, clock } },
      { holder: "p1-b", deps: { db: testDb.db, clock } },
      { holder: "p2-b", deps: { db: second, clock } },
    ];
    let previous: string | undefined;

    for (let round = 0; round < 40; round++) {
      // Most rounds start after the lease expired (an open race); every fourth one within it, where
      // only the current holder may renew.
      const withinLease = round % 4 === 3;
      if (round > 0) clock.advance(withinLease ? ttlMs / 2 : ttlMs);

      // Every contender fires several attempts at once; all see the same "now".
      const attempts = Array.from({ length: 12 }, (_, i) => contenders[(i + round) % contenders.length]!);
      const results = await Promise.all(
        attempts.map((c) => tryAcquireLease(c.deps, { name: NAME, holder: c.holder, ttlMs })),
      );

      const leaders = new Set(results.filter((r) => r.leader).map((r) => r.holder));
      expect([...leaders], `round ${round}`).toHaveLength(1);
      const [winner] = [...leaders];
      // Everybody refused was refused in favour of that same winner, as the database says.
      for (const result of results) expect(result.holder).toBe(winner);
      const row = await second.lease.findUniqueOrThrow({ where: { name: NAME } });
      expect(row.holder).toBe(winner);
      expect(row.expiresAt).toEqual(new Date(clock.now().getTime() + ttlMs));
      if (withinLease) expect(winner).toBe(previous);
      previous = winner;
    }

    expect((await testDb.db.lease.findMany()).length).toBe(1);
  });
});
