import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALES, LOCALES_DIR } from "../../src/i18n/index.js";
import { DEFAULT_QUESTIONNAIRES } from "../../src/services/evaluations/question-options.js";
import { createActivity } from "../kit/activity-fixture.js";
import { press, pressData } from "../kit/answered.js";
import { useBotWithRoster } from "../kit/bot-with-roster.js";
import { creditCompletedActivity } from "../kit/jp-fixture.js";
import type { Reply } from "../kit/scenario.js";
import { createQuestionnaire } from "../services/evaluations/questionnaire-fixture.js";

const { t, ids, linkedChat } = useBotWithRoster();

// The test bot's clock: Monday 7 December 2026, 09:00 WIB.
let seq = 0;

/** An evaluation request as the assignment job creates it: the respondent answers about the subject. */
async function request(input: {
  code?: string;
  respondentId: number;
  subjectId?: number | null;
  activityTitle?: string;
  dueAt: string;
  status?: "PENDING" | "IN_PROGRESS" | "SUBMITTED" | "EXPIRED";
}) {
  seq += 1;
  const code = input.code ?? DEFAULT_QUESTIONNAIRES.behaviourSupervisor;
  const questionnaire =
    (await t.db.questionnaire.findFirst({ where: { code }, include: { questions: true } })) ??
    (await createQuestionnaire(t.db, { code, respondentRole: code === DEFAULT_QUESTIONNAIRES.behaviourSupervisor ? "SUPERVISOR" : "PARTICIPANT" }));
  const activity = await createActivity(t.db, {
    title: input.activityTitle ?? `Pelatihan Uji ${seq}`,
    status: "COMPLETED",
    startsAt: new Date("2026-09-14T01:00:00Z"),
    endsAt: new Date("2026-09-14T09:00:00Z"),
  });
  return t.db.evaluationRequest.create({
    data: {
      dedupeKey: `test:${seq}`,
      questionnaireId: questionnaire.id,
      respondentId: input.respondentId,
      subjectId: input.subjectId ?? null,
      activityId: activity.id,
      dueAt: new Date(input.dueAt),
      status: input.status ?? "PENDING",
    },
  });
}

const buttonData = (reply: Reply) =>
  reply.messages.flatMap((message) =>
    (message.reply_markup?.inline_keyboard.flat() ?? []).map((button) => ("callback_data" in button ? button.callback_data : "")),
  );

describe("👥 Tim saya: the team's JP", () => {
  it("shows each direct subordinate on one line, furthest behind first, and nothing more without pending assessments", async () => {
    await creditCompletedActivity(t.db, ids.staff, 12, "TEKNIS", "Pelatihan A", "2026-04-01T09:00:00Z");
    await creditCompletedActivity(t.db, ids.colleague, 2, "SOSIAL_KULTURAL", "Seminar B", "2026-04-01T09:00:00Z");
    // Already answered, expired, or the supervisor's own reaction questionnaire: not assessments to do.
    await request({ respondentId: ids.supervisor, subjectId: ids.staff, dueAt: "2026-12-18T16:59:00Z", status: "SUBMITTED" });
    await request({ respondentId: ids.supervisor, subjectId: ids.colleague, dueAt: "2026-11-01T16:59:00Z", status: "EXPIRED" });
    await request({ code: DEFAULT_QUESTIONNAIRES.reaction, respondentId: ids.supervisor, dueAt: "2026-12-18T16:59:00Z" });

    const chat = await linkedChat("supervisor");
    await chat.command("menu");
    const reply = await press(chat, "👥 Tim saya");
    expect(reply.texts).toHaveLength(1);
    const text = reply.last!;
    expect(text).toContain("JP tim saya tahun 2026");
    expect(text).toContain("⚠️ ▰▱▱▱▱▱▱▱▱▱ 2/20 Siti Aminah, S.Pd. (T 0 · M 0 · SK 2)");
    expect(text).toContain("⚠️ ▰▰▰▰▰▰▱▱▱▱ 12/20 Ahmad Fauzi, S.Kom. (T 12 · M 0 · SK 0)");
    expect(text.indexOf("Siti Aminah")).toBeLessThan(text.indexOf("Ahmad Fauzi"));
    expect(text).toContain("2 dari 2 orang tertinggal");
    expect(text).not.toContain("Rina Marlina");
    expect(text).not.toContain("Penilaian perilaku");
    expect(reply.keyboard).toEqual(["📊 Laporan JP tim"]);

    const command = await chat.command("tim");
    expect(command.texts).toEqual([text]);
  });

  it("is refused to someone without staff, by command or by a forged button", async () => {
    const chat = await linkedChat("staff");
    expect((await chat.command("tim")).last).toBe("Maaf, menu ini hanya untuk atasan langsung yang memiliki staf aktif.");
    await chat.command("menu");
    const forged = await pressData(chat, "menu:team");
    expect(forged.callbackAnswers[0]).toMatchObject({ show_alert: true, text: "Maaf, menu ini hanya untuk atasan langsung." });
    expect(forged.texts).toEqual([]);
  });
});

describe("👥 Tim saya: behaviour (L3) assessments waiting for the supervisor", () => {
  it("lists both subordinates' assessments with due dates, the overdue one flagged, and a button each", async () => {
    const ahmad = await request({
      respondentId: ids.supervisor,
      subjectId: ids.staff,
      activityTitle: "Pelatihan Jaringan <Dasar>",
      dueAt: "2026-12-18T16:59:00Z", // Friday 18 December 2026, 23:59 WIB
    });
    const siti = await request({
      respondentId: ids.supervisor,
      subjectId: ids.colleague,
      activityTitle: "Seminar Budaya Kerja",
      dueAt: "2026-12-01T16:59:00Z", // Tuesday 1 December 2026: past
      status: "IN_PROGRESS",
    });

    const chat = await linkedChat("supervisor");
    await chat.command("menu");
    const reply = await press(chat, "👥 Tim saya");
    expect(reply.texts).toHaveLength(2);
    expect(reply.texts[0]).toContain("JP tim saya tahun 2026");
    const section = reply.last!;
    expect(section).toContain("Penilaian perilaku (L3) yang menunggu");
    expect(section).toContain("2 penilaian tentang staf Anda perlu Anda isi.");
    // The overdue one first.
    expect(section).toContain(
      "1. Siti Aminah, S.Pd.\nKegiatan: Seminar Budaya Kerja\n⚠️ Lewat batas pengisian: Selasa, 1 Desember 2026\n✏️ Sudah mulai diisi",
    );
    expect(section).toContain("2. Ahmad Fauzi, S.Kom.\nKegiatan: Pelatihan Jaringan <Dasar>\nBatas pengisian: Jumat, 18 Desember 2026");
    expect(reply.keyboardRows).toEqual([["✍️ Nilai 1. Siti Aminah, S.Pd."], ["✍️ Nilai 2. Ahmad Fauzi, S.Kom."]]);
    expect(buttonData(reply)).toEqual(["rep:t", `ev:${siti.id}`, `ev:${ahmad.id}`]);
  });

  it("pressing an assessment starts the questionnaire about that subordinate", async () => {
    await request({ respondentId: ids.supervisor, subjectId: ids.colleague, dueAt: "2026-12-01T16:59:00Z" });
    const ahmad = await request({
      respondentId: ids.supervisor,
      subjectId: ids.staff,
      activityTitle: "Pelatihan Jaringan Dasar",
      dueAt: "2026-12-18T16:59:00Z",
    });

    const chat = await linkedChat("supervisor");
    await chat.command("tim");
    const started = await press(chat, "✍️ Nilai 2. Ahmad Fauzi, S.Kom.");
    expect(started.texts[0]).toContain("Evaluasi ini tentang: Ahmad Fauzi, S.Kom.");
    expect(started.texts[0]).toContain("Kegiatan: Pelatihan Jaringan Dasar");
    expect(started.last).toContain("Pertanyaan 1 dari 1");

    await press(chat, "4 · Setuju");
    const sent = await press(chat, "✅ Kirim");
    expect(sent.last).toContain("Terima kasih");
    const response = await t.db.response.findFirstOrThrow();
    expect(response).toMatchObject({ requestId: ahmad.id, respondentId: ids.supervisor, subjectId: ids.staff });

    // Answered: only Siti's assessment is still waiting.
    const again = await chat.command("tim");
    expect(again.last).toContain("1 penilaian tentang staf Anda");
    expect(again.last).not.toContain("Ahmad Fauzi");
  });

  it("refuses another supervisor's assessment forged into an ev: button, and does not list it", async () => {
    // The head of the unit assesses Rina (the supervisor); Rina must not answer it about herself.
    const headsOwn = await request({ respondentId: ids.head, subjectId: ids.supervisor, dueAt: "2026-12-18T16:59:00Z" });

    const chat = await linkedChat("supervisor");
    const team = await chat.command("tim");
    expect(team.texts).toHaveLength(1);
    expect(team.last).not.toContain("Penilaian perilaku");

    const forged = await pressData(chat, `ev:${headsOwn.id}`);
    expect(forged.callbackAnswers[0]).toMatchObject({
      show_alert: true,
      text: "Maaf, evaluasi ini tidak ditemukan atau bukan untuk Anda.",
    });
    expect(forged.texts).toEqual([]);
    expect((await t.db.evaluationRequest.findUniqueOrThrow({ where: { id: headsOwn.id } })).status).toBe("PENDING");

    // The head sees it in their own team view.
    const head = await linkedChat("head");
    const headTeam = await head.command("tim");
    expect(headTeam.last).toContain("1. Rina Marlina, S.E.");
  });

  it("splits a long list into messages of ten, each with its own buttons, numbered on", async () => {
    for (let i = 0; i < 12; i += 1) {
      await request({ respondentId: ids.supervisor, subjectId: i % 2 ? ids.staff : ids.colleague, dueAt: `2026-12-${10 + i}T16:59:00Z` });
    }
    const chat = await linkedChat("supervisor");
    const reply = await chat.command("tim");
    expect(reply.texts).toHaveLength(3);
    expect(reply.texts[1]).toContain("12 penilaian");
    expect(reply.texts[1]).toContain("10. Ahmad Fauzi");
    expect(reply.texts[2]).toMatch(/^11\. Siti Aminah/);
    expect(reply.texts[2]).toContain("12. Ahmad Fauzi");
    const [, first, second] = reply.messages;
    expect(first!.reply_markup?.inline_keyboard).toHaveLength(10);
    expect(second!.reply_markup?.inline_keyboard.flat().map((button) => button.text)).toEqual([
      "✍️ Nilai 11. Siti Aminah, S.Pd.",
      "✍️ Nilai 12. Ahmad Fauzi, S.Kom.",
    ]);
    for (const text of reply.texts) expect(text.length).toBeLessThanOrEqual(4096);
  });

  it("speaks English to those who chose it", async () => {
    await request({ respondentId: ids.supervisor, subjectId: ids.staff, activityTitle: "Network Basics", dueAt: "2026-12-01T16:59:00Z" });
    const chat = await linkedChat("supervisor");
    await chat.command("bahasa");
    await press(chat, "🇬🇧 English");
    const reply = await chat.command("team");
    expect(reply.texts[0]).toContain("My team's JP for 2026");
    expect(reply.last).toContain("Behaviour (L3) assessments waiting");
    expect(reply.last).toContain("One assessment of your staff is waiting for you.");
    expect(reply.last).toContain("Activity: Network Basics");
    expect(reply.last).toContain("⚠️ Past the due date: Tuesday, 1 December 2026");
    expect(reply.keyboard).toEqual(["✍️ Assess 1. Ahmad Fauzi, S.Kom."]);
  });
});

describe("team.ftl", () => {
  const keysOf = (locale: string) =>
    [...readFileSync(join(LOCALES_DIR, locale, "team.ftl"), "utf8").matchAll(/^([a-z][a-z0-9-]*) =/gm)].map((match) => match[1]).sort();

  it("has the same keys in every language", () => {
    const id = keysOf("id");
    expect(id.length).toBeGreaterThan(0);
    for (const locale of LOCALES) expect(keysOf(locale)).toEqual(id);
  });
});
