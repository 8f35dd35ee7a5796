import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { ManualClock } from "../../../src/clock.js";
import { LOCALES, LOCALES_DIR } from "../../../src/i18n/index.js";
import type { ServiceDeps } from "../../../src/services/deps.js";
import {
  parseQuestionnaireDefinition,
  QUESTIONNAIRE_ISSUE_CODES,
  questionnaireIssueKey,
} from "../../../src/services/evaluations/definition.js";
import { DEFAULT_QUESTIONNAIRE_FILES, ensureDefaultQuestionnaires } from "../../../src/services/evaluations/defaults.js";
import { AGREEMENT_LABELS, DEFAULT_QUESTIONNAIRES } from "../../../src/services/evaluations/question-options.js";
import {
  exportQuestionnaire,
  importQuestionnaire,
  latestActiveQuestionnaire,
  listQuestionnaires,
  QUESTIONNAIRE_IMPORT_ACTION,
  type QuestionnaireFileFormat,
} from "../../../src/services/evaluations/questionnaires.js";
import { createTestDb, type TestDb } from "../../kit/db.js";

const EXAMPLES = resolve(import.meta.dirname, "../../../docs/examples/questionnaires");

let testDb: TestDb;
let deps: ServiceDeps;

beforeEach(async () => {
  testDb = await createTestDb();
  deps = { db: testDb.db, clock: new ManualClock("2026-12-01T02:00:00Z") };
});

afterEach(async () => {
  await testDb.dispose();
});

/** A small valid definition; tests change parts of it. */
function definition(): Record<string, any> {
  return {
    code: "TEST-1",
    title: { id: "Uji", en: "Test" },
    level: "reaction",
    respondent: "participant",
    anonymous: false,
    questions: [
      { kind: "likert", text: { id: "Materi jelas.", en: "Clear content." }, dimension: "materi" },
      { kind: "rating", text: { id: "Kepuasan" }, options: { low: { id: "Buruk" }, high: { id: "Baik", en: "Good" } } },
      {
        kind: "single_choice",
        text: { id: "Pilih satu" },
        options: { choices: [{ id: "a", label: { id: "A" } }, { id: "b", label: { id: "B" } }] },
      },
      { kind: "yes_no", text: { id: "Ya atau tidak?" }, required: false },
      { kind: "free_text", text: { id: "Saran" }, required: false },
    ],
  };
}

const yamlOf = (value: unknown) => stringify(value);
const run = (text: string, format: QuestionnaireFileFormat = "yaml", dryRun = false) =>
  importQuestionnaire(deps, text, { format, actorLabel: "test", dryRun });

async function addResponse(questionnaireId: number): Promise<number> {
  const questions = await testDb.db.question.findMany({ where: { questionnaireId }, orderBy: { position: "asc" } });
  const response = await testDb.db.response.create({
    data: {
      questionnaireId,
      answers: { create: [{ questionId: questions[0]!.id, numericValue: 4 }, { questionId: questions[1]!.id, numericValue: 9 }] },
    },
  });
  return response.id;
}

describe("questionnaire definition validation", () => {
  it("reads a valid file into the stored form, with defaults", () => {
    const result = parseQuestionnaireDefinition(yamlOf(definition()), "yaml");
    expect(result.ok).toBe(true);
    const questions = result.definition!.questions;
    expect(result.definition).toMatchObject({ code: "TEST-1", level: "REACTION", respondentRole: "PARTICIPANT" });
    expect(questions.map((q) => q.kind)).toEqual(["LIKERT", "RATING", "SINGLE_CHOICE", "YES_NO", "FREE_TEXT"]);
    expect(questions[0]!.options).toEqual(AGREEMENT_LABELS);
    expect(questions[0]!.required).toBe(true);
    expect(questions[3]!.required).toBe(false);
    expect(questions[4]!.maxLength).toBe(1000);
    expect(questions[0]!.maxLength).toBeNull();
  });

  const cases: [string, (file: Record<string, any>) => unknown, { path: string; code: string }[]][] = [
    ["missing code", (f) => delete f.code, [{ path: "code", code: "required" }]],
    ["bad code", (f) => (f.code = "L1 REAKSI"), [{ path: "code", code: "code" }]],
    ["unknown level", (f) => (f.level = "results"), [{ path: "level", code: "choice" }]],
    ["missing respondent", (f) => delete f.respondent, [{ path: "respondent", code: "required" }]],
    ["anonymous not a boolean", (f) => (f.anonymous = "ya"), [{ path: "anonymous", code: "type" }]],
    ["unknown top field", (f) => (f.titel = "x"), [{ path: "titel", code: "unknown-field" }]],
    ["empty title", (f) => (f.title = { id: "" }), [{ path: "title.id", code: "empty" }]],
    ["no questions", (f) => (f.questions = []), [{ path: "questions", code: "too-few" }]],
    ["unknown kind", (f) => (f.questions[1].kind = "slider"), [{ path: "questions.2.kind", code: "choice" }]],
    ["missing text", (f) => delete f.questions[0].text, [{ path: "questions.1.text", code: "required" }]],
    ["unknown question field", (f) => (f.questions[0].wajib = true), [{ path: "questions.1.wajib", code: "unknown-field" }]],
    [
      "four likert labels",
      (f) => (f.questions[0].options = { labels: AGREEMENT_LABELS.labels.slice(0, 4) }),
      [{ path: "questions.1.options.labels", code: "likert-labels" }],
    ],
    ["choices without options", (f) => delete f.questions[2].options, [{ path: "questions.3.options", code: "required" }]],
    [
      "one choice only",
      (f) => (f.questions[2].options.choices = [{ id: "a", label: { id: "A" } }]),
      [{ path: "questions.3.options.choices", code: "too-few" }],
    ],
    [
      "duplicate choice ids",
      (f) => (f.questions[2].options.choices[1].id = "a"),
      [{ path: "questions.3.options.choices", code: "choice-ids-unique" }],
    ],
    [
      "bad choice id",
      (f) => (f.questions[2].options.choices[1].id = "B B"),
      [{ path: "questions.3.options.choices.2.id", code: "choice-id" }],
    ],
    ["options on yes_no", (f) => (f.questions[3].options = { x: 1 }), [{ path: "questions.4.options", code: "options-not-allowed" }]],
    [
      "max_length on likert",
      (f) => (f.questions[0].max_length = 100),
      [{ path: "questions.1.max_length", code: "max-length-not-allowed" }],
    ],
    ["free text too long", (f) => (f.questions[4].max_length = 5000), [{ path: "questions.5.max_length", code: "too-big" }]],
    ["bad dimension", (f) => (f.questions[0].dimension = "Materi Ajar"), [{ path: "questions.1.dimension", code: "dimension" }]],
    ["required not boolean", (f) => (f.questions[3].required = "no"), [{ path: "questions.4.required", code: "type" }]],
    [
      "unknown rating option",
      (f) => (f.questions[1].options.middle = { id: "Sedang" }),
      [{ path: "questions.2.options.middle", code: "unknown-field" }],
    ],
  ];

  it.each(cases)("reports %s with its path", async (_name, change, expected) => {
    const file = definition();
    change(file);
    const result = await run(yamlOf(file));
    expect(result.ok).toBe(false);
    expect(result.outcome).toBeNull();
    expect(result.errors.map(({ path, code }) => ({ path, code }))).toEqual(expected);
    expect(await testDb.db.questionnaire.count()).toBe(0);
  });

  it("reports several problems at once", () => {
    const file = definition();
    file.level = "x";
    file.questions[0].kind = "slider";
    file.questions[2].options.choices[1].id = "a";
    const result = parseQuestionnaireDefinition(JSON.stringify(file), "json");
    expect(result.issues.map((issue) => `${issue.path}:${issue.code}`)).toEqual([
      "level:choice",
      "questions.1.kind:choice",
      "questions.3.options.choices:choice-ids-unique",
    ]);
  });

  it("reports file-level problems", () => {
    expect(parseQuestionnaireDefinition("", "yaml").issues).toEqual([{ path: "", code: "file-empty", params: {} }]);
    expect(parseQuestionnaireDefinition("code: [", "yaml").issues[0]).toMatchObject({ path: "", code: "syntax" });
    expect(parseQuestionnaireDefinition("{", "json").issues[0]).toMatchObject({ path: "", code: "syntax" });
    expect(parseQuestionnaireDefinition("- a\n- b\n", "yaml").issues).toEqual([{ path: "", code: "shape", params: {} }]);
  });

  it("has a message for every issue code in both languages", () => {
    for (const locale of LOCALES) {
      const text = readFileSync(join(LOCALES_DIR, locale, "questionnaires.ftl"), "utf8");
      for (const code of QUESTIONNAIRE_ISSUE_CODES) expect(text).toContain(`${questionnaireIssueKey(code)} =`);
    }
    const keys = (locale: string) =>
      [...readFileSync(join(LOCALES_DIR, locale, "questionnaires.ftl"), "utf8").matchAll(/^([a-z][a-z0-9-]*) =/gm)]
        .map((m) => m[1])
        .sort();
    expect(keys("en")).toEqual(keys("id"));
  });
});

describe("importQuestionnaire", () => {
  it("creates version 1, audits it, and re-imports as unchanged", async () => {
    const dry = await run(yamlOf(definition()), "yaml", true);
    expect(dry).toMatchObject({ ok: true, dryRun: true, outcome: "created", version: 1 });
    expect(await testDb.db.questionnaire.count()).toBe(0);

    const created = await run(yamlOf(definition()));
    expect(created).toMatchObject({ ok: true, outcome: "created", code: "TEST-1", version: 1, errors: [] });
    const stored = await latestActiveQuestionnaire(deps, "test-1");
    expect(stored).toMatchObject({ code: "TEST-1", version: 1, title: "Uji", titleEn: "Test", level: "REACTION", active: true });
    expect(stored!.questions.map((q) => [q.position, q.kind, q.required, q.maxLength, q.dimension])).toEqual([
      [1, "LIKERT", true, null, "materi"],
      [2, "RATING", true, null, null],
      [3, "SINGLE_CHOICE", true, null, null],
      [4, "YES_NO", false, null, null],
      [5, "FREE_TEXT", false, 1000, null],
    ]);
    expect(JSON.parse(stored!.questions[2]!.options!)).toEqual(definition().questions[2].options);

    const again = await run(JSON.stringify(definition()), "json");
    expect(again).toMatchObject({ ok: true, outcome: "unchanged", version: 1 });
    const audits = await testDb.db.auditLog.findMany({ where: { action: QUESTIONNAIRE_IMPORT_ACTION } });
    expect(audits).toHaveLength(1);
    expect(JSON.parse(audits[0]!.details!)).toMatchObject({ code: "TEST-1", version: 1, outcome: "created" });
  });

  it("updates the latest version in place while nobody has answered it", async () => {
    await run(yamlOf(definition()));
    const before = await latestActiveQuestionnaire(deps, "TEST-1");
    const file = definition();
    file.questions[0].text.id = "Materi sangat jelas.";
    file.questions.pop();

    const result = await run(yamlOf(file));
    expect(result).toMatchObject({ ok: true, outcome: "updated", version: 1 });
    const after = await latestActiveQuestionnaire(deps, "TEST-1");
    expect(after!.id).toBe(before!.id);
    expect(after!.questions).toHaveLength(4);
    expect(after!.questions[0]!.text).toBe("Materi sangat jelas.");
    expect(await testDb.db.questionnaire.count()).toBe(1);
    expect(await testDb.db.auditLog.count({ where: { action: QUESTIONNAIRE_IMPORT_ACTION } })).toBe(2);
  });

  it("creates version 2 once answered, keeping old answers on version 1's questions", async () => {
    await run(yamlOf(definition()));
    const v1 = (await latestActiveQuestionnaire(deps, "TEST-1"))!;
    const responseId = await addResponse(v1.id);
    const file = definition();
    file.questions[0].text.id = "Materi sangat jelas.";

    const dry = await run(yamlOf(file), "yaml", true);
    expect(dry).toMatchObject({ outcome: "new-version", version: 2 });
    expect(await testDb.db.questionnaire.count()).toBe(1);

    const result = await run(yamlOf(file));
    expect(result).toMatchObject({ ok: true, outcome: "new-version", version: 2 });
    const v2 = (await latestActiveQuestionnaire(deps, "TEST-1"))!;
    expect(v2.version).toBe(2);
    expect(v2.id).not.toBe(v1.id);
    expect(v2.questions[0]!.text).toBe("Materi sangat jelas.");
    expect((await testDb.db.questionnaire.findUnique({ where: { id: v1.id } }))!.active).toBe(false);

    const answers = await testDb.db.answer.findMany({ where: { responseId }, include: { question: true } });
    expect(answers).toHaveLength(2);
    for (const answer of answers) expect(answer.question.questionnaireId).toBe(v1.id);
    expect(answers.map((answer) => answer.question.text).sort()).toEqual(["Kepuasan", "Materi jelas."]);
    expect((await testDb.db.response.findUnique({ where: { id: responseId } }))!.questionnaireId).toBe(v1.id);

    // The same file again changes nothing; a further edit (v2 unanswered) updates v2 in place.
    expect(await run(yamlOf(file))).toMatchObject({ outcome: "unchanged", version: 2 });
    file.anonymous = true;
    expect(await run(yamlOf(file))).toMatchObject({ outcome: "updated", version: 2 });

    const [item] = await listQuestionnaires(deps);
    expect(item).toMatchObject({ code: "TEST-1", versions: [1, 2], latestVersion: 2, activeVersion: 2, questions: 5, responses: 1 });
  });

  it("exports a version that imports back unchanged, in YAML and JSON", async () => {
    const file = definition();
    file.questions[0].options = { labels: [...AGREEMENT_LABELS.labels].reverse() };
    await run(yamlOf(file));
    for (const format of ["yaml", "json"] as const) {
      const text = await exportQuestionnaire(deps, { code: "TEST-1", format });
      expect(text).not.toBeNull();
      expect(await run(text!, format)).toMatchObject({ ok: true, outcome: "unchanged", version: 1 });
    }
    expect(await exportQuestionnaire(deps, { code: "TEST-1", version: 2, format: "yaml" })).toBeNull();
    expect(await exportQuestionnaire(deps, { code: "NOPE", format: "yaml" })).toBeNull();

    // Default Likert labels are left out of the export.
    await run(yamlOf({ ...definition(), code: "TEST-2" }));
    const exported = await exportQuestionnaire(deps, { code: "TEST-2", format: "json" });
    expect(JSON.parse(exported!).questions[0]).toEqual({
      kind: "likert",
      text: { id: "Materi jelas.", en: "Clear content." },
      dimension: "materi",
    });
  });

  it("exports an older version by number", async () => {
    await run(yamlOf(definition()));
    await addResponse((await latestActiveQuestionnaire(deps, "TEST-1"))!.id);
    const file = definition();
    file.title.id = "Uji baru";
    await run(yamlOf(file));
    const v1 = await exportQuestionnaire(deps, { code: "TEST-1", version: 1, format: "json" });
    const v2 = await exportQuestionnaire(deps, { code: "TEST-1", format: "json" });
    expect(JSON.parse(v1!).title.id).toBe("Uji");
    expect(JSON.parse(v2!).title.id).toBe("Uji baru");
  });
});

describe("default questionnaires", () => {
  it("are valid files", () => {
    for (const { code, file } of DEFAULT_QUESTIONNAIRE_FILES) {
      const result = parseQuestionnaireDefinition(readFileSync(resolve(EXAMPLES, file), "utf8"), "yaml");
      expect(result.issues).toEqual([]);
      expect(result.definition!.code).toBe(code);
    }
  });

  it("install once, idempotently, with comparable L3 dimensions", async () => {
    const first = await ensureDefaultQuestionnaires(deps);
    expect(first.map((r) => [r.code, r.outcome, r.version])).toEqual([
      [DEFAULT_QUESTIONNAIRES.reaction, "created", 1],
      [DEFAULT_QUESTIONNAIRES.behaviourSelf, "created", 1],
      [DEFAULT_QUESTIONNAIRES.behaviourSupervisor, "created", 1],
      [DEFAULT_QUESTIONNAIRES.changeReadiness, "created", 1],
    ]);
    const second = await ensureDefaultQuestionnaires(deps);
    expect(second.map((r) => r.outcome)).toEqual(["present", "present", "present", "present"]);
    expect(await testDb.db.questionnaire.count()).toBe(4);

    const reaction = (await latestActiveQuestionnaire(deps, DEFAULT_QUESTIONNAIRES.reaction))!;
    expect(reaction).toMatchObject({ level: "REACTION", respondentRole: "PARTICIPANT" });
    expect(reaction.questions.map((q) => q.kind)).toEqual(["LIKERT", "LIKERT", "LIKERT", "LIKERT", "RATING", "FREE_TEXT"]);
    expect(reaction.questions.at(-1)).toMatchObject({ text: "Saran untuk perbaikan", required: false });

    const self = (await latestActiveQuestionnaire(deps, DEFAULT_QUESTIONNAIRES.behaviourSelf))!;
    const boss = (await latestActiveQuestionnaire(deps, DEFAULT_QUESTIONNAIRES.behaviourSupervisor))!;
    expect(self).toMatchObject({ level: "BEHAVIOUR", respondentRole: "PARTICIPANT" });
    expect(boss).toMatchObject({ level: "BEHAVIOUR", respondentRole: "SUPERVISOR" });
    const shape = (q: { questions: { kind: string; dimension: string | null }[] }) => q.questions.map((x) => `${x.kind}:${x.dimension}`);
    expect(shape(boss)).toEqual(shape(self));
    const obstacles = JSON.parse(self.questions.find((q) => q.kind === "MULTI_CHOICE")!.options!);
    expect(obstacles.choices.map((c: { id: string }) => c.id)).toEqual(
      expect.arrayContaining(["waktu", "dukungan-atasan", "sarana", "relevansi-materi", "lainnya"]),
    );
    for (const { file } of DEFAULT_QUESTIONNAIRE_FILES) {
      expect(await run(readFileSync(resolve(EXAMPLES, file), "utf8"))).toMatchObject({ outcome: "unchanged" });
    }
  });

  it("leave an existing code alone", async () => {
    await run(yamlOf({ ...definition(), code: DEFAULT_QUESTIONNAIRES.reaction }));
    const results = await ensureDefaultQuestionnaires(deps);
    expect(results[0]).toMatchObject({ outcome: "present", version: 1 });
    const reaction = (await latestActiveQuestionnaire(deps, DEFAULT_QUESTIONNAIRES.reaction))!;
    expect(reaction.title).toBe("Uji");
  });
});
