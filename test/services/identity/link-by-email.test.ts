import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ManualClock } from "../../../src/clock.js";
import { enqueue } from "../../../src/delivery/enqueue.js";
import type { ServiceDeps } from "../../../src/services/deps.js";
import { linkByCode } from "../../../src/services/identity/link-by-code.js";
import { findEmployeeByEmail, linkByEmail } from "../../../src/services/identity/link-by-email.js";
import { issueActivationCode } from "../../../src/services/identity/issue-code.js";
import {
  needsPlatformChoice,
  platformChoice,
  setPreferredPlatform,
} from "../../../src/services/identity/preferred-platform.js";
import { createTestDb, type TestDb } from "../../kit/db.js";
import { PEOPLE, seedRoster, type PersonKey } from "../../kit/roster-fixture.js";

let testDb: TestDb;
let deps: ServiceDeps;
let ids: Record<PersonKey, number>;

const AHMAD_EMAIL = "ahmad.fauzi@tebokab.go.id";

beforeEach(async () => {
  testDb = await createTestDb();
  deps = { db: testDb.db, clock: new ManualClock("2026-12-07T02:00:00Z") };
  ids = await seedRoster(testDb.db);
  await testDb.db.employee.update({ where: { id: ids.staff }, data: { email: AHMAD_EMAIL } });
  await testDb.db.employee.update({ where: { id: ids.supervisor }, data: { email: "Rina.Marlina@TeboKab.go.id" } });
  await testDb.db.employee.update({ where: { id: ids.retired }, data: { email: "bambang@tebokab.go.id" } });
});
afterEach(async () => testDb.dispose());

const slack = (userId: string) => ({ platform: "SLACK" as const, externalId: userId, chatId: userId, displayName: "Ahmad" });

describe("finding the employee behind a Slack profile email", () => {
  it("matches an active employee's roster email regardless of case and spaces", async () => {
    expect(await findEmployeeByEmail(deps, " Ahmad.Fauzi@TEBOKAB.go.id ")).toEqual({
      employeeId: ids.staff,
      nip: PEOPLE.staff.nip,
      name: PEOPLE.staff.name,
      unitName: "Badan Kepegawaian dan Pengembangan SDM",
    });
    // Stored in mixed case (written around the import, which stores lower case).
    expect((await findEmployeeByEmail(deps, "rina.marlina@tebokab.go.id"))?.employeeId).toBe(ids.supervisor);
  });

  it("finds nobody for an inactive employee, an unknown, empty or shared address", async () => {
    expect(await findEmployeeByEmail(deps, "bambang@tebokab.go.id")).toBeNull();
    expect(await findEmployeeByEmail(deps, "someone@kampus.ac.id")).toBeNull();
    expect(await findEmployeeByEmail(deps, "")).toBeNull();
    expect(await findEmployeeByEmail(deps, null)).toBeNull();
    await testDb.db.employee.update({ where: { id: ids.colleague }, data: { email: AHMAD_EMAIL } });
    expect(await findEmployeeByEmail(deps, AHMAD_EMAIL)).toBeNull();
  });
});

describe("linking by a confirmed email", () => {
  it("links the Slack user to the confirmed employee, the Slack user id as the chat", async () => {
    const result = await linkByEmail(deps, { ...slack("U0AHMAD"), email: "AHMAD.FAUZI@tebokab.go.id", confirmedEmployeeId: ids.staff });
    expect(result).toEqual({ ok: true, employeeId: ids.staff, name: PEOPLE.staff.name });
    const account = await testDb.db.chatAccount.findFirstOrThrow();
    expect(account).toMatchObject({ platform: "SLACK", externalId: "U0AHMAD", chatId: "U0AHMAD", employeeId: ids.staff });
    const audit = await testDb.db.auditLog.findFirstOrThrow({ where: { action: "identity.linked" } });
    expect(JSON.parse(audit.details!)).toEqual({ method: "email" });
    expect(audit.actorLabel).toBe("slack:U0AHMAD");
  });

  it("refuses a confirmation naming somebody other than the email's owner", async () => {
    const forged = await linkByEmail(deps, { ...slack("U0AHMAD"), email: AHMAD_EMAIL, confirmedEmployeeId: ids.head });
    expect(forged).toEqual({ ok: false, error: "email-mismatch" });
    const unknown = await linkByEmail(deps, { ...slack("U0GUEST"), email: "tamu@kampus.ac.id", confirmedEmployeeId: ids.staff });
    expect(unknown).toEqual({ ok: false, error: "email-unknown" });
    const none = await linkByEmail(deps, { ...slack("U0GUEST"), email: null, confirmedEmployeeId: ids.staff });
    expect(none).toEqual({ ok: false, error: "email-unknown" });
    expect(await testDb.db.chatAccount.count()).toBe(0);
  });

  it("links one Slack account per employee, and one employee per Slack account", async () => {
    await linkByEmail(deps, { ...slack("U0AHMAD"), email: AHMAD_EMAIL, confirmedEmployeeId: ids.staff });
    const second = await linkByEmail(deps, { ...slack("U0OTHER"), email: AHMAD_EMAIL, confirmedEmployeeId: ids.staff });
    expect(second).toEqual({ ok: false, error: "employee-already-linked" });
    const again = await linkByEmail(deps, { ...slack("U0AHMAD"), email: "rina.marlina@tebokab.go.id", confirmedEmployeeId: ids.supervisor });
    expect(again).toMatchObject({ ok: false, error: "account-already-linked", linkedName: PEOPLE.staff.name });
    expect(await testDb.db.chatAccount.count()).toBe(1);
  });
});

describe("one person on Telegram and Slack", () => {
  async function linkBoth() {
    await testDb.db.chatAccount.create({
      data: { platform: "TELEGRAM", externalId: "5001", chatId: "5001", employeeId: ids.staff },
    });
    const issued = await issueActivationCode({ ...deps, ttlHours: 72 }, { nip: PEOPLE.staff.nip, actorLabel: "test" });
    if (!issued.ok) throw new Error(issued.error);
    // The same NIP-plus-code service as Telegram's, with a Slack identity.
    const linked = await linkByCode({ ...deps, limits: { maxFailedAttempts: 5, lockoutMinutes: 15 } }, slack("U0AHMAD"), {
      nip: PEOPLE.staff.nip,
      code: issued.code,
    });
    expect(linked).toMatchObject({ ok: true, employeeId: ids.staff });
  }

  it("keeps one employee with two chat accounts and asks once where messages go", async () => {
    await linkBoth();
    const accounts = await testDb.db.chatAccount.findMany({ where: { employeeId: ids.staff }, orderBy: { id: "asc" } });
    expect(accounts.map((account) => account.platform)).toEqual(["TELEGRAM", "SLACK"]);
    const before = await platformChoice(deps, ids.staff);
    expect(before).toEqual({ linked: ["TELEGRAM", "SLACK"], preferred: "TELEGRAM", chosen: false });
    expect(needsPlatformChoice(before)).toBe(true);

    expect(await setPreferredPlatform(deps, { employeeId: ids.staff, platform: "SLACK", actorLabel: "slack:U0AHMAD" })).toEqual({
      ok: true,
      changed: true,
    });
    const after = await platformChoice(deps, ids.staff);
    expect(after).toMatchObject({ preferred: "SLACK", chosen: true });
    expect(needsPlatformChoice(after)).toBe(false);
    expect(await setPreferredPlatform(deps, { employeeId: ids.staff, platform: "SLACK", actorLabel: "slack:U0AHMAD" })).toEqual({
      ok: true,
      changed: false,
    });
    expect(await testDb.db.auditLog.count({ where: { action: "identity.preferred-platform" } })).toBe(1);
  });

  it("sends a proactive message once, to the preferred platform", async () => {
    await linkBoth();
    const payload = { text: "Pengingat" };
    const toTelegram = await enqueue(deps, { recipient: { employeeId: ids.staff }, payload, priority: "normal", dedupeKey: "a" });
    expect(toTelegram.chatId).toBe("5001");
    await setPreferredPlatform(deps, { employeeId: ids.staff, platform: "SLACK", actorLabel: "slack:U0AHMAD" });
    const toSlack = await enqueue(deps, { recipient: { employeeId: ids.staff }, payload, priority: "normal", dedupeKey: "b" });
    expect(toSlack.chatId).toBe("U0AHMAD");
    expect(await testDb.db.delivery.count()).toBe(2);
  });

  it("refuses a platform the person is not linked on", async () => {
    await testDb.db.chatAccount.create({ data: { platform: "SLACK", externalId: "U0AHMAD", chatId: "U0AHMAD", employeeId: ids.staff } });
    const refused = await setPreferredPlatform(deps, { employeeId: ids.staff, platform: "TELEGRAM", actorLabel: "slack:U0AHMAD" });
    expect(refused).toEqual({ ok: false, error: "not-linked" });
    expect((await testDb.db.employee.findUniqueOrThrow({ where: { id: ids.staff } })).preferredPlatform).toBeNull();
    expect(needsPlatformChoice(await platformChoice(deps, ids.staff))).toBe(false);
  });
});
