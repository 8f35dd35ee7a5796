/**
 * FICTIONAL demo roster for Pemerintah Kabupaten Tebo (Muara Tebo, Jambi).
 *
 * The unit names follow the usual shape of a district government, but every person, NIP, phone
 * number and e-mail address here is made up by a seeded generator: any resemblance to a real ASN is
 * coincidence. Phone numbers use the 0812-0000-xxxx block and e-mail addresses the
 * `contoh.tebokab.go.id` ("example") subdomain so they cannot be mistaken for real ones.
 */
import { recordAudit } from "../services/audit.js";
import type { ServiceDeps } from "../services/deps.js";
import { grantRole, type RoleName } from "../services/roles.js";
import { renderRosterCsv, type RosterColumn } from "../services/roster/csv-file.js";
import type { EmployeeFields } from "../services/roster/employee-fields.js";
import { importRoster } from "../services/roster/import.js";
import { normalizePhone } from "../services/roster/phone.js";
import type { EmploymentType } from "../generated/prisma/enums.js";

export interface DemoUnit {
  code: string;
  name: string;
  parentCode: string | null;
}

export interface DemoEmployee extends Omit<EmployeeFields, "phone" | "email"> {
  /** As people write it: 0812-0000-xxxx. */
  phone: string;
  email: string;
}

export interface DemoGrant {
  nip: string;
  role: RoleName;
  /** A leader scoped to this unit; null for the whole district. */
  unitCode: string | null;
}

export interface DemoRoster {
  units: DemoUnit[];
  employees: DemoEmployee[];
  grants: DemoGrant[];
}

export interface DemoPerson {
  nip: string;
  name: string;
  /** Canonical form, "62812…", as a shared Telegram contact carries it (without the plus). */
  phone: string;
  unitCode: string;
  position: string;
}

export const DEMO_ACTOR_LABEL = "demo";
export const DEMO_LOAD_ACTION = "demo.load";

// ---------------------------------------------------------------------------------------------
// Deterministic randomness.

/** mulberry32: small, fast, and the same sequence on every machine for the same seed. */
function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const chance = (probability: number): boolean => next() < probability;
  return { int, pick, chance };
}

type Random = ReturnType<typeof createRandom>;

const SEED = 20_261_128;

// ---------------------------------------------------------------------------------------------
// Names: Jambi Malay, Javanese (many transmigrant families in Tebo) and Minangkabau.

type Gender = "male" | "female";

const NAMES: Record<Gender, { given: readonly string[]; family: readonly string[] }[]> = {
  male: [
    {
      given: ["Muhammad", "Ahmad", "Syahrial", "Zulkifli", "Hasanuddin", "Azhar", "Firdaus", "Rizal", "Jamaluddin", "Ismail", "Syamsul", "Fadli", "Ilham", "Rahmat", "Taufik", "Zainal", "Mukhlis", "Sulaiman", "Rozali", "Iskandar"],
      family: ["Saputra", "Hidayat", "Syahputra", "Ramadhan", "Kurniawan", "Pratama", "Hakim", "Fauzi", "Rahman", "Firmansyah", "Arifin", "Effendi"],
    },
    {
      given: ["Sutrisno", "Bambang", "Agus", "Budi", "Eko", "Joko", "Wahyu", "Slamet", "Heru", "Dwi", "Yudi", "Teguh", "Sugeng", "Priyo", "Hadi", "Setyo", "Bayu", "Aris", "Tri", "Gunawan"],
      family: ["Santoso", "Wibowo", "Prasetyo", "Setiawan", "Susanto", "Purwanto", "Nugroho", "Wijaya", "Hartono", "Suryadi", "Widodo", "Raharjo"],
    },
    {
      given: ["Afrizal", "Yosrizal", "Zulhendri", "Syafruddin", "Andri", "Yuliandri", "Efrizal", "Novrizal", "Hendra", "Irwan", "Rusdi", "Defri", "Masrizal", "Jonni"],
      family: ["Chaniago", "Piliang", "Tanjung", "Koto", "Sikumbang", "Jambak", "Guci", "Syahrial", "Hamdani", "Putra"],
    },
  ],
  female: [
    {
      given: ["Nurhayati", "Siti", "Rahmawati", "Yusnaini", "Zuraida", "Fatimah", "Nurjanah", "Rosmaini", "Halimah", "Aisyah", "Nurul", "Rina", "Fitri", "Yuliana", "Mardiana"],
      family: ["Wahyuni", "Handayani", "Anggraini", "Rahmadani", "Safitri", "Fitriani", "Maharani", "Amelia", "Zahara", "Hasanah"],
    },
    {
      given: ["Sri", "Endang", "Dwi", "Tri", "Wulan", "Ratna", "Sulastri", "Puji", "Retno", "Suparmi", "Ayu", "Dewi", "Sumarni", "Wiwik"],
      family: ["Lestari", "Rahayu", "Susanti", "Yulianti", "Kurniasih", "Wulandari", "Astuti", "Setyaningsih", "Purwaningsih", "Utami"],
    },
    {
      given: ["Yulia", "Desmawati", "Asnimar", "Rahmi", "Elvi", "Yenni", "Nelda", "Fitria", "Wirdawati", "Rosna", "Vivi", "Meri"],
      family: ["Rahmi", "Novita", "Sari", "Oktaviani", "Permata", "Syafitri", "Marlina", "Yanti", "Elfira", "Delvia"],
    },
  ],
};

const BACHELOR = ["S.E.", "S.Sos.", "S.H.", "S.Kom.", "S.T.", "S.Pd.", "S.IP.", "S.AP.", "S.Ak.", "S.Si."] as const;
const MASTER = ["M.Si.", "M.M.", "M.H.", "M.AP.", "M.Pd.", "M.T."] as const;

// ---------------------------------------------------------------------------------------------
// Organisation: ten OPD plus one kecamatan, each head → second tier → third tier → staff.

interface Section {
  /** Sekretaris, Kepala Bidang, Kepala Bagian, Inspektur Pembantu, Sekretaris Camat … */
  title: string;
  /** Kepala Subbagian / Kepala Seksi / Kepala Subbidang under it. */
  subs: readonly string[];
  /** Functional staff reporting straight to the section head; random ones from the OPD list when absent. */
  functional?: readonly string[];
}

interface OpdPlan {
  code: string;
  name: string;
  head: string;
  headTitles: string;
  sections: readonly Section[];
  /** Functional positions typical for the OPD (Ahli Pertama/Muda, Terampil). */
  functional: readonly string[];
}

const OPD: readonly OpdPlan[] = [
  {
    code: "SETDA",
    name: "Sekretariat Daerah",
    head: "Sekretaris Daerah",
    headTitles: "S.H., M.H.",
    sections: [
      { title: "Kepala Bagian Organisasi", subs: ["Kepala Subbagian Kelembagaan dan Analisis Jabatan"] },
      { title: "Kepala Bagian Hukum", subs: ["Kepala Subbagian Peraturan Perundang-undangan"] },
      { title: "Kepala Bagian Umum", subs: ["Kepala Subbagian Tata Usaha Pimpinan"] },
    ],
    functional: ["Perancang Peraturan Perundang-undangan Ahli Pertama", "Analis Kebijakan Ahli Pertama", "Pranata Hubungan Masyarakat Ahli Pertama"],
  },
  {
    code: "BKPSDM",
    name: "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
    head: "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
    headTitles: "S.Sos., M.Si.",
    sections: [
      { title: "Sekretaris BKPSDM", subs: ["Kepala Subbagian Umum dan Kepegawaian"] },
      {
        title: "Kepala Bidang Pengembangan Kompetensi Aparatur",
        subs: ["Kepala Subbidang Diklat dan Sertifikasi"],
        functional: ["Analis Sumber Daya Manusia Aparatur Ahli Pertama", "Analis Sumber Daya Manusia Aparatur Ahli Muda"],
      },
      { title: "Kepala Bidang Mutasi dan Promosi", subs: ["Kepala Subbidang Pengadaan dan Informasi Kepegawaian"] },
    ],
    functional: ["Analis Sumber Daya Manusia Aparatur Ahli Pertama", "Analis Sumber Daya Manusia Aparatur Ahli Muda", "Pranata Komputer Ahli Pertama"],
  },
  {
    code: "DISDIK",
    name: "Dinas Pendidikan",
    head: "Kepala Dinas Pendidikan",
    headTitles: "S.Pd., M.Pd.",
    sections: [
      { title: "Sekretaris Dinas Pendidikan", subs: ["Kepala Subbagian Umum dan Kepegawaian"] },
      { title: "Kepala Bidang Pembinaan Sekolah Dasar", subs: ["Kepala Seksi Kurikulum dan Penilaian SD"] },
      { title: "Kepala Bidang Pembinaan Sekolah Menengah Pertama", subs: ["Kepala Seksi Peserta Didik SMP"] },
    ],
    functional: ["Pengawas Sekolah Ahli Muda", "Pamong Belajar Ahli Pertama", "Penilik Ahli Muda"],
  },
  {
    code: "DINKES",
    name: "Dinas Kesehatan",
    head: "Kepala Dinas Kesehatan",
    headTitles: "S.KM., M.Kes.",
    sections: [
      { title: "Sekretaris Dinas Kesehatan", subs: ["Kepala Subbagian Program dan Keuangan"] },
      { title: "Kepala Bidang Pencegahan dan Pengendalian Penyakit", subs: ["Kepala Seksi Surveilans dan Imunisasi"] },
      { title: "Kepala Bidang Kesehatan Masyarakat", subs: ["Kepala Seksi Kesehatan Keluarga dan Gizi"] },
    ],
    functional: ["Epidemiolog Kesehatan Ahli Pertama", "Perawat Ahli Pertama", "Nutrisionis Ahli Pertama", "Administrator Kesehatan Ahli Muda"],
  },
  {
    code: "BAPPEDA",
    name: "Badan Perencanaan Pembangunan Daerah",
    head: "Kepala Badan Perencanaan Pembangunan Daerah",
    headTitles: "S.E., M.Si.",
    sections: [
      { title: "Sekretaris Bappeda", subs: ["Kepala Subbagian Umum dan Kepegawaian"] },
      { title: "Kepala Bidang Perencanaan, Pengendalian dan Evaluasi", subs: ["Kepala Subbidang Data dan Evaluasi"] },
      { title: "Kepala Bidang Infrastruktur dan Kewilayahan", subs: [] },
    ],
    functional: ["Perencana Ahli Pertama", "Perencana Ahli Muda", "Statistisi Ahli Pertama"],
  },
  {
    code: "DPUPR",
    name: "Dinas Pekerjaan Umum dan Penataan Ruang",
    head: "Kepala Dinas Pekerjaan Umum dan Penataan Ruang",
    headTitles: "S.T., M.T.",
    sections: [
      { title: "Sekretaris Dinas PUPR", subs: ["Kepala Subbagian Umum dan Kepegawaian"] },
      { title: "Kepala Bidang Bina Marga", subs: ["Kepala Seksi Pembangunan Jalan dan Jembatan"] },
      { title: "Kepala Bidang Penataan Ruang", subs: ["Kepala Seksi Pemanfaatan Ruang"] },
    ],
    functional: ["Teknik Jalan dan Jembatan Ahli Pertama", "Penata Ruang Ahli Pertama", "Teknik Pengairan Ahli Pertama"],
  },
  {
    code: "DISDUKCAPIL",
    name: "Dinas Kependudukan dan Pencatatan Sipil",
    head: "Kepala Dinas Kependudukan dan Pencatatan Sipil",
    headTitles: "S.IP., M.Si.",
    sections: [
      { title: "Sekretaris Dinas Dukcapil", subs: ["Kepala Subbagian Umum dan Kepegawaian"] },
      { title: "Kepala Bidang Pelayanan Pendaftaran Penduduk", subs: ["Kepala Seksi Identitas Penduduk"] },
    ],
    functional: ["Administrator Database Kependudukan Ahli Pertama", "Pranata Komputer Terampil"],
  },
  {
    code: "DISKOMINFO",
    name: "Dinas Komunikasi dan Informatika",
    head: "Kepala Dinas Komunikasi dan Informatika",
    headTitles: "S.Kom., M.Kom.",
    sections: [
      { title: "Sekretaris Dinas Kominfo", subs: ["Kepala Subbagian Umum dan Kepegawaian"] },
      { title: "Kepala Bidang Aplikasi Informatika", subs: ["Kepala Seksi Tata Kelola e-Government"] },
      { title: "Kepala Bidang Informasi dan Komunikasi Publik", subs: [] },
    ],
    functional: ["Pranata Komputer Ahli Pertama", "Pranata Hubungan Masyarakat Ahli Pertama", "Statistisi Ahli Pertama", "Sandiman Ahli Pertama"],
  },
  {
    code: "BPKAD",
    name: "Badan Pengelolaan Keuangan dan Aset Daerah",
    head: "Kepala Badan Pengelolaan Keuangan dan Aset Daerah",
    headTitles: "S.E., M.Ak.",
    sections: [
      { title: "Sekretaris BPKAD", subs: ["Kepala Subbagian Umum dan Kepegawaian"] },
      { title: "Kepala Bidang Anggaran", subs: ["Kepala Subbidang Penyusunan Anggaran"] },
      { title: "Kepala Bidang Aset", subs: ["Kepala Subbidang Penatausahaan Aset"] },
    ],
    functional: ["Analis Keuangan Pusat dan Daerah Ahli Pertama", "Analis Keuangan Pusat dan Daerah Ahli Muda"],
  },
  {
    code: "INSPEKTORAT",
    name: "Inspektorat Daerah",
    head: "Inspektur Daerah",
    headTitles: "S.E., M.Ak.",
    sections: [
      { title: "Sekretaris Inspektorat", subs: ["Kepala Subbagian Perencanaan dan Keuangan"] },
      { title: "Inspektur Pembantu Wilayah I", subs: [] },
      { title: "Inspektur Pembantu Wilayah II", subs: [] },
    ],
    functional: ["Auditor Ahli Pertama", "Auditor Ahli Muda", "Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah Ahli Pertama"],
  },
  {
    code: "KEC-TEBO-TENGAH",
    name: "Kecamatan Tebo Tengah",
    head: "Camat Tebo Tengah",
    headTitles: "S.STP., M.Si.",
    sections: [
      { title: "Sekretaris Camat", subs: ["Kepala Subbagian Umum dan Kepegawaian"] },
      { title: "Kepala Seksi Pemerintahan", subs: [] },
      { title: "Kepala Seksi Pelayanan Umum", subs: [] },
    ],
    functional: ["Penata Kelola Sistem dan Teknologi Informasi"],
  },
];

const CLERICAL = [
  "Pengadministrasi Perkantoran",
  "Penata Layanan Operasional",
  "Pengelola Layanan Operasional",
  "Operator Layanan Operasional",
  "Pengolah Data dan Informasi",
] as const;

// ---------------------------------------------------------------------------------------------
// Building the roster.

interface Person {
  gender: Gender;
  name: string;
}

class RosterBuilder {
  readonly employees: DemoEmployee[] = [];
  private readonly usedNips = new Set<string>();
  private readonly usedNames = new Set<string>();
  private readonly usedEmails = new Set<string>();
  private phoneCounter = 1001;

  constructor(private readonly random: Random) {}

  person(titles: string): Person {
    const gender: Gender = this.random.chance(0.5) ? "male" : "female";
    for (;;) {
      const culture = this.random.pick(NAMES[gender]);
      const base = `${this.random.pick(culture.given)} ${this.random.pick(culture.family)}`;
      if (this.usedNames.has(base)) continue;
      this.usedNames.add(base);
      return { gender, name: titles ? `${base}, ${titles}` : base };
    }
  }

  /** A PNS NIP: birth date, TMT CPNS (20–30 years after birth, no later than 2024), gender, sequence. */
  pnsNip(gender: Gender, birthYears: [number, number]): string {
    const birthYear = this.random.int(...birthYears);
    const birth = `${birthYear}${pad(this.random.int(1, 12))}${pad(this.random.int(1, 28))}`;
    const appointmentYear = Math.min(birthYear + this.random.int(22, 30), 2024);
    const appointment = `${appointmentYear}${pad(this.random.pick([1, 2, 3, 4, 5, 10, 12]))}`;
    return this.withSequence(`${birth}${appointment}${gender === "male" ? 1 : 2}`);
  }

  /** A PPPK number: birth date, year of appointment, "21", gender, sequence. */
  pppkNip(gender: Gender, birthYears: [number, number]): string {
    const birth = `${this.random.int(...birthYears)}${pad(this.random.int(1, 12))}${pad(this.random.int(1, 28))}`;
    return this.withSequence(`${birth}${this.random.int(2021, 2024)}21${gender === "male" ? 1 : 2}`);
  }

  private withSequence(prefix: string): string {
    for (let sequence = this.random.int(1, 12); ; sequence += 1) {
      const nip = `${prefix}${String(sequence).padStart(3, "0")}`;
      if (!this.usedNips.has(nip)) {
        this.usedNips.add(nip);
        return nip;
      }
    }
  }

  add(entry: Omit<DemoEmployee, "phone" | "email"> & { gender: Gender }): DemoEmployee {
    const number = String(this.phoneCounter++);
    const { gender: _gender, ...fields } = entry;
    const employee: DemoEmployee = { ...fields, phone: `0812-0000-${number}`, email: this.email(entry.name) };
    this.employees.push(employee);
    return employee;
  }

  private email(name: string): string {
    const local = name
      .split(",")[0]!
      .toLowerCase()
      .replace(/[^a-z ]/g, "")
      .trim()
      .replace(/\s+/g, ".");
    let candidate = local;
    for (let n = 2; this.usedEmails.has(candidate); n += 1) candidate = `${local}${n}`;
    this.usedEmails.add(candidate);
    return `${candidate}@contoh.tebokab.go.id`;
  }
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}

function degree(random: Random, masterChance: number): string {
  const bachelor = random.pick(BACHELOR);
  return random.chance(masterChance) ? `${bachelor}, ${random.pick(MASTER)}` : bachelor;
}

function functionalGrade(random: Random, position: string, employmentType: EmploymentType): string {
  const level = position.includes("Ahli Muda") ? "muda" : position.includes("Terampil") ? "terampil" : "pertama";
  if (employmentType === "PPPK") return level === "muda" ? random.pick(["X", "XI"]) : level === "terampil" ? "VII" : "IX";
  if (level === "muda") return random.pick(["III/c", "III/d"]);
  if (level === "terampil") return random.pick(["II/c", "II/d", "III/a"]);
  return random.pick(["III/a", "III/b"]);
}

function addStaff(
  builder: RosterBuilder,
  random: Random,
  opd: OpdPlan,
  supervisorNip: string,
  functional: boolean,
  fixedPosition?: string,
): void {
  const employmentType: EmploymentType = random.chance(0.3) ? "PPPK" : "PNS";
  const position = fixedPosition ?? (functional ? random.pick(opd.functional) : random.pick(CLERICAL));
  const titles = functional ? random.pick(BACHELOR) : random.chance(0.4) ? random.pick(["A.Md.", "S.E.", "S.Kom.", "S.Sos."]) : "";
  const person = builder.person(titles);
  const nip =
    employmentType === "PPPK" ? builder.pppkNip(person.gender, [1983, 1999]) : builder.pnsNip(person.gender, [1985, 1998]);
  const grade = functional
    ? functionalGrade(random, position, employmentType)
    : employmentType === "PPPK"
      ? random.pick(["V", "VI", "VII"])
      : random.pick(["II/a", "II/b", "II/c", "II/d", "III/a"]);
  builder.add({
    nip,
    name: person.name,
    gender: person.gender,
    unitCode: opd.code,
    position,
    positionType: functional ? "FUNGSIONAL" : "PELAKSANA",
    grade,
    employmentType,
    supervisorNip,
  });
}

/** The whole fictional roster, the same on every call. */
export function buildDemoRoster(): DemoRoster {
  const random = createRandom(SEED);
  const builder = new RosterBuilder(random);
  const units: DemoUnit[] = OPD.map((opd) => ({ code: opd.code, name: opd.name, parentCode: null }));
  let sekdaNip: string | null = null;
  const heads = new Map<string, string>();

  for (const opd of OPD) {
    const headPerson = builder.person(opd.headTitles);
    const head = builder.add({
      nip: builder.pnsNip(headPerson.gender, [1968, 1974]),
      name: headPerson.name,
      gender: headPerson.gender,
      unitCode: opd.code,
      position: opd.head,
      positionType: "STRUKTURAL",
      grade: opd.code === "SETDA" ? "IV/c" : random.pick(["IV/b", "IV/c"]),
      employmentType: "PNS",
      // Heads of OPD answer to the Sekda for performance; the Sekda to the Bupati (not an employee).
      supervisorNip: sekdaNip,
    });
    if (opd.code === "SETDA") sekdaNip = head.nip;
    heads.set(opd.code, head.nip);

    for (const section of opd.sections) {
      const sectionPerson = builder.person(degree(random, 0.7));
      const sectionHead = builder.add({
        nip: builder.pnsNip(sectionPerson.gender, [1972, 1981]),
        name: sectionPerson.name,
        gender: sectionPerson.gender,
        unitCode: opd.code,
        position: section.title,
        positionType: "STRUKTURAL",
        grade: random.pick(["III/d", "IV/a"]),
        employmentType: "PNS",
        supervisorNip: head.nip,
      });
      for (const sub of section.subs) {
        const subPerson = builder.person(degree(random, 0.2));
        const subHead = builder.add({
          nip: builder.pnsNip(subPerson.gender, [1977, 1987]),
          name: subPerson.name,
          gender: subPerson.gender,
          unitCode: opd.code,
          position: sub,
          positionType: "STRUKTURAL",
          grade: random.pick(["III/b", "III/c", "III/d"]),
          employmentType: "PNS",
          supervisorNip: sectionHead.nip,
        });
        const clerks = random.int(1, 3);
        for (let i = 0; i < clerks; i += 1) addStaff(builder, random, opd, subHead.nip, false);
      }
      if (section.functional) {
        for (const position of section.functional) addStaff(builder, random, opd, sectionHead.nip, true, position);
      } else {
        const functionals = section.subs.length === 0 ? random.int(2, 3) : random.int(0, 1);
        for (let i = 0; i < functionals; i += 1) addStaff(builder, random, opd, sectionHead.nip, true);
      }
    }
  }

  const employees = builder.employees;
  const bkpsdm = employees.filter((employee) => employee.unitCode === "BKPSDM");
  const kabidKompetensi = bkpsdm.find((employee) => employee.position.includes("Pengembangan Kompetensi"))!;
  const adminStaff = bkpsdm.find((employee) => employee.position.startsWith("Analis Sumber Daya Manusia"))!;
  const grants: DemoGrant[] = [
    { nip: kabidKompetensi.nip, role: "admin", unitCode: null },
    { nip: adminStaff.nip, role: "admin", unitCode: null },
    { nip: heads.get("SETDA")!, role: "leader", unitCode: null },
    { nip: heads.get("BKPSDM")!, role: "leader", unitCode: null },
    { nip: heads.get("DISDIK")!, role: "leader", unitCode: "DISDIK" },
  ];
  return { units, employees, grants };
}

/** The roster as an import file, so the demo goes through the same checks and upsert as a real one. */
export function renderDemoCsv(roster: DemoRoster): string {
  const unitNames = new Map(roster.units.map((unit) => [unit.code, unit]));
  return renderRosterCsv(
    roster.employees.map((employee): Record<RosterColumn, string> => {
      const unit = unitNames.get(employee.unitCode);
      return {
        nip: employee.nip,
        name: employee.name,
        unit_code: employee.unitCode,
        unit_name: unit?.name ?? employee.unitCode,
        parent_unit_code: unit?.parentCode ?? "",
        position: employee.position,
        position_type: employee.positionType.toLowerCase(),
        grade: employee.grade,
        employment_type: employee.employmentType,
        supervisor_nip: employee.supervisorNip ?? "",
        phone: employee.phone,
        email: employee.email,
      };
    }),
  );
}

function demoPerson(employee: DemoEmployee): DemoPerson {
  return {
    nip: employee.nip,
    name: employee.name,
    phone: normalizePhone(employee.phone) ?? employee.phone,
    unitCode: employee.unitCode,
    position: employee.position,
  };
}

function pickDemoPeople(roster: DemoRoster) {
  const byNip = new Map(roster.employees.map((employee) => [employee.nip, employee]));
  const granted = new Set(roster.grants.map((grant) => grant.nip));
  const asn = roster.employees.find(
    (employee) => employee.unitCode === "BKPSDM" && employee.positionType === "PELAKSANA" && !granted.has(employee.nip),
  )!;
  const supervisor = byNip.get(asn.supervisorNip!)!;
  const leader = byNip.get(roster.grants.find((grant) => grant.role === "leader")!.nip)!;
  const unitLeader = byNip.get(roster.grants.find((grant) => grant.role === "leader" && grant.unitCode !== null)!.nip)!;
  const admin = byNip.get(roster.grants.find((grant) => grant.role === "admin" && byNip.get(grant.nip)?.positionType !== "STRUKTURAL")!.nip)!;
  return {
    /** A staff member with a supervisor and no special role. */
    asn: demoPerson(asn),
    /** That staff member's direct supervisor. */
    supervisor: demoPerson(supervisor),
    /** The Sekda: leader for the whole district. */
    leader: demoPerson(leader),
    /** Kepala Dinas Pendidikan: leader scoped to DISDIK. */
    unitLeader: demoPerson(unitLeader),
    /** A BKPSDM analyst with the admin role. */
    admin: demoPerson(admin),
  };
}

/** Well-known fictional people, offered as quick picks in the terminal emulator. */
export const DEMO_PEOPLE: Readonly<Record<"asn" | "supervisor" | "leader" | "unitLeader" | "admin", DemoPerson>> =
  pickDemoPeople(buildDemoRoster());

/**
 * Loads the fictional roster and its role grants into an empty database. Does nothing (and returns
 * false) when any employee exists already.
 */
export async function loadDemoData(deps: ServiceDeps): Promise<boolean> {
  if ((await deps.db.employee.count()) > 0) return false;
  const roster = buildDemoRoster();
  const result = await importRoster(deps, renderDemoCsv(roster), { actorLabel: DEMO_ACTOR_LABEL });
  if (!result.ok) {
    const first = result.errors[0];
    throw new Error(`Demo roster failed its own import checks: ${first ? `${first.code} at line ${first.line}` : "unknown"}`);
  }
  for (const grant of roster.grants) {
    const outcome = await grantRole(deps, { ...grant, actorLabel: DEMO_ACTOR_LABEL });
    if (!outcome.ok) throw new Error(`Demo grant failed: ${outcome.code} for ${grant.nip}`);
  }
  await recordAudit(deps.db, {
    actorLabel: DEMO_ACTOR_LABEL,
    action: DEMO_LOAD_ACTION,
    targetType: "roster",
    details: {
      note: "demo data loaded (fictional)",
      fictional: true,
      units: roster.units.length,
      employees: roster.employees.length,
      grants: roster.grants.length,
    },
    at: deps.clock.now(),
  });
  return true;
}
