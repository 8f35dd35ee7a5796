import type { Random } from "./reports-random.js";
import type { RowWriter } from "./reports-sql.js";

/**
 * The roster of the benchmark district: 40 OPD with their subunits (schools under the education
 * office, puskesmas under the health office, divisions elsewhere), employees spread as in a real
 * district (education and health are the big employers), a reporting line in every unit up to the
 * Sekda, linked chat accounts for most people (a few blocked the bot), an admin and two leaders.
 */

interface OpdSpec {
  code: string;
  name: string;
  /** Relative share of the district's employees. */
  weight: number;
  subunits: number;
  subunitName: string;
}

const OPD: OpdSpec[] = [
  { code: "SETDA", name: "Sekretariat Daerah", weight: 3, subunits: 4, subunitName: "Bagian" },
  { code: "SETWAN", name: "Sekretariat DPRD", weight: 1.5, subunits: 2, subunitName: "Bagian" },
  { code: "INSP", name: "Inspektorat Daerah", weight: 1.2, subunits: 2, subunitName: "Irban" },
  { code: "BAPPEDA", name: "Badan Perencanaan Pembangunan Daerah", weight: 1.2, subunits: 3, subunitName: "Bidang" },
  { code: "BKPSDM", name: "Badan Kepegawaian dan Pengembangan SDM", weight: 1.2, subunits: 3, subunitName: "Bidang" },
  { code: "BPKAD", name: "Badan Pengelolaan Keuangan dan Aset Daerah", weight: 1.5, subunits: 3, subunitName: "Bidang" },
  { code: "BAPENDA", name: "Badan Pendapatan Daerah", weight: 1, subunits: 2, subunitName: "Bidang" },
  { code: "BPBD", name: "Badan Penanggulangan Bencana Daerah", weight: 0.8, subunits: 2, subunitName: "Bidang" },
  { code: "KESBANGPOL", name: "Badan Kesatuan Bangsa dan Politik", weight: 0.6, subunits: 2, subunitName: "Bidang" },
  { code: "DISDIK", name: "Dinas Pendidikan dan Kebudayaan", weight: 32, subunits: 24, subunitName: "SD Negeri" },
  { code: "DINKES", name: "Dinas Kesehatan", weight: 12, subunits: 12, subunitName: "UPTD Puskesmas" },
  { code: "RSUD", name: "RSUD Sultan Thaha Saifuddin", weight: 8, subunits: 4, subunitName: "Instalasi" },
  { code: "PUPR", name: "Dinas Pekerjaan Umum dan Penataan Ruang", weight: 2, subunits: 4, subunitName: "Bidang" },
  { code: "PERKIM", name: "Dinas Perumahan dan Kawasan Permukiman", weight: 0.8, subunits: 2, subunitName: "Bidang" },
  { code: "SATPOLPP", name: "Satuan Polisi Pamong Praja", weight: 1.5, subunits: 2, subunitName: "Bidang" },
  { code: "DINSOS", name: "Dinas Sosial", weight: 0.8, subunits: 2, subunitName: "Bidang" },
  { code: "DPMD", name: "Dinas Pemberdayaan Masyarakat dan Desa", weight: 0.8, subunits: 2, subunitName: "Bidang" },
  { code: "DUKCAPIL", name: "Dinas Kependudukan dan Pencatatan Sipil", weight: 0.8, subunits: 2, subunitName: "Bidang" },
  { code: "DISHUB", name: "Dinas Perhubungan", weight: 0.9, subunits: 2, subunitName: "Bidang" },
  { code: "DISKOMINFO", name: "Dinas Komunikasi dan Informatika", weight: 0.7, subunits: 2, subunitName: "Bidang" },
  { code: "DISKOP", name: "Dinas Koperasi dan UKM", weight: 0.6, subunits: 2, subunitName: "Bidang" },
  { code: "DPMPTSP", name: "Dinas Penanaman Modal dan PTSP", weight: 0.6, subunits: 2, subunitName: "Bidang" },
  { code: "DISPAR", name: "Dinas Pariwisata", weight: 0.5, subunits: 2, subunitName: "Bidang" },
  { code: "DISPUSIP", name: "Dinas Perpustakaan dan Kearsipan", weight: 0.5, subunits: 2, subunitName: "Bidang" },
  { code: "DISTAN", name: "Dinas Pertanian", weight: 1.8, subunits: 4, subunitName: "UPTD BPP" },
  { code: "DISKAN", name: "Dinas Perikanan", weight: 0.6, subunits: 2, subunitName: "Bidang" },
  { code: "DLH", name: "Dinas Lingkungan Hidup", weight: 1, subunits: 2, subunitName: "Bidang" },
  { code: "DKP", name: "Dinas Ketahanan Pangan", weight: 0.5, subunits: 2, subunitName: "Bidang" },
  { code: "DISNAKER", name: "Dinas Tenaga Kerja dan Transmigrasi", weight: 0.6, subunits: 2, subunitName: "Bidang" },
  { code: "DISDAG", name: "Dinas Perindustrian dan Perdagangan", weight: 0.6, subunits: 2, subunitName: "Bidang" },
  { code: "DP3A", name: "Dinas Pemberdayaan Perempuan dan Perlindungan Anak", weight: 0.5, subunits: 2, subunitName: "Bidang" },
  { code: "DISPORA", name: "Dinas Pemuda dan Olahraga", weight: 0.5, subunits: 2, subunitName: "Bidang" },
  { code: "KEC-TEBOTENGAH", name: "Kecamatan Tebo Tengah", weight: 0.8, subunits: 3, subunitName: "Kelurahan" },
  { code: "KEC-TEBOILIR", name: "Kecamatan Tebo Ilir", weight: 0.5, subunits: 1, subunitName: "Seksi" },
  { code: "KEC-TEBOULU", name: "Kecamatan Tebo Ulu", weight: 0.5, subunits: 1, subunitName: "Seksi" },
  { code: "KEC-TENGAHILIR", name: "Kecamatan Tengah Ilir", weight: 0.5, subunits: 1, subunitName: "Seksi" },
  { code: "KEC-RIMBOBUJANG", name: "Kecamatan Rimbo Bujang", weight: 0.7, subunits: 2, subunitName: "Kelurahan" },
  { code: "KEC-RIMBOILIR", name: "Kecamatan Rimbo Ilir", weight: 0.5, subunits: 1, subunitName: "Seksi" },
  { code: "KEC-VIIKOTO", name: "Kecamatan VII Koto", weight: 0.5, subunits: 1, subunitName: "Seksi" },
  { code: "KEC-MUARATABIR", name: "Kecamatan Muara Tabir", weight: 0.5, subunits: 1, subunitName: "Seksi" },
];

/** The OPD whose subtree the benchmark also reports on. */
export const FOCUS_OPD = "DINKES";

const FIRST_NAMES = ["Ahmad", "Siti", "Budi", "Dewi", "Rahmat", "Nur", "Agus", "Putri", "Hendra", "Rina", "Fajar", "Lina", "Irwan", "Yuliana", "Dedi", "Maya", "Joko", "Wati", "Rizki", "Ayu"];
const LAST_NAMES = ["Saputra", "Lestari", "Hidayat", "Suryani", "Nugroho", "Marlina", "Santoso", "Aisyah", "Anwar", "Rosmawati", "Salim", "Wijaya", "Harahap", "Siregar", "Pratama", "Kurniawan"];
const PNS_GRADES = ["II/a", "II/b", "II/c", "III/a", "III/b", "III/c", "III/d", "IV/a", "IV/b"];
const PPPK_GRADES = ["V", "VII", "IX", "X"];

export interface SeededUnit {
  id: number;
  code: string;
  name: string;
  parentId: number | null;
  /** The OPD at the top of the unit's branch (itself for an OPD). */
  opdId: number;
}

export interface SeededEmployee {
  id: number;
  unitId: number;
  opdId: number;
  supervisorId: number | null;
  active: boolean;
  /** Null when the person never linked a chat account. */
  chatAccountId: number | null;
  chatId: string;
  blocked: boolean;
}

export interface SeededPeople {
  units: SeededUnit[];
  opds: SeededUnit[];
  employees: SeededEmployee[];
  adminId: number;
  sekdaId: number;
  focus: SeededUnit;
}

/** A well-formed, unique NIP: birth date, appointment month, gender digit and sequence from the index. */
function nipOf(index: number): string {
  const birth = new Date(Date.UTC(1966, 0, 1) + (index % 9000) * 86_400_000);
  const appointed = { year: birth.getUTCFullYear() + 23 + (index % 7), month: 1 + (index % 12) };
  const ymd = `${birth.getUTCFullYear()}${String(birth.getUTCMonth() + 1).padStart(2, "0")}${String(birth.getUTCDate()).padStart(2, "0")}`;
  return `${ymd}${appointed.year}${String(appointed.month).padStart(2, "0")}${1 + (index % 2)}${String(1 + Math.floor(index / 9000)).padStart(3, "0")}`;
}

export function seedPeople(writer: RowWriter, random: Random, options: { employees: number; at: Date }): SeededPeople {
  const { at } = options;
  const units: SeededUnit[] = [];
  const opds: SeededUnit[] = [];
  /** Each unit with the number of employees placed in it. */
  const placements: Array<{ unit: SeededUnit; size: number }> = [];
  const totalWeight = OPD.reduce((sum, opd) => sum + opd.weight, 0);

  for (const spec of OPD) {
    const opdId = writer.nextId("Unit");
    const opd: SeededUnit = { id: opdId, code: spec.code, name: spec.name, parentId: null, opdId };
    writer.write("Unit", { id: opdId, code: spec.code, name: spec.name, parentId: null, createdAt: at, updatedAt: at });
    units.push(opd);
    opds.push(opd);
    const size = Math.max(spec.subunits + 2, Math.round((options.employees * spec.weight) / totalWeight));
    // The office itself keeps a third of the people; the rest work in the subunits.
    const own = Math.max(1, Math.round(size / 3));
    placements.push({ unit: opd, size: own });
    for (let n = 1; n <= spec.subunits; n++) {
      const code = `${spec.code}-${String(n).padStart(2, "0")}`;
      const name = `${spec.subunitName} ${n} ${spec.name.replace(/^(Dinas|Badan|Kecamatan|Sekretariat) /, "")}`;
      const id = writer.insert("Unit", { code, name, parentId: opdId, createdAt: at, updatedAt: at });
      const unit: SeededUnit = { id, code, name, parentId: opdId, opdId };
      units.push(unit);
      placements.push({ unit, size: Math.max(1, Math.round((size - own) / spec.subunits)) });
    }
  }

  // Rounding leaves the total a little off: the largest unit absorbs the difference.
  const placed = placements.reduce((sum, placement) => sum + placement.size, 0);
  const largest = placements.reduce((a, b) => (b.size > a.size ? b : a));
  largest.size = Math.max(1, largest.size + options.employees - placed);

  const employees: SeededEmployee[] = [];
  const headOf = new Map<number, number>();
  let index = 0;
  // Offices come before their subunits, and in each unit the head and section heads before their staff,
  // so every supervisor exists when their people are written.
  for (const { unit, size } of placements) {
    const isOpd = unit.parentId === null;
    const headSupervisor = isOpd ? (unit.code === "SETDA" ? null : headOf.get(opds[0]!.id)!) : headOf.get(unit.parentId!)!;
    const sections: number[] = [];
    for (let n = 0; n < size; n++) {
      const role = n === 0 ? "head" : n <= Math.min(4, Math.floor(size / 8)) ? "section" : "staff";
      const supervisorId = role === "head" ? headSupervisor : role === "section" ? headOf.get(unit.id)! : (sections[n % Math.max(1, sections.length)] ?? headOf.get(unit.id)!);
      const pppk = role === "staff" && random.chance(0.18);
      const active = role !== "staff" || !random.chance(0.02);
      const id = writer.insert("Employee", {
        nip: nipOf(index),
        name: `${FIRST_NAMES[index % FIRST_NAMES.length]} ${LAST_NAMES[Math.floor(index / FIRST_NAMES.length) % LAST_NAMES.length]} ${index}`,
        unitId: unit.id,
        position: role === "head" ? `Kepala ${unit.name}` : role === "section" ? "Kepala Seksi" : random.pick(["Analis", "Pengelola", "Guru", "Perawat", "Penyuluh", "Pranata Komputer"]),
        positionType: role === "staff" ? (random.chance(0.6) ? "FUNGSIONAL" : "PELAKSANA") : "STRUKTURAL",
        grade: pppk ? random.pick(PPPK_GRADES) : random.pick(PNS_GRADES),
        employmentType: pppk ? "PPPK" : "PNS",
        supervisorId,
        phone: `08${String(1_100_000_000 + index)}`,
        email: null,
        active,
        preferredPlatform: null,
        createdAt: at,
        updatedAt: at,
      });
      if (role === "head") headOf.set(unit.id, id);
      if (role === "section") sections.push(id);

      const linked = active && random.chance(0.94);
      const blocked = linked && random.chance(0.03);
      const chatId = String(500_000_000 + index);
      const chatAccountId = linked
        ? writer.insert("ChatAccount", {
            platform: "TELEGRAM",
            externalId: chatId,
            employeeId: id,
            chatId,
            locale: random.chance(0.05) ? "en" : null,
            blockedAt: blocked ? at : null,
            linkedAt: at,
          })
        : null;
      employees.push({ id, unitId: unit.id, opdId: unit.opdId, supervisorId, active, chatAccountId, chatId: linked ? chatId : "", blocked });
      index += 1;
    }
  }

  const byCode = (code: string) => opds.find((opd) => opd.code === code)!;
  const sekdaId = headOf.get(byCode("SETDA").id)!;
  const adminId = headOf.get(byCode("BKPSDM").id)!;
  const focus = byCode(FOCUS_OPD);
  writer.insert("RoleGrant", { employeeId: adminId, role: "ADMIN", unitId: null, grantedBy: "bench", createdAt: at });
  writer.insert("RoleGrant", { employeeId: sekdaId, role: "LEADER", unitId: null, grantedBy: "bench", createdAt: at });
  writer.insert("RoleGrant", { employeeId: headOf.get(focus.id)!, role: "LEADER", unitId: focus.id, grantedBy: "bench", createdAt: at });
  return { units, opds, employees, adminId, sekdaId, focus };
}
