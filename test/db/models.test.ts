import { readFileSync } from "node:fs";
import { getDMMF } from "@prisma/get-dmmf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../kit/db.js";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(async () => testDb.dispose());

describe("a freshly migrated database works with every model through the generated client", () => {
  it("writes and reads one row of every model, relations included", async () => {
    const { db } = testDb;
    const at = new Date("2026-12-07T02:00:00Z");
    const unit = await db.unit.create({ data: { code: "BKPSDM", name: "Badan Kepegawaian" } });
    const child = await db.unit.create({ data: { code: "BKPSDM-PK", name: "Bidang PK", parentId: unit.id } });
    const head = await db.employee.create({
      data: {
        nip: "197501012000031001",
        name: "Kepala",
        unitId: unit.id,
        position: "Kepala Badan",
        positionType: "STRUKTURAL",
        grade: "IV/c",
        employmentType: "PNS",
      },
    });
    const staff = await db.employee.create({
      data: {
        nip: "199001012015032002",
        name: "Staf",
        unitId: child.id,
        position: "Analis SDM",
        positionType: "FUNGSIONAL",
        grade: "III/b",
        employmentType: "PNS",
        supervisorId: head.id,
        phone: "6281200000001",
        email: "staf@contoh.go.id",
      },
    });
    const account = await db.chatAccount.create({
      data: { platform: "TELEGRAM", externalId: "1001", chatId: "1001", employeeId: staff.id, locale: "id" },
    });
    await db.roleGrant.create({ data: { employeeId: head.id, role: "LEADER", unitId: unit.id, grantedBy: "test" } });
    await db.activationCode.create({
      data: { employeeId: staff.id, codeHash: "hash", expiresAt: at, issuedBy: "test" },
    });
    await db.linkAttempt.create({ data: { platform: "TELEGRAM", externalId: "1001", succeeded: false } });
    const partner = await db.partner.create({ data: { name: "Universitas Contoh", kind: "UNIVERSITY" } });
    const questionnaire = await db.questionnaire.create({
      data: {
        code: "L1",
        version: 1,
        title: "Reaksi",
        level: "REACTION",
        respondentRole: "PARTICIPANT",
        questions: { create: [{ position: 1, kind: "LIKERT", text: "Materi relevan?" }] },
      },
      include: { questions: true },
    });
    const activity = await db.activity.create({
      data: {
        code: "PEL-001",
        title: "Pelatihan Data",
        kind: "TRAINING",
        competencyType: "TEKNIS",
        jp: 8,
        startsAt: at,
        endsAt: at,
        partnerId: partner.id,
        status: "PUBLISHED",
        audience: { create: [{ kind: "UNIT", value: "BKPSDM" }] },
        speakers: { create: [{ name: "Dr. Narasumber", institution: "Universitas Contoh" }] },
        questionnaires: { create: [{ questionnaireId: questionnaire.id, respondent: "PARTICIPANT" }] },
      },
    });
    const registration = await db.registration.create({
      data: { activityId: activity.id, employeeId: staff.id, status: "COMPLETED", decidedById: head.id },
    });
    await db.jpEntry.create({
      data: {
        employeeId: staff.id,
        registrationId: registration.id,
        year: 2026,
        jp: 8,
        competencyType: "TEKNIS",
        source: "ACTIVITY",
      },
    });
    const request = await db.evaluationRequest.create({
      data: {
        dedupeKey: `eval:${registration.id}:L1`,
        questionnaireId: questionnaire.id,
        respondentId: staff.id,
        subjectId: staff.id,
        activityId: activity.id,
        registrationId: registration.id,
        dueAt: at,
      },
    });
    await db.response.create({
      data: {
        questionnaireId: questionnaire.id,
        requestId: request.id,
        respondentId: staff.id,
        subjectId: staff.id,
        activityId: activity.id,
        unitId: child.id,
        answers: { create: [{ questionId: questionnaire.questions[0]!.id, numericValue: 5 }] },
      },
    });
    const campaign = await db.campaign.create({
      data: { authorId: head.id, name: "Budaya Kerja", cron: "0 8 * * 1", audience: { create: [{ kind: "ALL" }] } },
    });
    const announcement = await db.announcement.create({
      data: {
        authorId: head.id,
        body: "Selamat pagi",
        campaignId: campaign.id,
        campaignPosition: 0,
        audience: { create: [{ kind: "UNIT", value: String(unit.id) }] },
      },
    });
    await db.delivery.create({
      data: {
        dedupeKey: `ann:${announcement.id}:${staff.id}`,
        employeeId: staff.id,
        chatAccountId: account.id,
        platform: "TELEGRAM",
        chatId: account.chatId,
        payload: JSON.stringify({ text: "Selamat pagi" }),
        priority: 2,
        notBefore: at,
        nextAttemptAt: at,
        announcementId: announcement.id,
      },
    });
    await db.lease.create({ data: { name: "scheduler", holder: "test", expiresAt: at } });
    await db.auditLog.create({ data: { actorLabel: "test", action: "test.run" } });
    await db.session.create({ data: { key: "1001", value: "{}" } });
    // Update ids beyond 2^31 must fit: Telegram's ids are 64-bit.
    await db.processedUpdate.create({ data: { updateId: 9_007_199_254n } });
    expect((await db.processedUpdate.findUniqueOrThrow({ where: { updateId: 9_007_199_254n } })).updateId).toBe(9_007_199_254n);

    const loaded = await db.employee.findUniqueOrThrow({
      where: { nip: staff.nip },
      include: {
        supervisor: true,
        unit: { include: { parent: true } },
        chatAccounts: true,
        registrations: { include: { activity: { include: { partner: true } }, jpEntry: true } },
        responses: { include: { answers: true } },
        deliveries: true,
      },
    });
    expect(loaded.supervisor?.nip).toBe(head.nip);
    expect(loaded.unit.parent?.code).toBe("BKPSDM");
    expect(loaded.registrations[0]?.activity.partner?.name).toBe("Universitas Contoh");
    expect(loaded.registrations[0]?.jpEntry?.jp).toBe(8);
    expect(loaded.responses[0]?.answers[0]?.numericValue).toBe(5);
    expect(loaded.deliveries[0]?.status).toBe("PENDING");

    // Every model in the schema must have been exercised above: a new model must join this test.
    const dmmf = getDMMF({ datamodel: readFileSync("prisma/schema.prisma", "utf8") });
    if ("reason" in dmmf) throw dmmf.error;
    for (const model of dmmf.datamodel.models) {
      const delegate = (db as unknown as Record<string, { count(): Promise<number> }>)[
        model.name.charAt(0).toLowerCase() + model.name.slice(1)
      ];
      expect(await delegate!.count(), `no ${model.name} row`).toBeGreaterThan(0);
    }
  });

  it("enforces unique keys and foreign keys", async () => {
    const { db } = testDb;
    await expect(
      db.delivery.create({
        data: {
          dedupeKey: (await db.delivery.findFirstOrThrow()).dedupeKey,
          platform: "TELEGRAM",
          chatId: "1",
          payload: "{}",
          priority: 1,
          notBefore: new Date(),
          nextAttemptAt: new Date(),
        },
      }),
    ).rejects.toThrow(/Unique constraint/);
    await expect(
      db.chatAccount.create({ data: { platform: "TELEGRAM", externalId: "9", chatId: "9", employeeId: 999_999 } }),
    ).rejects.toThrow(/Foreign key/i);
  });
});
