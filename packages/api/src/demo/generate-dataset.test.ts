import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvLine } from './csv-writer.js';
import { apportion } from './demo-organisation.js';
import { DATASET_HEADERS, generateDataset, type DatasetFileName, type GenerateDatasetResult } from './generate-dataset.js';

type Row = Record<string, string>;

const FILES = Object.keys(DATASET_HEADERS) as DatasetFileName[];
const PNS_RANKS = new Set(['I', 'II', 'III', 'IV'].flatMap((g) => (g === 'IV' ? 'abcde' : 'abcd').split('').map((s) => `${g}/${s}`)));
const PPPK_RANKS = new Set(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII']);
const RATED = new Set(['ASSESSED', 'OBJECTED', 'FINALIZED']);

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** SPEC §7, written independently of the generator: the reason a PNS NIP is invalid, or null. */
function nipProblem(nip: string): string | null {
  if (!/^\d{18}$/.test(nip)) return 'not 18 digits';
  const birthYear = Number(nip.slice(0, 4));
  const birthMonth = Number(nip.slice(4, 6));
  const birthDay = Number(nip.slice(6, 8));
  const appointmentYear = Number(nip.slice(8, 12));
  const appointmentMonth = Number(nip.slice(12, 14));
  if (!isRealDate(birthYear, birthMonth, birthDay)) return 'birth date is not a date';
  if (appointmentMonth < 1 || appointmentMonth > 12) return 'appointment month is not a month';
  if (appointmentYear * 12 + appointmentMonth < (birthYear + 18) * 12 + birthMonth) return 'appointed before 18';
  if (appointmentYear * 100 + appointmentMonth > 202512) return 'appointed after 2025-12';
  if (nip[14] !== '1' && nip[14] !== '2') return 'gender digit is not 1 or 2';
  if (nip.slice(15) === '000') return 'sequence starts at 001';
  return null;
}

async function readRows(dir: string, file: DatasetFileName): Promise<Row[]> {
  return parse(await readFile(join(dir, file), 'utf8'), { columns: true }) as Row[];
}

async function readDataset(dir: string): Promise<Record<DatasetFileName, Row[]>> {
  const entries = await Promise.all(FILES.map(async (file) => [file, await readRows(dir, file)] as const));
  return Object.fromEntries(entries) as Record<DatasetFileName, Row[]>;
}

function column(rows: readonly Row[], name: string): string[] {
  return rows.map((row) => row[name] ?? '');
}

describe('nipProblem (the checker the dataset is held to)', () => {
  it.each([
    ['197410281995051001', null],
    ['197413281995051001', 'birth date is not a date'],
    ['197402301995051001', 'birth date is not a date'],
    ['197410281995131001', 'appointment month is not a month'],
    ['197410281992051001', 'appointed before 18'],
    ['199901012026011001', 'appointed after 2025-12'],
    ['197410281995053001', 'gender digit is not 1 or 2'],
    ['197410281995051000', 'sequence starts at 001'],
    ['19741028199505100', 'not 18 digits'],
  ])('%s → %s', (nip, problem) => {
    expect(nipProblem(nip)).toBe(problem);
  });
});

describe('csvLine', () => {
  it('quotes fields with commas, quotes or line breaks (RFC 4180) and ends lines with CRLF', () => {
    expect(csvLine(['a', 'b, c', 'say "hi"', 'x\ny', 3])).toBe('a,"b, c","say ""hi""","x\ny",3\r\n');
  });
});

describe('apportion', () => {
  it('splits exactly, proportionally, within caps', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(100, [0.5, 0.3, 0.2], [10, Infinity, Infinity])).toEqual([10, 54, 36]);
    const split = apportion(12345, [3, 1, 4, 1, 5, 9, 2, 6], [100, 500, Infinity, 50, Infinity, 2000, 300, Infinity]);
    expect(split.reduce((a, b) => a + b, 0)).toBe(12345);
    expect(split[0]).toBeLessThanOrEqual(100);
  });
});

describe('generateDataset', () => {
  const EMPLOYEES = 300;
  let root: string;
  let first: string;
  let firstResult: GenerateDatasetResult;
  let data: Record<DatasetFileName, Row[]>;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'kinerja-demo-test-'));
    first = join(root, 'a');
    firstResult = await generateDataset({ outDir: first, employees: EMPLOYEES, seed: 7 });
    data = await readDataset(first);
  });

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('is byte-identical for the same seed and size, and differs for another seed', async () => {
    const again = join(root, 'b');
    const other = join(root, 'c');
    const againResult = await generateDataset({ outDir: again, employees: EMPLOYEES, seed: 7 });
    await generateDataset({ outDir: other, employees: EMPLOYEES, seed: 8 });
    expect(againResult).toEqual(firstResult);
    for (const file of FILES) {
      const bytes = await readFile(join(first, file));
      expect((await readFile(join(again, file))).equals(bytes), file).toBe(true);
    }
    for (const file of ['employees.csv', 'appraisals.csv', 'competency_assessments.csv', 'training_records.csv'] as const) {
      expect((await readFile(join(other, file))).equals(await readFile(join(first, file))), file).toBe(false);
    }
  });

  it('writes exactly the dataset files, each with its SPEC header, CRLF lines and the reported row count', async () => {
    expect((await readdir(first)).sort()).toEqual([...FILES].sort());
    expect(Object.keys(firstResult.files).sort()).toEqual([...FILES].sort());
    for (const file of FILES) {
      const text = await readFile(join(first, file), 'utf8');
      expect(text.startsWith(`${DATASET_HEADERS[file].join(',')}\r\n`), file).toBe(true);
      expect(text.endsWith('\r\n'), file).toBe(true);
      expect(text.replaceAll('\r\n', '').includes('\n'), `${file}: bare LF`).toBe(false);
      expect(data[file].length, file).toBe(firstResult.files[file]);
      for (const row of data[file]) expect(Object.keys(row)).toEqual(DATASET_HEADERS[file]);
    }
  });

  it('quotes names that contain commas so they survive a CSV parser', async () => {
    const text = await readFile(join(first, 'employees.csv'), 'utf8');
    const titled = column(data['employees.csv'], 'name').filter((name) => name.includes(','));
    expect(titled.length).toBeGreaterThan(0);
    for (const name of titled) expect(text).toContain(`"${name.replaceAll('"', '""')}"`);
  });

  it('has the four regions as PEMDA roots and every parent before its children', () => {
    const agencies = data['agencies.csv'];
    expect(agencies.filter((a) => a.kind === 'PEMDA').map((a) => a.code)).toEqual(['KDI', 'PAUH', 'TJS', 'MLF']);
    const seen = new Set<string>();
    for (const agency of agencies) {
      const code = agency.code ?? '';
      expect(seen.has(code), `duplicate ${code}`).toBe(false);
      if (agency.kind === 'PEMDA') expect(agency.parent_code).toBe('');
      else expect(seen.has(agency.parent_code ?? ''), `${code} before its parent`).toBe(true);
      seen.add(code);
    }
  });

  it('has N employees with unique, valid identity numbers and ranks of their employment type', () => {
    const employees = data['employees.csv'];
    expect(employees).toHaveLength(EMPLOYEES);
    expect(new Set(column(employees, 'nip')).size).toBe(EMPLOYEES);
    for (const e of employees) {
      const nip = e.nip ?? '';
      if (e.employment_type === 'PNS') {
        expect(nipProblem(nip), nip).toBeNull();
        expect(PNS_RANKS.has(e.rank ?? ''), `${nip} rank ${e.rank}`).toBe(true);
      } else {
        expect(e.employment_type).toBe('PPPK');
        expect(nip).toMatch(/^\d{18}$/);
        expect(PPPK_RANKS.has(e.rank ?? ''), `${nip} rank ${e.rank}`).toBe(true);
      }
    }
  });

  it('lists supervisors before subordinates: unit heads → agency head → Sekda', () => {
    const employees = data['employees.csv'];
    const parent = new Map(data['agencies.csv'].map((a) => [a.code ?? '', a.parent_code ?? '']));
    const byNip = new Map<string, Row>();
    const roots: Row[] = [];
    for (const e of employees) {
      const supervisorNip = e.supervisor_nip ?? '';
      if (supervisorNip === '') {
        roots.push(e);
      } else {
        const supervisor = byNip.get(supervisorNip);
        expect(supervisor, `${e.nip}: supervisor ${supervisorNip} not listed before`).toBeDefined();
        const own = e.agency_code ?? '';
        const theirs = supervisor?.agency_code ?? '';
        // Same unit, the unit's agency, or — for an agency head — the Setda of the same region.
        const related =
          own === theirs || parent.get(own) === theirs || (parent.get(own) === parent.get(theirs) && theirs.endsWith('-SETDA'));
        expect(related, `${e.nip} in ${own} reports to someone in ${theirs}`).toBe(true);
      }
      byNip.set(e.nip ?? '', e);
    }
    expect(roots.map((e) => e.position_code)).toEqual(['JPT-SEKDA', 'JPT-SEKDA', 'JPT-SEKDA', 'JPT-SEKDA']);
  });

  it('refers only to codes and employees that exist', () => {
    const codes = (file: DatasetFileName, name = 'code'): Set<string> => new Set(column(data[file], name));
    const agencies = codes('agencies.csv');
    const competencies = codes('competencies.csv');
    const positions = codes('positions.csv');
    const cycles = codes('cycles.csv');
    const programs = codes('training_programs.csv');
    const nips = codes('employees.csv', 'nip');
    const standard = new Set(data['position_requirements.csv'].map((r) => `${r.position_code}|${r.competency_code}`));
    const positionOf = new Map(data['employees.csv'].map((e) => [e.nip ?? '', e.position_code ?? '']));

    for (const r of data['position_requirements.csv']) {
      expect(positions.has(r.position_code ?? '')).toBe(true);
      expect(competencies.has(r.competency_code ?? '')).toBe(true);
    }
    for (const p of positions) expect(data['position_requirements.csv'].some((r) => r.position_code === p), p).toBe(true);
    for (const e of data['employees.csv']) {
      expect(positions.has(e.position_code ?? ''), e.position_code).toBe(true);
      expect(agencies.has(e.agency_code ?? ''), e.agency_code).toBe(true);
    }
    for (const p of data['training_programs.csv']) expect(competencies.has(p.competency_code ?? '')).toBe(true);
    for (const t of data['training_records.csv']) {
      expect(nips.has(t.nip ?? '')).toBe(true);
      expect(programs.has(t.program_code ?? ''), t.program_code).toBe(true);
    }
    const appraisals = new Map<string, string>();
    for (const a of data['appraisals.csv']) {
      expect(cycles.has(a.cycle_code ?? '')).toBe(true);
      expect(nips.has(a.nip ?? '')).toBe(true);
      const key = `${a.cycle_code}|${a.nip}`;
      expect(appraisals.has(key), `two appraisals ${key}`).toBe(false);
      appraisals.set(key, a.status ?? '');
    }
    for (const c of data['competency_assessments.csv']) {
      const status = appraisals.get(`${c.cycle_code}|${c.nip}`);
      expect(status, `assessment without appraisal ${c.cycle_code} ${c.nip}`).toBeDefined();
      expect(status).not.toBe('DRAFT');
      if (c.rater_role !== 'SELF') expect(RATED.has(status ?? ''), `${c.rater_role} on ${status}`).toBe(true);
      expect(standard.has(`${positionOf.get(c.nip ?? '')}|${c.competency_code}`)).toBe(true);
    }
  });

  it('keeps levels, ratings, hours, costs and dates in range', () => {
    const level = (value: string | undefined): number => Number(value);
    for (const r of data['position_requirements.csv']) expect(level(r.required_level)).toBeOneOf([1, 2, 3, 4, 5]);
    for (const c of data['competency_assessments.csv']) {
      expect(level(c.level)).toBeOneOf([1, 2, 3, 4, 5]);
      expect(c.rater_role).toBeOneOf(['SELF', 'SUPERVISOR', 'PEER', 'ASSESSOR']);
    }
    for (const a of data['appraisals.csv']) {
      expect(a.status).toBeOneOf(['DRAFT', 'SELF_ASSESSED', 'ASSESSED', 'OBJECTED', 'FINALIZED']);
      for (const rating of [a.work_result_rating, a.behavior_rating]) {
        if (RATED.has(a.status ?? '')) expect(rating).toBeOneOf(['ABOVE', 'MEETS', 'BELOW']);
        else expect(rating).toBe('');
      }
    }
    for (const p of data['training_programs.csv']) {
      expect(level(p.level_from)).toBeLessThan(level(p.level_to));
      expect(level(p.level_from)).toBeGreaterThanOrEqual(1);
      expect(level(p.level_to)).toBeLessThanOrEqual(5);
      expect(p.hours_jp).toMatch(/^[1-9]\d*$/);
      expect(p.cost_per_participant).toMatch(/^\d+$/);
      expect(p.mode).toBeOneOf(['CLASSICAL', 'NON_CLASSICAL']);
    }
    for (const t of data['training_records.csv']) {
      expect(t.hours_jp).toMatch(/^[1-9]\d*$/);
      const [year, month, day] = (t.completed_on ?? '').split('-').map(Number);
      expect(isRealDate(year ?? 0, month ?? 0, day ?? 0), t.completed_on).toBe(true);
      expect(year).toBeGreaterThanOrEqual(2023);
      expect(year).toBeLessThanOrEqual(2025);
    }
    expect(data['cycles.csv']).toEqual(
      [2023, 2024, 2025].map((y) => ({
        code: `${y}-TAHUNAN`, name: `Penilaian Kinerja Tahunan ${y}`, kind: 'ANNUAL', start_month: `${y}-01`, end_month: `${y}-12`,
      })),
    );
  });

  it('leaves at least one competency without a training programme (a catalogue hole)', () => {
    const covered = new Set(column(data['training_programs.csv'], 'competency_code'));
    const holes = column(data['competencies.csv'], 'code').filter((code) => !covered.has(code));
    expect(holes.length).toBeGreaterThanOrEqual(1);
    expect(holes.length).toBeLessThanOrEqual(3);
  });

  it('rejects a workforce too small for four local governments', async () => {
    await expect(generateDataset({ outDir: join(root, 'tiny'), employees: 20, seed: 1 })).rejects.toThrow(RangeError);
  });
});

describe('generateDataset at a few thousand employees', () => {
  const EMPLOYEES = 4000;
  let dir: string;
  let data: Record<DatasetFileName, Row[]>;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kinerja-demo-test-'));
    await generateDataset({ outDir: dir, employees: EMPLOYEES, seed: 2024 });
    data = await readDataset(dir);
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('has about 15% PPPK and units of realistic size', () => {
    const pppk = data['employees.csv'].filter((e) => e.employment_type === 'PPPK').length / EMPLOYEES;
    expect(pppk).toBeGreaterThan(0.1);
    expect(pppk).toBeLessThan(0.2);
    const size = new Map<string, number>();
    for (const e of data['employees.csv']) size.set(e.agency_code ?? '', (size.get(e.agency_code ?? '') ?? 0) + 1);
    const units = data['agencies.csv'].filter((a) => a.kind === 'UNIT' || a.kind === 'UPT' || a.kind === 'KELURAHAN');
    const sizes = units.map((u) => size.get(u.code ?? '') ?? 0);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(8);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(80);
  });

  it('shows supervisor-assessed levels rising from cycle to cycle', () => {
    const mean = (cycle: string): number => {
      const levels = data['competency_assessments.csv']
        .filter((c) => c.cycle_code === cycle && c.rater_role === 'SUPERVISOR')
        .map((c) => Number(c.level));
      return levels.reduce((a, b) => a + b, 0) / levels.length;
    };
    expect(mean('2024-TAHUNAN')).toBeGreaterThan(mean('2023-TAHUNAN'));
    expect(mean('2025-TAHUNAN')).toBeGreaterThan(mean('2024-TAHUNAN'));
  });

  it('rates most appraisals MEETS and leaves the latest cycle unfinished for some', () => {
    const appraisals = data['appraisals.csv'];
    const rated = appraisals.filter((a) => a.work_result_rating !== '');
    expect(rated.filter((a) => a.work_result_rating === 'MEETS').length / rated.length).toBeGreaterThan(0.6);
    const finalizedShare = (cycle: string): number => {
      const inCycle = appraisals.filter((a) => a.cycle_code === cycle);
      return inCycle.filter((a) => a.status === 'FINALIZED').length / inCycle.length;
    };
    expect(finalizedShare('2023-TAHUNAN')).toBeGreaterThan(0.97);
    expect(finalizedShare('2025-TAHUNAN')).toBeLessThan(0.9);
    const latest = new Set(appraisals.filter((a) => a.cycle_code === '2025-TAHUNAN').map((a) => a.status));
    expect([...latest].sort()).toEqual(['ASSESSED', 'DRAFT', 'FINALIZED', 'OBJECTED', 'SELF_ASSESSED']);
  });

  it('brings 50–75% of employees to 20 JP in each year', () => {
    const hours = new Map<string, number>();
    for (const t of data['training_records.csv']) {
      const key = `${t.completed_on?.slice(0, 4)}|${t.nip}`;
      hours.set(key, (hours.get(key) ?? 0) + Number(t.hours_jp));
    }
    for (const year of ['2023', '2024', '2025']) {
      const reached = [...hours].filter(([key, jp]) => key.startsWith(year) && jp >= 20).length / EMPLOYEES;
      expect(reached, year).toBeGreaterThanOrEqual(0.47);
      expect(reached, year).toBeLessThanOrEqual(0.76);
    }
  });
});
