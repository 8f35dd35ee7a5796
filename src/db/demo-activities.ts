/**
 * FICTIONAL demo activities and partners for the terminal emulator: a handful of published
 * activities dated relative to "now" (one today, so check-in can be tried; one with three seats and
 * a waiting list; one needing the supervisor's approval) and two completed ones with their history
 * (see demo-evaluations.ts): one a few days ago, whose reaction questionnaires are open, and one long
 * enough ago for the behaviour (L3) assessments, the supervisor's included, to be due.
 *
 * Partners and activities go through the same import checks as real files. The partner names say
 * "(fiktif)", contacts use the 0812-0000-9xxx block and `.example` addresses.
 */
import type { Clock } from "../clock.js";
import type { EvaluationSettings } from "../config.js";
import type { ServiceDeps } from "../services/deps.js";
import { ACTIVITY_CSV_COLUMNS, type ActivityCsvColumn } from "../services/activities/activity-csv.js";
import { renderCsvTable } from "../services/csv/table.js";
import { importActivities } from "../services/activities/import.js";
import { fromLocal, toLocal, type LocalDateTime } from "../services/activities/local-time.js";
import { importPartners, PARTNER_COLUMNS, type PartnerColumn } from "../services/activities/partners.js";
import { recordAudit } from "../services/audit.js";
import { buildDemoRoster, DEMO_ACTOR_LABEL, DEMO_PEOPLE, type DemoRoster } from "./demo-data.js";
import { playDemoHistory, type DemoHistoryActivity } from "./demo-evaluations.js";

export const DEMO_ACTIVITIES_ACTION = "demo.activities.load";

const DEFAULT_TIMEZONE = "Asia/Jakarta";
/** The documented defaults of EVALUATION_L3_DELAY_DAYS and EVALUATION_DUE_DAYS. */
const DEFAULT_EVALUATION_SETTINGS: EvaluationSettings = { l3DelayDays: 60, dueDays: 14 };

/** The same partners as docs/examples/partners.csv. */
export const DEMO_PARTNERS: ReadonlyArray<Record<PartnerColumn, string>> = [
  {
    name: "Universitas Contoh Jambi (fiktif)",
    kind: "university",
    contact_name: "Dr. Rina Kartika, M.Kom.",
    contact_phone: "0812-0000-9001",
    contact_email: "kemitraan@univ-contoh-jambi.example",
  },
  {
    name: "Lembaga Pelatihan Contoh Sumatra (fiktif)",
    kind: "training_institute",
    contact_name: "Andi Pratama, S.E.",
    contact_phone: "0812-0000-9002",
    contact_email: "pelatihan@lp-contoh-sumatra.example",
  },
  {
    name: "Yayasan Contoh Pelayanan Publik (fiktif)",
    kind: "ngo",
    contact_name: "Sri Wahyuni",
    contact_phone: "0812-0000-9003",
    contact_email: "sekretariat@yayasan-contoh.example",
  },
];

/** Codes of the demo activities that the emulator and its tests may want to name. */
export const DEMO_ACTIVITY_CODES = {
  today: "DEMO-LITERASI-DIGITAL",
  smallGroup: "DEMO-COACHING-SKP",
  needsApproval: "DEMO-MAGANG-ARSIP",
  unitOnly: "DEMO-PELAYANAN-PRIMA",
  completed: "DEMO-NASKAH-DINAS",
  /** Completed long enough ago for the behaviour (L3) assessments. */
  behaviour: "DEMO-LAYANAN-KEPEGAWAIAN",
} as const;

export interface DemoActivitiesOptions {
  /** The moment the demo is built around. */
  now: Date;
  /** IANA zone for "08:00 the day after tomorrow"; WIB by default. */
  timezone?: string;
  /** When evaluations are due (EVALUATION_L3_DELAY_DAYS, EVALUATION_DUE_DAYS); the defaults otherwise. */
  evaluations?: EvaluationSettings;
}

type Row = Partial<Record<ActivityCsvColumn, string>>;

/**
 * Loads the demo partners and activities when there are no activities yet; returns false (and does
 * nothing) otherwise. Registrations, attendance and answers are added only for employees of the demo
 * roster that exist.
 */
export async function loadDemoActivities(deps: ServiceDeps, options: DemoActivitiesOptions): Promise<boolean> {
  if ((await deps.db.activity.count()) > 0) return false;
  const { now } = options;
  const timezone = options.timezone ?? DEFAULT_TIMEZONE;
  const evaluations = options.evaluations ?? DEFAULT_EVALUATION_SETTINGS;
  const clock: Clock = { now: () => now };
  const demoDeps: ServiceDeps = { ...deps, clock };

  const partners = await importPartners(demoDeps, renderCsvTable(PARTNER_COLUMNS, DEMO_PARTNERS), {
    actorLabel: DEMO_ACTOR_LABEL,
  });
  if (!partners.ok) throw new Error(`Demo partners failed their own import checks: ${firstProblem(partners.errors)}`);

  const hasUnit = (await deps.db.unit.count({ where: { code: "DISDUKCAPIL" } })) > 0;
  const rows = demoActivityRows(now, timezone, hasUnit, behaviourDaysAgo(evaluations));
  const csv = renderCsvTable(
    ACTIVITY_CSV_COLUMNS,
    rows.map((row) => Object.fromEntries(ACTIVITY_CSV_COLUMNS.map((column) => [column, row[column] ?? ""])) as Record<ActivityCsvColumn, string>),
  );
  const imported = await importActivities(demoDeps, csv, { format: "csv", timezone, actorLabel: DEMO_ACTOR_LABEL });
  if (!imported.ok) throw new Error(`Demo activities failed their own import checks: ${firstProblem(imported.errors)}`);

  const registrations = await addDemoRegistrations(demoDeps);
  const history = await playDemoHistory(demoDeps, { now, timezone, settings: evaluations, activities: demoHistory(buildDemoRoster()) });
  await recordAudit(deps.db, {
    actorLabel: DEMO_ACTOR_LABEL,
    action: DEMO_ACTIVITIES_ACTION,
    targetType: "activity",
    details: { note: "demo activities loaded (fictional)", fictional: true, activities: rows.length, registrations, ...history },
    at: now,
  });
  return true;
}

function firstProblem(errors: readonly { line: number; code: string }[]): string {
  const first = errors[0];
  return first ? `${first.code} at ${first.line}` : "unknown";
}

/**
 * Days before "now" when the L3 demo activity ended: past the L3 delay, so its behaviour assessments
 * are due, but recently enough that they are not overdue yet.
 */
export function behaviourDaysAgo(settings: EvaluationSettings): number {
  return settings.l3DelayDays + Math.max(1, Math.min(5, Math.floor(settings.dueDays / 2)));
}

/** The demo activities as import rows, with dates relative to `now` in local time. */
export function demoActivityRows(
  now: Date,
  timezone: string,
  withUnitAudience = true,
  behaviourEndedDaysAgo = behaviourDaysAgo(DEFAULT_EVALUATION_SETTINGS),
): Row[] {
  const today = toLocal(now, timezone);
  /** Local wall-clock time `days` after today. */
  const at = (days: number, hour: number, minute = 0): Date => {
    const day = new Date(Date.UTC(today.year, today.month - 1, today.day + days));
    const local: LocalDateTime = {
      year: day.getUTCFullYear(),
      month: day.getUTCMonth() + 1,
      day: day.getUTCDate(),
      hour,
      minute,
      second: 0,
    };
    return fromLocal(local, timezone);
  };
  const iso = (date: Date) => date.toISOString();
  const hourMs = 3_600_000;
  // Running now: started up to an hour ago (on the hour), for four hours.
  const todayStart = new Date(Math.floor(now.getTime() / hourMs) * hourMs - hourMs);
  const common = { needs_supervisor_approval: "tidak", status: "published" } satisfies Row;

  return [
    {
      ...common,
      code: DEMO_ACTIVITY_CODES.today,
      title: "Workshop Literasi Digital dan Keamanan Informasi",
      description:
        "Mengenali penipuan daring, mengelola kata sandi dan melindungi data pribadi warga. Berlangsung hari ini: coba presensi dengan kode TBO-HARI. (Kegiatan contoh fiktif.)",
      kind: "workshop",
      competency_type: "teknis",
      jp: "4",
      starts_at: iso(todayStart),
      ends_at: iso(new Date(todayStart.getTime() + 4 * hourMs)),
      venue: "Ruang Rapat Dinas Komunikasi dan Informatika, Muara Tebo",
      capacity: "40",
      registration_opens_at: iso(at(-14, 8)),
      registration_closes_at: iso(todayStart),
      speakers: "Yoga Pratama, S.Kom. (Dinas Komunikasi dan Informatika)",
      attendance_code: "TBO-HARI",
    },
    {
      ...common,
      code: "DEMO-EXCEL",
      title: "Pelatihan Analisis Data dengan Excel",
      description:
        "Mengolah data kepegawaian dan anggaran dengan tabel pivot, rumus pencarian dan grafik. Peserta membawa laptop sendiri. (Kegiatan contoh fiktif.)",
      kind: "pelatihan",
      competency_type: "teknis",
      jp: "16",
      starts_at: iso(at(2, 8)),
      ends_at: iso(at(3, 16)),
      venue: "Aula BKPSDM Kabupaten Tebo, Muara Tebo",
      capacity: "30",
      registration_opens_at: iso(at(-7, 8)),
      registration_closes_at: iso(at(1, 16)),
      partner: "Universitas Contoh Jambi (fiktif)",
      speakers:
        "Dr. Rina Kartika, M.Kom. (Universitas Contoh Jambi (fiktif)); Yoga Pratama, S.Kom. (Dinas Komunikasi dan Informatika) [fasilitator]",
      attendance_code: "TBO-XL26",
    },
    {
      ...common,
      code: DEMO_ACTIVITY_CODES.smallGroup,
      title: "Coaching Penyusunan SKP",
      description:
        "Pendampingan kelompok kecil (3 orang) menyusun Sasaran Kinerja Pegawai bersama atasan langsung; pendaftar berikutnya masuk daftar tunggu. (Kegiatan contoh fiktif.)",
      kind: "coaching",
      competency_type: "manajerial",
      jp: "6",
      starts_at: iso(at(4, 8)),
      ends_at: iso(at(4, 13)),
      venue: "Ruang Rapat BKPSDM Kabupaten Tebo",
      capacity: "3",
      registration_opens_at: iso(at(-7, 8)),
      registration_closes_at: iso(at(3, 16)),
      speakers: "Siti Rahmawati, S.Psi. (BKPSDM Kabupaten Tebo) [fasilitator]",
      attendance_code: "TBO-SKP3",
    },
    {
      ...common,
      code: "DEMO-ETIKA-ASN",
      title: "E-learning Etika ASN",
      description:
        "Kode etik dan kode perilaku ASN, nilai dasar BerAKHLAK dan pencegahan konflik kepentingan; belajar mandiri secara daring selama sebulan. (Kegiatan contoh fiktif.)",
      kind: "e-learning",
      competency_type: "sosial_kultural",
      jp: "10",
      starts_at: iso(at(1, 8)),
      ends_at: iso(at(30, 23, 59)),
      online_url: "https://elearning.contoh.example/etika-asn",
      registration_opens_at: iso(at(-7, 8)),
      registration_closes_at: iso(at(1, 8)),
      partner: "Lembaga Pelatihan Contoh Sumatra (fiktif)",
      attendance_code: "TBO-ETKA",
    },
    {
      ...common,
      code: DEMO_ACTIVITY_CODES.unitOnly,
      title: "Workshop Pelayanan Publik Prima",
      description:
        "Standar pelayanan, maklumat pelayanan dan penanganan pengaduan di loket pelayanan kependudukan; khusus pegawai Dinas Dukcapil. (Kegiatan contoh fiktif.)",
      kind: "workshop",
      competency_type: "teknis",
      jp: "8",
      starts_at: iso(at(7, 8)),
      ends_at: iso(at(7, 16)),
      venue: "Aula Dinas Kependudukan dan Pencatatan Sipil, Muara Tebo",
      capacity: "25",
      registration_opens_at: iso(at(-3, 8)),
      registration_closes_at: iso(at(5, 16)),
      audience_units: withUnitAudience ? "DISDUKCAPIL" : "",
      partner: "Yayasan Contoh Pelayanan Publik (fiktif)",
      speakers: "Sri Wahyuni (Yayasan Contoh Pelayanan Publik (fiktif))",
      attendance_code: "TBO-PLYN",
    },
    {
      ...common,
      code: "DEMO-MANAJEMEN-PERUBAHAN",
      title: "Seminar Manajemen Perubahan untuk Pejabat",
      description:
        "Memimpin perubahan di unit kerja: membangun kesadaran, keinginan dan kemampuan pegawai (ADKAR). Untuk pejabat struktural. (Kegiatan contoh fiktif.)",
      kind: "seminar",
      competency_type: "manajerial",
      jp: "4",
      starts_at: iso(at(21, 8, 30)),
      ends_at: iso(at(21, 12)),
      venue: "Ruang Pola Kantor Bupati Tebo, Muara Tebo",
      registration_opens_at: iso(at(-1, 8)),
      registration_closes_at: iso(at(20, 12)),
      audience_position_types: "struktural",
      speakers:
        "Drs. Hasan Basri, M.Si. (Sekretariat Daerah); Ahmad Fauzi, M.Psi. (Lembaga Pelatihan Contoh Sumatra (fiktif))",
      attendance_code: "TBO-RBAH",
    },
    {
      ...common,
      code: DEMO_ACTIVITY_CODES.needsApproval,
      title: "Magang Digitalisasi Arsip",
      description:
        "Lima hari magang di unit kearsipan universitas mitra: pemindaian, metadata dan penyimpanan arsip digital. Perlu persetujuan atasan langsung. (Kegiatan contoh fiktif.)",
      kind: "magang",
      competency_type: "teknis",
      jp: "40",
      starts_at: iso(at(24, 8)),
      ends_at: iso(at(28, 16)),
      venue: "UPT Kearsipan Universitas Contoh Jambi (fiktif), Kota Jambi",
      capacity: "5",
      registration_opens_at: iso(at(-2, 8)),
      registration_closes_at: iso(at(17, 16)),
      audience_position_types: "pelaksana|fungsional",
      needs_supervisor_approval: "ya",
      partner: "Universitas Contoh Jambi (fiktif)",
      speakers: "Dr. Rina Kartika, M.Kom. (Universitas Contoh Jambi (fiktif)) [fasilitator]",
      attendance_code: "TBO-ARSP",
    },
    {
      ...common,
      code: DEMO_ACTIVITY_CODES.completed,
      title: "Pelatihan Penulisan Naskah Dinas",
      description:
        "Tata naskah dinas di lingkungan pemerintah kabupaten: surat, nota dinas dan surat keputusan. Sudah terlaksana beberapa hari lalu; peserta diminta mengisi evaluasi. (Kegiatan contoh fiktif.)",
      kind: "pelatihan",
      competency_type: "teknis",
      jp: "8",
      starts_at: iso(at(-2, 8)),
      ends_at: iso(at(-2, 16)),
      venue: "Aula Sekretariat Daerah Kabupaten Tebo, Muara Tebo",
      capacity: "30",
      registration_opens_at: iso(at(-17, 8)),
      registration_closes_at: iso(at(-4, 16)),
      partner: "Lembaga Pelatihan Contoh Sumatra (fiktif)",
      speakers: "Andi Pratama, S.E. (Lembaga Pelatihan Contoh Sumatra (fiktif))",
      attendance_code: "TBO-NSKH",
    },
    {
      ...common,
      code: DEMO_ACTIVITY_CODES.behaviour,
      title: "Bimbingan Teknis Pelayanan Administrasi Kepegawaian",
      description:
        "Layanan kenaikan pangkat, cuti dan pensiun melalui sistem informasi kepegawaian, untuk staf BKPSDM. Sudah terlaksana lebih dari dua bulan lalu: saatnya menilai penerapannya di tempat kerja. (Kegiatan contoh fiktif.)",
      kind: "pelatihan",
      competency_type: "teknis",
      jp: "8",
      starts_at: iso(at(-behaviourEndedDaysAgo, 8)),
      ends_at: iso(at(-behaviourEndedDaysAgo, 16)),
      venue: "Aula BKPSDM Kabupaten Tebo, Muara Tebo",
      capacity: "20",
      registration_opens_at: iso(at(-behaviourEndedDaysAgo - 21, 8)),
      registration_closes_at: iso(at(-behaviourEndedDaysAgo - 3, 16)),
      partner: "Lembaga Pelatihan Contoh Sumatra (fiktif)",
      speakers: "Siti Rahmawati, S.Psi. (BKPSDM Kabupaten Tebo) [fasilitator]",
      attendance_code: "TBO-LYKP",
    },
  ];
}

/**
 * Who took part in the completed demo activities. The recent one: the demo ASN and six colleagues,
 * three of whom (not the ASN) have answered its reaction questionnaire, so results are not empty.
 * The earlier one: the demo supervisor's staff (the demo ASN among them) and other BKPSDM staff,
 * who all answered its reaction questionnaire back then; their L3 assessments are now due.
 */
export function demoHistory(roster: DemoRoster): DemoHistoryActivity[] {
  const special = new Set(Object.values(DEMO_PEOPLE).map((person) => person.nip));
  const staff = roster.employees.filter((employee) => employee.positionType !== "STRUKTURAL" && !special.has(employee.nip));
  const colleagues = staff.map((employee) => employee.nip).slice(0, 6);
  const supervised = roster.employees
    .filter((employee) => employee.supervisorNip === DEMO_PEOPLE.supervisor.nip && employee.nip !== DEMO_PEOPLE.asn.nip)
    .map((employee) => employee.nip);
  const bkpsdm = staff.filter((employee) => employee.unitCode === DEMO_PEOPLE.asn.unitCode).map((employee) => employee.nip).slice(0, 4);
  const earlier = [...new Set([DEMO_PEOPLE.asn.nip, ...supervised, ...bkpsdm])];
  return [
    { code: DEMO_ACTIVITY_CODES.completed, attendees: [DEMO_PEOPLE.asn.nip, ...colleagues], reactionAnswered: colleagues.slice(0, 3) },
    { code: DEMO_ACTIVITY_CODES.behaviour, attendees: earlier, reactionAnswered: earlier },
  ];
}

/**
 * Seats taken so the lists look alive: the demo ASN and a few colleagues are registered for today's
 * workshop (to try check-in), and the three-seat coaching is full with one person waiting.
 */
async function addDemoRegistrations(deps: ServiceDeps): Promise<number> {
  const now = deps.clock.now();
  const roster = buildDemoRoster();
  const special = new Set(Object.values(DEMO_PEOPLE).map((person) => person.nip));
  const colleagues = roster.employees
    .filter((employee) => employee.positionType !== "STRUKTURAL" && !special.has(employee.nip))
    .map((employee) => employee.nip);
  const employees = await deps.db.employee.findMany({
    where: { nip: { in: [DEMO_PEOPLE.asn.nip, ...colleagues.slice(0, 8)] }, active: true },
    select: { id: true, nip: true },
  });
  const idOf = new Map(employees.map((employee) => [employee.nip, employee.id]));
  const ids = (nips: readonly string[]) => nips.flatMap((nip) => (idOf.has(nip) ? [idOf.get(nip)!] : []));
  const activities = new Map(
    (
      await deps.db.activity.findMany({
        where: { code: { in: [DEMO_ACTIVITY_CODES.today, DEMO_ACTIVITY_CODES.smallGroup] } },
        select: { id: true, code: true },
      })
    ).map((activity) => [activity.code, activity.id]),
  );
  const todayId = activities.get(DEMO_ACTIVITY_CODES.today)!;
  const smallGroupId = activities.get(DEMO_ACTIVITY_CODES.smallGroup)!;

  const stamp = { createdAt: now, updatedAt: now };
  const rows = [
    ...ids([DEMO_PEOPLE.asn.nip, ...colleagues.slice(0, 4)]).map((employeeId) => ({
      activityId: todayId,
      employeeId,
      status: "REGISTERED" as const,
      ...stamp,
    })),
    ...ids(colleagues.slice(4, 7)).map((employeeId) => ({
      activityId: smallGroupId,
      employeeId,
      status: "REGISTERED" as const,
      ...stamp,
    })),
    ...ids(colleagues.slice(7, 8)).map((employeeId) => ({
      activityId: smallGroupId,
      employeeId,
      status: "WAITLISTED" as const,
      waitlistPosition: 1,
      ...stamp,
    })),
  ];
  if (rows.length > 0) await deps.db.registration.createMany({ data: rows });
  return rows.length;
}
