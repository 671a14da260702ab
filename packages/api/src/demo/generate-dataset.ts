// Deterministic demo dataset in the import format of SPEC §8: the four local governments of the
// seed documents, N employees with valid NIPs, three annual cycles of appraisals, competency
// levels that improve over the years, and training records around the 20 JP rule.
//
// Same (seed, employees) → byte-identical files. All randomness comes from `Prng` re-seeded
// from `hashSeed(seed, salt, ids…)`, so any fact about an employee can be recomputed in a later
// pass instead of being kept: memory is a few typed arrays per employee, rows are streamed.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { PNS_RANKS, PPPK_RANKS } from '@kinerja/shared';
import { CsvFileWriter } from './csv-writer.js';
import {
  DEMO_COMPETENCIES,
  DEMO_CYCLES,
  DEMO_POSITIONS,
  DEMO_TRAINING_PROGRAMS,
  LAST_APPOINTMENT_YEAR,
  positionStandard,
  type DemoPosition,
  type DemoTrainingProgram,
} from './demo-catalogue.js';
import { NATIONAL_NAMES, type NamePool } from './demo-names.js';
import { planOrganisation, type PlannedAgency, type PlannedGroup, type PlannedRegion } from './demo-organisation.js';
import { hashSeed, Prng } from './prng.js';

export interface GenerateDatasetOptions {
  /** Created if missing; existing dataset files in it are overwritten. */
  outDir: string;
  employees: number;
  seed: number;
  /**
   * Called every few thousand employees. `total` = employees × (1 + cycles): one pass writes the
   * employees, then one pass per cycle writes appraisals, competency levels and training.
   */
  onProgress?: (done: number, total: number) => void;
}

export interface GenerateDatasetResult {
  /** Data rows (header excluded) per file name. */
  files: Record<string, number>;
}

/** Header row of every dataset file, as in the table of SPEC §8. */
export const DATASET_HEADERS = {
  'agencies.csv': ['code', 'name', 'parent_code', 'kind'],
  'competencies.csv': ['code', 'name', 'category'],
  'positions.csv': ['code', 'title', 'position_type'],
  'position_requirements.csv': ['position_code', 'competency_code', 'required_level'],
  'employees.csv': ['nip', 'name', 'employment_type', 'rank', 'position_code', 'agency_code', 'supervisor_nip'],
  'cycles.csv': ['code', 'name', 'kind', 'start_month', 'end_month'],
  'appraisals.csv': ['cycle_code', 'nip', 'status', 'work_result_rating', 'behavior_rating'],
  'competency_assessments.csv': ['cycle_code', 'nip', 'competency_code', 'rater_role', 'level'],
  'training_programs.csv': [
    'code', 'title', 'competency_code', 'level_from', 'level_to', 'hours_jp', 'mode', 'cost_per_participant',
  ],
  'training_records.csv': ['nip', 'program_code', 'completed_on', 'hours_jp'],
} as const satisfies Record<string, readonly string[]>;

export type DatasetFileName = keyof typeof DATASET_HEADERS;

/** Below this the four regions cannot each have a Sekda and their core agencies. */
export const MIN_DEMO_EMPLOYEES = 100;

// Salts keep the random streams of different facts independent of each other.
const SALT = {
  structure: 1,
  employee: 2,
  person: 3,
  rater: 4,
  competency: 5,
  staffPosition: 6,
  cycle: 100,
  training: 200,
} as const;

/** Training target: share of employees reaching 20 JP, by cycle (rising year on year). */
const JP20_BASE_BY_CYCLE = [0.6, 0.64, 0.68] as const;
const JP_TARGET = 20; // PermenPANRB: ≥ 20 JP of competency development per year
/** Level points gained by a competency once the employee has been trained in it. */
const TRAINING_GAIN = 0.35;
/** Below the standard on average in the first cycle: the gap charts start half a level short. */
const BASE_OFFSET = -0.45;

const PROGRESS_EVERY = 4096;

// ---------------------------------------------------------------------------------------------
// Precomputed lookups

interface Requirement {
  competency: number; // index in DEMO_COMPETENCIES
  code: string;
  level: number;
  tendency: number;
  /** Supervisors skip the abstract competencies more often (unassessed pairs). */
  skipRate: number;
}

interface PositionInfo {
  position: DemoPosition;
  requirements: Requirement[];
  pnsRange: readonly [number, number];
  entryRank: number;
  pppkRange: readonly [number, number] | undefined;
  leading: boolean;
  /** Programmes for the competencies of its standard, offered to its position type. */
  programs: DemoTrainingProgram[];
  programWeights: number[];
}

const competencyIndex = new Map(DEMO_COMPETENCIES.map((c, i) => [c.code, i]));
const positionIndex = new Map(DEMO_POSITIONS.map((p, i) => [p.code, i]));

function rankIndex(ranks: readonly string[], rank: string): number {
  const i = ranks.indexOf(rank);
  if (i < 0) throw new Error(`unknown rank ${rank}`);
  return i;
}

const POSITION_INFO: readonly PositionInfo[] = DEMO_POSITIONS.map((position) => {
  const requirements = positionStandard(position).map(([code, level]): Requirement => {
    const competency = competencyIndex.get(code);
    const meta = competency === undefined ? undefined : DEMO_COMPETENCIES[competency];
    if (competency === undefined || !meta) throw new Error(`position ${position.code}: unknown competency ${code}`);
    return { competency, code, level, tendency: meta.tendency, skipRate: code === 'M07' || code === 'M08' ? 0.08 : 0.03 };
  });
  const required = new Set(requirements.map((r) => r.code));
  const programs = DEMO_TRAINING_PROGRAMS.filter(
    (p) => required.has(p.competencyCode) && (!p.audience || p.audience.includes(position.positionType)),
  );
  // Training picks are tracked in a 32-bit mask per employee-year.
  if (programs.length > 32) throw new Error(`position ${position.code}: more than 32 programmes`);
  return {
    position,
    requirements,
    pnsRange: [rankIndex(PNS_RANKS, position.pnsRanks[0]), rankIndex(PNS_RANKS, position.pnsRanks[1])],
    entryRank: rankIndex(PNS_RANKS, position.entryRank),
    pppkRange: position.pppkRanks
      ? [rankIndex(PPPK_RANKS, position.pppkRanks[0]), rankIndex(PPPK_RANKS, position.pppkRanks[1])]
      : undefined,
    leading: position.positionType === 'JPT_PRATAMA' || position.positionType === 'ADMINISTRATOR',
    programs,
    // Short self-paced courses are taken far more often; leadership courses are rare.
    programWeights: programs.map((p) => (p.audience && p.hoursJp >= 100 ? 0.15 : p.hoursJp <= 8 ? 1.6 : 1)),
  };
});

function positionOf(code: string): number {
  const i = positionIndex.get(code);
  if (i === undefined) throw new Error(`unknown position ${code}`);
  return i;
}

// ---------------------------------------------------------------------------------------------
// Small helpers

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));
const pad3 = (n: number): string => (n < 10 ? `00${n}` : n < 100 ? `0${n}` : String(n));
const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));
const toLevel = (x: number): number => clamp(Math.round(x), 1, 5);

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

// ---------------------------------------------------------------------------------------------
// Per-agency effects: what makes one agency's dashboard differ from another's

interface AgencyProfile {
  /** Added to every competency level and to the performance ratings. */
  quality: number;
  /** Level points gained per cycle. */
  momentum: number;
  /** 0..1: how far the latest cycle's appraisals have got. */
  diligence: number;
  /** Added to the probability of reaching 20 JP. */
  trainingCulture: number;
}

function profileAgencies(plan: readonly PlannedRegion[], rng: Prng): AgencyProfile[] {
  const profiles: AgencyProfile[] = [];
  for (const { agencies } of plan) {
    const regionQuality = 0.15 * rng.gaussian();
    const regionTraining = 0.04 * rng.gaussian();
    for (const agency of agencies) {
      // The BKD runs the appraisal process and finishes its own first.
      const diligence = agency.code.endsWith('-BKD') ? 0.95 : 0.3 + 0.65 * rng.next();
      profiles[agency.index] = {
        quality: regionQuality + 0.28 * rng.gaussian(),
        momentum: clamp(0.2 + 0.1 * rng.gaussian(), 0, 0.45),
        diligence,
        trainingCulture: regionTraining + 0.05 * rng.gaussian(),
      };
    }
  }
  // Centre the effects on the workforce, so that the overall figures (fit index, 20 JP share)
  // stay in the same range whatever the seed; only the differences between agencies vary.
  let people = 0;
  let quality = 0;
  let training = 0;
  for (const { agencies } of plan) {
    for (const agency of agencies) {
      const profile = profiles[agency.index];
      const size = agency.groups.reduce((sum, group) => sum + group.size, 0);
      if (!profile) continue;
      people += size;
      quality += size * profile.quality;
      training += size * profile.trainingCulture;
    }
  }
  for (const profile of profiles) {
    profile.quality -= quality / people;
    profile.trainingCulture -= training / people;
  }
  return profiles;
}

// ---------------------------------------------------------------------------------------------
// Employees

/** What later passes need to know about each employee, in file order. */
interface Roster {
  count: number;
  nip: string[];
  position: Uint8Array;
  /** Index of the employee's top-level agency (its profile). */
  agency: Uint16Array;
  /** Row index of the supervisor, −1 for a Sekda. */
  supervisor: Int32Array;
  /** First month in service as year × 12 + (month − 1). */
  appointed: Int32Array;
}

interface Person {
  nip: string;
  name: string;
  employmentType: 'PNS' | 'PPPK';
  rank: string;
  appointed: number;
}

/**
 * Builds NIPs (SPEC §7) and keeps them unique: the first 15 digits (birth date, appointment,
 * gender) form a key, and the 3-digit sequence counts up per key, as BKN numbers a batch.
 */
class NipRegistry {
  private readonly used = new Map<number, number>();

  /** Next free sequence for the prefix, or 0 when all 999 are taken. */
  claim(birthYear: number, birthMonth: number, birthDay: number, appointmentCode: number, gender: number): number {
    const key = ((((birthYear - 1900) * 12 + birthMonth - 1) * 31 + birthDay - 1) * 1000 + appointmentCode) * 2 + gender - 1;
    const sequence = (this.used.get(key) ?? 0) + 1;
    if (sequence > 999) return 0;
    this.used.set(key, sequence);
    return sequence;
  }
}

const PPPK_FIRST_YEARS = [2021, 2022, 2023, 2024, 2025] as const;
const PPPK_YEAR_WEIGHTS = [0.25, 0.25, 0.2, 0.2, 0.1] as const;

function personName(rng: Prng, regional: NamePool, male: boolean, position: DemoPosition): string {
  const pool = rng.chance(0.75) ? regional : NATIONAL_NAMES;
  const given = male ? pool.male : pool.female;
  const prefixes = male ? pool.malePrefixes : pool.femalePrefixes;
  const first = rng.pick(given);
  let name = prefixes.length > 0 && rng.chance(0.12) ? `${rng.pick(prefixes)} ${first}` : first;
  if (rng.chance(0.3)) {
    const second = rng.pick(given);
    if (second !== first) name += ` ${second}`;
  }
  if (rng.chance(0.8)) {
    const family = rng.pick(pool.family);
    if (!name.includes(family)) name += ` ${family}`;
  }
  const titles = position.titles;
  if (rng.chance(titles.share)) {
    const prefix = titles.prefixes ? rng.pick(titles.prefixes) : '';
    name = `${prefix}${name}${rng.pick(titles.suffixes)}`;
  }
  return name;
}

function createPerson(rng: Prng, nips: NipRegistry, info: PositionInfo, regional: NamePool, leading: boolean): Person {
  const position = info.position;
  const pppk = !leading && info.pppkRange !== undefined && rng.chance(position.pppkShare);
  // Midwives are women; leadership is still mostly male.
  const male = rng.chance(position.code === 'FNG-BIDAN' ? 0 : leading ? 0.68 : 0.48);
  const gender = male ? 1 : 2;
  const name = personName(rng, regional, male, position);

  let rank: string;
  let appointmentYear: number;
  let appointmentMonth: number;
  let ageAtAppointment: number;
  if (pppk && info.pppkRange) {
    rank = PPPK_RANKS[rng.int(info.pppkRange[0], info.pppkRange[1])] ?? 'IX';
    appointmentYear = PPPK_FIRST_YEARS[rng.weightedIndex(PPPK_YEAR_WEIGHTS, 1)] ?? 2022;
    appointmentMonth = rng.int(1, 6);
    // Many PPPK are long-serving honorary staff appointed late in their career.
    const serviceYears = LAST_APPOINTMENT_YEAR - appointmentYear;
    ageAtAppointment = Math.min(rng.int(24, 50), 57 - serviceYears);
  } else {
    const rankIdx = rng.int(info.pnsRange[0], info.pnsRange[1]);
    const entry = Math.min(info.entryRank, rankIdx);
    // Regular promotion: one step every four years.
    let service = (rankIdx - entry) * 4 + rng.int(0, 3) + (leading ? rng.int(0, 4) : 0);
    ageAtAppointment = entry >= 8 ? rng.int(23, 31) : entry >= 6 ? rng.int(21, 27) : rng.int(19, 26);
    const maxAge = position.retirementAge - 1;
    if (service + ageAtAppointment > maxAge) service = Math.max(0, maxAge - ageAtAppointment - rng.int(0, 2));
    rank = PNS_RANKS[rankIdx] ?? 'III/a';
    appointmentYear = LAST_APPOINTMENT_YEAR - service;
    appointmentMonth = rng.int(1, 12);
  }

  for (;;) {
    // Appointed at 19 or later, so the appointment always follows the 18th birthday (SPEC §7).
    const birthYear = appointmentYear - Math.max(19, ageAtAppointment);
    const birthMonth = rng.int(1, 12);
    const birthDay = rng.int(1, daysInMonth(birthYear, birthMonth));
    // NI PPPK follows the NIP layout with "21" in place of the appointment month.
    const appointmentCode = pppk ? 950 + (appointmentYear - 2019) : (appointmentYear - 1950) * 12 + appointmentMonth - 1;
    const sequence = nips.claim(birthYear, birthMonth, birthDay, appointmentCode, gender);
    if (sequence === 0) continue; // 999 people share this prefix already: draw another birthday
    const appointmentPart = pppk ? `${appointmentYear}21` : `${appointmentYear}${pad2(appointmentMonth)}`;
    return {
      nip: `${birthYear}${pad2(birthMonth)}${pad2(birthDay)}${appointmentPart}${gender}${pad3(sequence)}`,
      name,
      employmentType: pppk ? 'PPPK' : 'PNS',
      rank,
      appointed: appointmentYear * 12 + appointmentMonth - 1,
    };
  }
}

class EmployeeWriter {
  readonly roster: Roster;
  private readonly rng = new Prng(0);
  private readonly nips = new NipRegistry();
  private next = 0;

  constructor(
    private readonly seed: number,
    count: number,
    private readonly out: CsvFileWriter,
    private readonly progress: (done: number) => void,
  ) {
    this.roster = {
      count,
      nip: new Array<string>(count),
      position: new Uint8Array(count),
      agency: new Uint16Array(count),
      supervisor: new Int32Array(count),
      appointed: new Int32Array(count),
    };
  }

  get written(): number {
    return this.next;
  }

  /** Writes one employee and returns their row index. */
  add(positionCode: string, agency: PlannedAgency, agencyCode: string, supervisor: number, leading: boolean): number {
    const index = this.next++;
    const position = positionOf(positionCode);
    const info = POSITION_INFO[position];
    if (!info) throw new Error(`unknown position ${positionCode}`);
    this.rng.reseed(hashSeed(this.seed, SALT.employee, index));
    const person = createPerson(this.rng, this.nips, info, agency.region.names, leading);
    const roster = this.roster;
    roster.nip[index] = person.nip;
    roster.position[index] = position;
    roster.agency[index] = agency.index;
    roster.supervisor[index] = supervisor;
    roster.appointed[index] = person.appointed;
    const supervisorNip = supervisor >= 0 ? (roster.nip[supervisor] ?? '') : '';
    this.out.row([person.nip, person.name, person.employmentType, person.rank, positionCode, agencyCode, supervisorNip]);
    if (this.next % PROGRESS_EVERY === 0) this.progress(this.next);
    return index;
  }

  /** Members of one office or unit; supervisors always come before their subordinates. */
  addGroup(group: PlannedGroup, agency: PlannedAgency, headSupervisor: number): number {
    const code = group.agencyCode;
    const head = this.add(group.headPosition, agency, code, headSupervisor, true);
    let placed = 1;
    const leads: number[] = [];
    if (group.isOffice) {
      let lead = head;
      if (group.secretaryPosition && group.size - placed >= 2) {
        lead = this.add(group.secretaryPosition, agency, code, head, true);
        placed++;
      }
      if (group.middlePosition && group.size >= 6) {
        lead = this.add(group.middlePosition, agency, code, lead, true);
        placed++;
      }
      leads.push(lead);
    } else {
      const middles = group.middlePosition && group.size >= 8 ? clamp(Math.floor((group.size - 1) / 12), 1, 4) : 0;
      for (let i = 0; i < middles && group.middlePosition; i++) {
        leads.push(this.add(group.middlePosition, agency, code, head, true));
        placed++;
      }
      if (leads.length === 0) leads.push(head);
    }
    for (let i = 0; placed < group.size; i++, placed++) {
      const lead = leads[i % leads.length] ?? head;
      const position = group.staff.draw(this.rng.reseed(hashSeed(this.seed, SALT.staffPosition, this.next)));
      this.add(position, agency, code, lead, false);
    }
    return head;
  }
}

async function writeEmployees(
  plan: readonly PlannedRegion[],
  seed: number,
  count: number,
  out: CsvFileWriter,
  progress: (done: number) => void,
): Promise<Roster> {
  const writer = new EmployeeWriter(seed, count, out, progress);
  for (const { agencies } of plan) {
    let sekda = -1;
    for (const agency of agencies) {
      let agencyHead = -1;
      for (const group of agency.groups) {
        if (group.size === 0) continue;
        if (group.isOffice) {
          agencyHead = writer.addGroup(group, agency, sekda);
          if (group.headPosition === 'JPT-SEKDA') sekda = agencyHead;
        } else {
          writer.addGroup(group, agency, agencyHead);
        }
        if (out.wantsFlush) await out.flush();
      }
    }
  }
  if (writer.written !== count) {
    throw new Error('unreachable: the organisation plan did not place every employee');
  }
  return writer.roster;
}

// ---------------------------------------------------------------------------------------------
// Cycles: appraisals, competency levels and training, one employee at a time

type Status = 'DRAFT' | 'SELF_ASSESSED' | 'ASSESSED' | 'OBJECTED' | 'FINALIZED';
type Rating = 'ABOVE' | 'MEETS' | 'BELOW';

function drawStatus(rng: Prng, cycleIndex: number, latest: boolean, diligence: number): Status {
  const u = rng.next();
  if (!latest) {
    // Past cycles are closed: nearly everything finalised, a few stuck with the supervisor.
    if (u < (cycleIndex === 0 ? 0.992 : 0.985)) return 'FINALIZED';
    return u < 0.996 ? 'ASSESSED' : 'OBJECTED';
  }
  const finalized = 0.35 + 0.5 * diligence;
  if (u < finalized) return 'FINALIZED';
  const rest = (u - finalized) / (1 - finalized);
  if (rest < 0.45) return 'ASSESSED';
  if (rest < 0.52) return 'OBJECTED';
  if (rest < 0.8) return 'SELF_ASSESSED';
  return 'DRAFT';
}

function rate(score: number, above: number, below: number): Rating {
  return score > above ? 'ABOVE' : score < below ? 'BELOW' : 'MEETS';
}

interface CycleOutputs {
  appraisals: CsvFileWriter;
  assessments: CsvFileWriter;
  training: CsvFileWriter;
}

interface TrainingPick {
  program: DemoTrainingProgram;
  day: number; // month × 32 + day, for sorting
}

class CycleWriter {
  private readonly rng = new Prng(0);
  private readonly personRng = new Prng(0);
  private readonly pairRng = new Prng(0);
  /** Bit per competency index: trained in an earlier year (lifts later levels). */
  private readonly trained: Uint32Array;

  constructor(
    private readonly seed: number,
    private readonly roster: Roster,
    private readonly profiles: readonly AgencyProfile[],
    private readonly out: CycleOutputs,
  ) {
    this.trained = new Uint32Array(roster.count);
  }

  private raterBias(supervisor: number): number {
    if (supervisor < 0) return 0;
    // A few lenient and a few strict supervisors for the leniency report (SPEC §5).
    const u = hashSeed(this.seed, SALT.rater, supervisor) / 4294967296;
    if (u < 0.08) return 0.75;
    if (u < 0.14) return -0.75;
    return (u - 0.57) * 0.3;
  }

  writeEmployee(e: number, cycleIndex: number): void {
    const cycle = DEMO_CYCLES[cycleIndex];
    const info = POSITION_INFO[this.roster.position[e] ?? 0];
    const profile = this.profiles[this.roster.agency[e] ?? 0];
    const nip = this.roster.nip[e];
    if (!cycle || !info || !profile || nip === undefined) throw new Error('unreachable: roster out of range');
    const appointed = this.roster.appointed[e] ?? 0;

    const person = this.personRng.reseed(hashSeed(this.seed, SALT.person, e));
    const ability = person.gaussian();
    const selfBias = 0.45 + 0.35 * person.gaussian();
    const trainingPropensity = person.gaussian();
    const peerReviewed = person.chance(0.06);

    const rng = this.rng.reseed(hashSeed(this.seed, SALT.cycle + cycleIndex, e));
    // In service by September: appraised for the year.
    if (appointed <= cycle.year * 12 + 8 && rng.chance(cycle.coverage)) {
      const latest = cycleIndex === DEMO_CYCLES.length - 1;
      const status = drawStatus(rng, cycleIndex, latest, profile.diligence);
      const rated = status === 'ASSESSED' || status === 'OBJECTED' || status === 'FINALIZED';
      let ratings = ',';
      if (rated) {
        const performance = 0.65 * ability + 0.6 * profile.quality + 0.12 * cycleIndex + 0.55 * rng.gaussian();
        const behaviour = 0.5 * ability + 0.3 * profile.quality + 0.1 * cycleIndex + 0.8 * rng.gaussian();
        ratings = `${rate(performance, 0.8, -1.45)},${rate(behaviour, 0.95, -1.6)}`;
      }
      const prefix = `${cycle.code},${nip},`;
      this.out.appraisals.safeRow(`${prefix}${status},${ratings}`);

      if (status !== 'DRAFT') {
        const bias = this.raterBias(this.roster.supervisor[e] ?? -1);
        const assessor = rated && rng.chance(info.leading ? 0.6 : 0.3);
        const peer = rated && peerReviewed;
        const trained = this.trained[e] ?? 0;
        const base = BASE_OFFSET + 0.55 * ability + profile.quality + profile.momentum * cycleIndex;
        for (const req of info.requirements) {
          // The employee's own strength in this competency, stable across cycles.
          const own = this.pairRng.reseed(hashSeed(this.seed, SALT.competency, e, req.competency)).gaussian();
          const gain = (trained >>> req.competency) & 1 ? TRAINING_GAIN : 0;
          const level = req.level + req.tendency + base + 0.5 * own + gain + 0.3 * rng.gaussian();
          const row = `${prefix}${req.code},`;
          const assessments = this.out.assessments;
          assessments.safeRow(`${row}SELF,${toLevel(level + selfBias + 0.3 * rng.gaussian())}`);
          if (!rated) continue;
          if (!rng.chance(req.skipRate)) assessments.safeRow(`${row}SUPERVISOR,${toLevel(level + bias)}`);
          if (peer) assessments.safeRow(`${row}PEER,${toLevel(level + 0.2 + 0.5 * rng.gaussian())}`);
          if (assessor) assessments.safeRow(`${row}ASSESSOR,${toLevel(level - 0.3 + 0.4 * rng.gaussian())}`);
        }
      }
    }

    this.writeTraining(e, cycleIndex, cycle.year, appointed, nip, info, profile, trainingPropensity);
  }

  private writeTraining(
    e: number,
    cycleIndex: number,
    year: number,
    appointed: number,
    nip: string,
    info: PositionInfo,
    profile: AgencyProfile,
    propensity: number,
  ): void {
    if (appointed > year * 12 + 10 || info.programs.length === 0) return;
    const firstMonth = Math.max(1, appointed - year * 12 + 2); // the month after appointment
    const rng = this.rng.reseed(hashSeed(this.seed, SALT.training + cycleIndex, e));
    const reachProbability = clamp(
      (JP20_BASE_BY_CYCLE[cycleIndex] ?? 0.6) + profile.trainingCulture + 0.07 * propensity,
      0.05,
      0.97,
    );
    const programs = info.programs;
    const weights = info.programWeights;
    const picks: TrainingPick[] = [];
    let used = 0;
    let hours = 0;
    const pick = (maxHours: number): boolean => {
      let total = 0;
      for (let i = 0; i < programs.length; i++) {
        if (!((used >>> i) & 1) && (programs[i]?.hoursJp ?? Infinity) <= maxHours) total += weights[i] ?? 0;
      }
      if (total === 0) return false;
      let r = rng.next() * total;
      let chosen = -1;
      for (let i = 0; i < programs.length; i++) {
        if ((used >>> i) & 1 || (programs[i]?.hoursJp ?? Infinity) > maxHours) continue;
        chosen = i; // the last eligible one absorbs rounding at the end of the scan
        r -= weights[i] ?? 0;
        if (r < 0) break;
      }
      const program = programs[chosen];
      if (!program) return false;
      used |= 1 << chosen;
      hours += program.hoursJp;
      const month = rng.int(firstMonth, 12);
      picks.push({ program, day: month * 32 + rng.int(1, daysInMonth(year, month)) });
      return true;
    };
    if (rng.chance(reachProbability)) {
      while (hours < JP_TARGET && pick(Infinity));
    } else if (rng.chance(0.55)) {
      // Some development, but short of the 20 JP.
      const courses = rng.int(1, 2);
      for (let i = 0; i < courses && pick(JP_TARGET - 1 - hours); i++);
    }
    if (picks.length === 0) return;
    picks.sort((a, b) => a.day - b.day || (a.program.code < b.program.code ? -1 : 1));
    let trained = this.trained[e] ?? 0;
    for (const { program, day } of picks) {
      const date = `${year}-${pad2(day >> 5)}-${pad2(day & 31)}`;
      this.out.training.safeRow(`${nip},${program.code},${date},${program.hoursJp}`);
      trained |= 1 << (competencyIndex.get(program.competencyCode) ?? 0);
    }
    this.trained[e] = trained;
  }
}

// ---------------------------------------------------------------------------------------------
// Entry point

async function writeSmallFile(
  outDir: string,
  file: DatasetFileName,
  rows: readonly (readonly (string | number)[])[],
): Promise<number> {
  const writer = new CsvFileWriter(join(outDir, file), DATASET_HEADERS[file]);
  try {
    for (const row of rows) writer.row(row);
    return await writer.close();
  } catch (error) {
    writer.destroy();
    throw error;
  }
}

function agencyRows(plan: readonly PlannedRegion[]): string[][] {
  const rows: string[][] = [];
  for (const { region, agencies } of plan) {
    rows.push([region.code, region.name, '', 'PEMDA']);
    for (const agency of agencies) {
      rows.push([agency.code, agency.name, region.code, agency.kind]);
      for (const unit of agency.units) rows.push([unit.code, unit.name, agency.code, unit.kind]);
    }
  }
  return rows;
}

export async function generateDataset(options: GenerateDatasetOptions): Promise<GenerateDatasetResult> {
  const { outDir, employees, onProgress } = options;
  if (!Number.isSafeInteger(employees) || employees < MIN_DEMO_EMPLOYEES) {
    throw new RangeError(`employees must be an integer ≥ ${MIN_DEMO_EMPLOYEES}, got ${employees}`);
  }
  if (!Number.isSafeInteger(options.seed)) throw new RangeError(`seed must be an integer, got ${options.seed}`);
  const seed = options.seed >>> 0;
  await mkdir(outDir, { recursive: true });

  const structureRng = new Prng(hashSeed(seed, SALT.structure, -1));
  const plan = planOrganisation(employees, structureRng);
  const profiles = profileAgencies(plan, structureRng);
  const files: Record<string, number> = {};

  files['agencies.csv'] = await writeSmallFile(outDir, 'agencies.csv', agencyRows(plan));
  files['competencies.csv'] = await writeSmallFile(
    outDir,
    'competencies.csv',
    DEMO_COMPETENCIES.map((c) => [c.code, c.name, c.category]),
  );
  files['positions.csv'] = await writeSmallFile(
    outDir,
    'positions.csv',
    DEMO_POSITIONS.map((p) => [p.code, p.title, p.positionType]),
  );
  files['position_requirements.csv'] = await writeSmallFile(
    outDir,
    'position_requirements.csv',
    POSITION_INFO.flatMap((info) => info.requirements.map((r) => [info.position.code, r.code, r.level])),
  );
  files['cycles.csv'] = await writeSmallFile(
    outDir,
    'cycles.csv',
    DEMO_CYCLES.map((c) => [c.code, c.name, c.kind, `${c.year}-01`, `${c.year}-12`]),
  );
  files['training_programs.csv'] = await writeSmallFile(
    outDir,
    'training_programs.csv',
    DEMO_TRAINING_PROGRAMS.map((p) => [
      p.code, p.title, p.competencyCode, p.levelFrom, p.levelTo, p.hoursJp, p.mode, p.costPerParticipant,
    ]),
  );

  const total = employees * (1 + DEMO_CYCLES.length);
  const report = (done: number): void => onProgress?.(done, total);

  const employeeFile = new CsvFileWriter(join(outDir, 'employees.csv'), DATASET_HEADERS['employees.csv']);
  let roster: Roster;
  try {
    roster = await writeEmployees(plan, seed, employees, employeeFile, report);
    files['employees.csv'] = await employeeFile.close();
  } catch (error) {
    employeeFile.destroy();
    throw error;
  }
  report(employees);

  const out: CycleOutputs = {
    appraisals: new CsvFileWriter(join(outDir, 'appraisals.csv'), DATASET_HEADERS['appraisals.csv']),
    assessments: new CsvFileWriter(
      join(outDir, 'competency_assessments.csv'),
      DATASET_HEADERS['competency_assessments.csv'],
    ),
    training: new CsvFileWriter(join(outDir, 'training_records.csv'), DATASET_HEADERS['training_records.csv']),
  };
  const writers = [out.appraisals, out.assessments, out.training];
  try {
    const cycles = new CycleWriter(seed, roster, profiles, out);
    for (let c = 0; c < DEMO_CYCLES.length; c++) {
      for (let e = 0; e < employees; e++) {
        cycles.writeEmployee(e, c);
        for (const writer of writers) if (writer.wantsFlush) await writer.flush();
        if ((e + 1) % PROGRESS_EVERY === 0) report(employees * (1 + c) + e + 1);
      }
      report(employees * (2 + c));
    }
    files['appraisals.csv'] = await out.appraisals.close();
    files['competency_assessments.csv'] = await out.assessments.close();
    files['training_records.csv'] = await out.training.close();
  } catch (error) {
    for (const writer of writers) writer.destroy();
    throw error;
  }
  return { files };
}
