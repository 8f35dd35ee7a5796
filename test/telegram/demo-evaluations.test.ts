import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEMO_ACTIVITY_CODES, loadDemoActivities } from "../../src/db/demo-activities.js";
import { DEMO_PEOPLE, loadDemoData } from "../../src/db/demo-data.js";
import { createDueEvaluationRequests } from "../../src/services/evaluations/assignment.js";
import { activityResults } from "../../src/services/evaluations/results.js";
import { press } from "../kit/answered.js";
import { startTestBot, type TestBot } from "../kit/bot-harness.js";

let t: TestBot;

/** What the emulator does on start: the demo roster and activities, then the assignment run. */
beforeEach(async () => {
  t = await startTestBot();
  const deps = { db: t.db, clock: t.clock };
  await loadDemoData(deps);
  await loadDemoActivities(deps, { now: t.clock.now(), evaluations: t.config.evaluations });
  await createDueEvaluationRequests({ ...deps, settings: t.config.evaluations }, { now: t.clock.now() });
});
afterEach(async () => t.stop());

async function demoChat(person: keyof typeof DEMO_PEOPLE) {
  const { name, phone } = DEMO_PEOPLE[person];
  const chat = t.chat({ first_name: name.split(" ")[0]! });
  await chat.shareContact(phone);
  return chat;
}

describe("evaluations in the demo, end to end", () => {
  it("the demo ASN finds the completed activity's reaction questionnaire and their own L3 waiting", async () => {
    const asn = await demoChat("asn");
    const list = await asn.command("evaluasi");
    expect(list.last).toContain("2 evaluasi menunggu jawaban Anda");
    expect(list.last).toContain("Evaluasi reaksi peserta");
    expect(list.last).toContain("Pelatihan Penulisan Naskah Dinas");
    expect(list.last).toContain("Bimbingan Teknis Pelayanan Administrasi Kepegawaian");
  });

  it("the demo supervisor fills in the L3 assessment of the demo ASN from 👥 Tim saya, and it shows in the results", async () => {
    const supervisor = await demoChat("supervisor");
    await supervisor.command("menu");
    const team = await press(supervisor, "👥 Tim saya");
    expect(team.texts[0]).toContain(DEMO_PEOPLE.asn.name);
    expect(team.last).toContain("Penilaian perilaku (L3) yang menunggu");
    expect(team.last).toContain("Kegiatan: Bimbingan Teknis Pelayanan Administrasi Kepegawaian");

    const started = await press(supervisor, `✍️ Nilai 1. ${DEMO_PEOPLE.asn.name}`);
    expect(started.texts[0]).toContain(`Evaluasi ini tentang: ${DEMO_PEOPLE.asn.name}`);
    await press(supervisor, "4 · Setuju");
    await press(supervisor, "4 · Sering");
    await press(supervisor, "5 · Sangat setuju");
    await press(supervisor, "Keterbatasan waktu");
    await press(supervisor, "Selesai");
    const summary = await press(supervisor, "⏭ Lewati");
    expect(summary.last).toContain("Ringkasan jawaban");
    expect((await press(supervisor, "✅ Kirim")).last).toContain("Terima kasih");

    const results = await activityResults(t, { activityCode: DEMO_ACTIVITY_CODES.behaviour });
    const assessment = results!.questionnaires.find((questionnaire) => questionnaire.code === "L3-ATASAN")!;
    expect(assessment.submitted).toBe(1);
    expect(results!.l3?.overall.supervisor).toBeCloseTo((4 + 4 + 5) / 3);
    expect(results!.questionnaires.find((questionnaire) => questionnaire.code === "L1-REAKSI")!.responses).toBeGreaterThan(0);

    // Done: the team view no longer lists it.
    expect((await supervisor.command("tim")).last).not.toContain("Penilaian perilaku");
  });
});
