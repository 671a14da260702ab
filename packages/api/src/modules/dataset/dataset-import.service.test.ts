import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { BAD_DATASET, databaseFingerprint, FIXTURES_DIR, SMALL_DATASET } from '../../common/testing/fixtures.js';
import { openOrm } from '../../app.js';
import { useMigratedDatabase } from '../../common/testing/test-database.js';
import { Role } from '@kinerja/shared';
import type { Viewer } from '../../common/auth/viewer.js';
import { AuditTrailService } from '../audit/audit-trail.service.js';
import { firstInvalidUtf8, importDataset, Utf8Check, type ImportError } from './dataset-import.service.js';

const expectedBadErrors: ImportError[] = JSON.parse(readFileSync(path.join(FIXTURES_DIR, 'bad.expected-errors.json'), 'utf8'));

function csvRows(file: string): number {
  return readFileSync(path.join(SMALL_DATASET, file), 'utf8').trim().split('\n').length - 1;
}

async function count(url: string, sql: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return Number((await client.query(sql)).rows[0].n);
  } finally {
    await client.end();
  }
}

describe('dataset import', () => {
  const db = useMigratedDatabase();

  it('rejects the bad fixture on an empty database, naming every bad cell, and writes nothing', async () => {
    const before = await databaseFingerprint(db.url);
    const report = await importDataset(db.appUrl, BAD_DATASET);
    expect(report.ok).toBe(false);
    for (const expected of expectedBadErrors) expect(report.errors).toContainEqual(expected);
    expect(await databaseFingerprint(db.url)).toEqual(before);
    expect(await count(db.url, `select count(*) n from audit_event where action = 'DATASET_IMPORT' and outcome = 'FAILURE'`)).toBe(1);
    expect(await count(db.url, `select count(*) n from audit_event where action <> 'DATASET_IMPORT'`)).toBe(0);
  });

  it('imports the small fixture cleanly', async () => {
    const report = await importDataset(db.appUrl, SMALL_DATASET);
    expect(report.errors).toEqual([]);
    expect(report.ok).toBe(true);
    const tables: [string, string][] = [
      ['agencies.csv', 'agency'], ['competencies.csv', 'competency'], ['positions.csv', 'position'],
      ['position_requirements.csv', 'position_requirement'], ['employees.csv', 'employee'], ['cycles.csv', 'cycle'],
      ['appraisals.csv', 'appraisal'], ['competency_assessments.csv', 'competency_assessment'],
      ['training_programs.csv', 'training_program'], ['training_records.csv', 'training_record'],
    ];
    for (const [file, table] of tables) {
      expect(await count(db.url, `select count(*) n from "${table}"`), table).toBe(csvRows(file));
    }
    // The closure holds every (ancestor, descendant) pair: KDI has itself + 4 below it.
    expect(await count(db.url, `select count(*) n from agency_closure c join agency a on a.id = c.ancestor_id where a.code = 'KDI'`)).toBe(5);
    expect(await count(db.url, `select count(*) n from employee where supervisor_id is not null`))
      .toBe(readFileSync(path.join(SMALL_DATASET, 'employees.csv'), 'utf8').trim().split('\n').filter((l) => !l.trim().endsWith(',')).length - 1);
    // Every imported appraisal, and every appraisal given levels, is in its employee's trail: one event each.
    expect(await count(db.url, `select count(*) n from audit_event ev join appraisal a on a.id::text = ev.subject_id
      join employee e on e.id = a.employee_id and e.nip = ev.subject_nip where ev.action = 'APPRAISAL_IMPORT'`)).toBe(csvRows('appraisals.csv'));
    expect(await count(db.url, `select count(*) n from audit_event where action = 'COMPETENCY_ASSESSMENT_IMPORT'`))
      .toBe(await count(db.url, 'select count(distinct appraisal_id) n from competency_assessment'));
    // The predicate comes from the PermenPANRB 6/2022 matrix: BELOW/BELOW is SANGAT_KURANG.
    expect(await count(db.url, `select count(*) n from appraisal where work_result_rating = 'BELOW' and behavior_rating = 'BELOW' and predicate <> 'SANGAT_KURANG'`)).toBe(0);
  });

  it('changes nothing when the same files are imported again', async () => {
    const eventsAfterFirstImport = await count(db.url, `select count(*) n from audit_event where action <> 'DATASET_IMPORT'`);
    const before = await databaseFingerprint(db.url);
    const report = await importDataset(db.appUrl, SMALL_DATASET);
    expect(report.ok).toBe(true);
    expect(report.files.every((f) => f.changed === 0)).toBe(true);
    expect(await databaseFingerprint(db.url)).toEqual(before);
    expect(await count(db.url, `select count(*) n from audit_event where action <> 'DATASET_IMPORT'`)).toBe(eventsAfterFirstImport);
  });

  it("puts a rating an import changes into that employee's own audit trail, and only theirs", async () => {
    const nip = '198902152024021001';
    const folder = mkdtempSync(path.join(os.tmpdir(), 'kinerja-reimport-'));
    try {
      writeFileSync(path.join(folder, 'appraisals.csv'),
        `cycle_code,nip,status,work_result_rating,behavior_rating\n2024-TAHUNAN,${nip},ASSESSED,MEETS,ABOVE\n`);
      writeFileSync(path.join(folder, 'competency_assessments.csv'),
        `cycle_code,nip,competency_code,rater_role,level\n2024-TAHUNAN,${nip},M02,SUPERVISOR,4\n2024-TAHUNAN,${nip},M01,SELF,3\n`);
      const eventsBefore = await count(db.url, 'select count(*) n from audit_event');
      const report = await importDataset(db.url, folder, { actor: { username: 'cli', role: 'ADMIN' } });
      expect(report.errors).toEqual([]);
      expect(report.files.map((f) => [f.file, f.changed])).toEqual([['appraisals.csv', 1], ['competency_assessments.csv', 1]]);
      // Two events about the person plus the dataset's own.
      expect(await count(db.url, 'select count(*) n from audit_event')).toBe(eventsBefore + 3);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }

    const orm = await openOrm(db.url);
    try {
      const em = orm.em.fork();
      const employee = await em.getConnection().execute<{ id: number; agency_id: number }[]>('select id, agency_id from employee where nip = ?', [nip]);
      const viewer: Viewer = {
        userId: 0, username: 'pegawai', roles: [Role.EMPLOYEE], agencyId: employee[0]!.agency_id, employeeId: employee[0]!.id,
        agencyIds: new Set([employee[0]!.agency_id]), subtreeIds: new Set(),
        people: { kind: 'SOME', agencyIds: new Set(), employeeIds: new Set([employee[0]!.id]) },
      };
      const [events] = await new AuditTrailService(em, viewer).list(null, { limit: 2, offset: 0 });
      expect(events.map((e) => [e.action, e.actorUsername, e.subjectNip])).toEqual([
        ['COMPETENCY_ASSESSMENT_IMPORT', 'cli', nip], ['APPRAISAL_IMPORT', 'cli', nip],
      ]);
      expect(events[0]!.detail).toEqual({ dataset: expect.stringMatching(/^kinerja-reimport-/), cycle: '2024-TAHUNAN',
        levels: { competency: ['M02'], raterRole: ['SUPERVISOR'], from: [2], to: [4] } });
      expect(events[1]!.detail).toMatchObject({ cycle: '2024-TAHUNAN', created: false,
        changes: { workResultRating: { from: 'ABOVE', to: 'MEETS' }, predicate: { from: 'SANGAT_BAIK', to: 'BAIK' } } });
    } finally {
      await orm.close();
    }
  });

  it('takes the start of the objection window from the optional assessed_on column', async () => {
    const nip = '196707051987121001';
    const assessedAt = async () => {
      const client = new pg.Client({ connectionString: db.url });
      await client.connect();
      try {
        return (await client.query<{ at: string }>(`select to_char(a.assessed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS') as at from appraisal a
          join employee e on e.id = a.employee_id join cycle c on c.id = a.cycle_id where e.nip = $1 and c.code = '2024-TAHUNAN'`, [nip])).rows[0]!.at;
      } finally {
        await client.end();
      }
    };
    const importAppraisals = async (body: string) => {
      const folder = mkdtempSync(path.join(os.tmpdir(), 'kinerja-assessed-on-'));
      try {
        writeFileSync(path.join(folder, 'appraisals.csv'), `cycle_code,nip,status,work_result_rating,behavior_rating,assessed_on\n${body}`);
        return await importDataset(db.url, folder, { actor: { username: 'cli', role: 'ADMIN' } });
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    };

    const report = await importAppraisals(`2024-TAHUNAN,${nip},ASSESSED,MEETS,ABOVE,2025-01-10\n`);
    expect(report.errors).toEqual([]);
    // The end of that day in WIB (UTC+7): a date alone never shortens the employee's 14 days.
    expect(await assessedAt()).toBe('2025-01-10T16:59:59');
    expect(report.files.map((f) => [f.file, f.changed])).toEqual([['appraisals.csv', 1]]);
    // Importing the same file again changes nothing; leaving the column out keeps the date.
    expect((await importAppraisals(`2024-TAHUNAN,${nip},ASSESSED,MEETS,ABOVE,2025-01-10\n`)).files.map((f) => f.changed)).toEqual([0]);
    expect((await importAppraisals(`2024-TAHUNAN,${nip},ASSESSED,MEETS,ABOVE,\n`)).files.map((f) => f.changed)).toEqual([0]);
    expect(await assessedAt()).toBe('2025-01-10T16:59:59');

    const bad = await importAppraisals([
      `2024-TAHUNAN,${nip},ASSESSED,MEETS,ABOVE,2025-02-30`,
      '2024-TAHUNAN,197410281995051001,DRAFT,,,2025-01-10',
      '2024-TAHUNAN,199708162024041001,FINALIZED,MEETS,MEETS,2999-01-01',
    ].join('\n'));
    expect(bad.errors).toEqual([
      { file: 'appraisals.csv', line: 2, column: 'assessed_on', reason: 'not a YYYY-MM-DD date' },
      { file: 'appraisals.csv', line: 3, column: 'assessed_on', reason: 'must be empty while status is DRAFT' },
      { file: 'appraisals.csv', line: 4, column: 'assessed_on', reason: 'is in the future' },
    ]);
    expect(await assessedAt()).toBe('2025-01-10T16:59:59');
  });

  it('rejects the bad fixture on a loaded database and leaves it exactly as it was', async () => {
    const before = await databaseFingerprint(db.url);
    const report = await importDataset(db.appUrl, BAD_DATASET);
    expect(report.ok).toBe(false);
    for (const expected of expectedBadErrors) expect(report.errors).toContainEqual(expected);
    expect(await databaseFingerprint(db.url)).toEqual(before);
  });

  it('reports rows that disagree with a finalised appraisal at their line and column, and writes nothing', async () => {
    // 197410281995051001's 2024 appraisal is FINALIZED in the fixture (line 2 of both files).
    const folder = mkdtempSync(path.join(os.tmpdir(), 'kinerja-final-'));
    try {
      cpSync(SMALL_DATASET, folder, { recursive: true });
      const edit = (file: string, from: string, to: string) => {
        const text = readFileSync(path.join(folder, file), 'utf8');
        expect(text).toContain(from);
        writeFileSync(path.join(folder, file), text.replace(from, to));
      };
      edit('appraisals.csv', '2024-TAHUNAN,197410281995051001,FINALIZED,MEETS,MEETS', '2024-TAHUNAN,197410281995051001,FINALIZED,ABOVE,MEETS');
      edit('competency_assessments.csv', '2024-TAHUNAN,197410281995051001,M01,SELF,5', '2024-TAHUNAN,197410281995051001,M01,SELF,3');
      edit('competency_assessments.csv', '2024-TAHUNAN,197410281995051001,M01,SUPERVISOR,5', '2024-TAHUNAN,197410281995051001,M01,PEER,5');
      const before = await databaseFingerprint(db.url);
      const report = await importDataset(db.appUrl, folder);
      expect(report.ok).toBe(false);
      expect(report.errors).toEqual([
        { file: 'appraisals.csv', line: 2, column: 'work_result_rating', reason: 'appraisal is finalised and cannot change' },
        { file: 'competency_assessments.csv', line: 2, column: 'level', reason: 'appraisal is finalised and cannot change' },
        { file: 'competency_assessments.csv', line: 3, column: 'level', reason: 'appraisal is finalised and cannot change' },
      ]);
      expect(await databaseFingerprint(db.url)).toEqual(before);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('names a missing folder and a folder without dataset files', async () => {
    const missing = await importDataset(db.appUrl, path.join(FIXTURES_DIR, 'does-not-exist'));
    expect(missing.ok).toBe(false);
    expect(missing.errors[0]?.reason).toMatch(/not a folder/);
    const empty = await importDataset(db.appUrl, FIXTURES_DIR);
    expect(empty.ok).toBe(false);
    expect(empty.errors[0]?.reason).toMatch(/no dataset files/);
  });

  describe('files that are not clean UTF-8 CSV', () => {
    const HEADER = 'code,name,kind,start_month,end_month\n';
    const GOOD = '2031-A,Penilaian 2031,ANNUAL,2031-01,2031-12\n';
    /** Imports a folder holding only cycles.csv with these bytes; checks that nothing was written. */
    async function importCycles(bytes: Buffer | string) {
      const folder = mkdtempSync(path.join(os.tmpdir(), 'kinerja-csv-'));
      try {
        writeFileSync(path.join(folder, 'cycles.csv'), bytes);
        const before = await databaseFingerprint(db.url);
        const report = await importDataset(db.url, folder);
        if (!report.ok) expect(await databaseFingerprint(db.url)).toEqual(before);
        return report;
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    }

    it('refuses Latin-1 bytes at the line of the first bad byte instead of storing U+FFFD', async () => {
      const latin1 = Buffer.concat([Buffer.from(HEADER + GOOD), Buffer.from('2031-B,Penilaian caf'), Buffer.from([0xe9]), Buffer.from(',ANNUAL,2031-01,2031-12\n')]);
      const report = await importCycles(latin1);
      expect(report.ok).toBe(false);
      expect(report.errors).toEqual([{ file: 'cycles.csv', line: 3, column: '', reason: 'not UTF-8 (byte 0xE9; save the file as UTF-8)' }]);
    });

    it('reports a stray quote in plain words at its line', async () => {
      const report = await importCycles(HEADER + GOOD + '2031-B,Penilaian "baru",ANNUAL,2031-01,2031-12\n');
      expect(report.ok).toBe(false);
      expect(report.errors).toHaveLength(1);
      expect(report.errors[0]).toMatchObject({ file: 'cycles.csv', line: 3, column: '' });
      expect(report.errors[0]!.reason).toMatch(/quote .* inside a cell/);
      const unclosed = await importCycles(HEADER + GOOD + '2031-B,"Penilaian,ANNUAL,2031-01,2031-12\n');
      expect(unclosed.errors[0]).toMatchObject({ file: 'cycles.csv', column: '' });
      expect(unclosed.errors[0]!.reason).toMatch(/never closed/);
    });

    it('reports a binary file (a PNG renamed .csv) at line 1', async () => {
      const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x22, 0x0a]);
      const report = await importCycles(png);
      expect(report.errors).toEqual([{ file: 'cycles.csv', line: 1, column: '', reason: 'not UTF-8 (byte 0x89; save the file as UTF-8)' }]);
      const utf16 = await importCycles(Buffer.from(HEADER + GOOD, 'utf16le'));
      expect(utf16.ok).toBe(false);
      expect(utf16.errors[0]).toMatchObject({ file: 'cycles.csv', line: 1 });
    });

    it('refuses a NUL byte at its cell instead of failing the COPY', async () => {
      const report = await importCycles(HEADER + GOOD + '2031-B,Penilaian\0 baru,ANNUAL,2031-01,2031-12\n');
      expect(report.ok).toBe(false);
      expect(report.errors).toEqual([{ file: 'cycles.csv', line: 3, column: 'name', reason: 'contains a NUL byte (binary data, not text)' }]);
    });

    it('refuses a header that names a column twice', async () => {
      const report = await importCycles('code,name,kind,start_month,end_month,name\n2031-A,Penilaian,ANNUAL,2031-01,2031-12,Lain\n');
      expect(report.ok).toBe(false);
      expect(report.errors).toEqual([{ file: 'cycles.csv', line: 1, column: 'name', reason: 'column appears more than once in the header' }]);
    });

    it('refuses an empty file at line 1', async () => {
      for (const empty of ['', '\n\n']) {
        const report = await importCycles(empty);
        expect(report.ok).toBe(false);
        expect(report.errors).toEqual([{ file: 'cycles.csv', line: 1, column: '', reason: 'the file is empty; expected a header line: code,name,kind,start_month,end_month' }]);
      }
    });

    it('still accepts a UTF-8 byte order mark and non-ASCII names', async () => {
      const report = await importCycles('\uFEFF' + HEADER + '2031-A,Penilaian Kinerja Tahunan 2031 — café,ANNUAL,2031-01,2031-12\n');
      expect(report.errors).toEqual([]);
      expect(report.ok).toBe(true);
      expect(await count(db.url, `select count(*) n from cycle where code = '2031-A' and name like '%café'`)).toBe(1);
    });
  });
});

describe('Utf8Check', () => {
  const bytes = (s: string) => Buffer.from(s, 'utf8');
  it('accepts a character split across chunks and names the line of a bad byte at a chunk boundary', () => {
    const euro = bytes('a\nb€\n');
    const check = new Utf8Check();
    expect(check.push(euro.subarray(0, 4))).toBeNull(); // cuts € after its first byte
    expect(check.push(euro.subarray(4))).toBeNull();
    expect(check.end()).toBeNull();

    const bad = new Utf8Check();
    expect(bad.push(Buffer.concat([bytes('x\ny\n'), Buffer.from([0xe2])]))).toBeNull();
    expect(bad.push(Buffer.from([0x28, 0x0a]))).toEqual({ line: 3, byte: 0xe2 });

    const cut = new Utf8Check();
    expect(cut.push(Buffer.concat([bytes('x\n'), Buffer.from([0xf0, 0x9f])]))).toBeNull();
    expect(cut.end()).toEqual({ line: 2, byte: null });
  });

  it('finds the first invalid byte as RFC 3629 defines it', () => {
    expect(firstInvalidUtf8(bytes('plain ASCII, ñ, 漢字, 😀'))).toBe(-1);
    expect(firstInvalidUtf8(Buffer.from([0x41, 0xc0, 0x80]))).toBe(1); // overlong
    expect(firstInvalidUtf8(Buffer.from([0x41, 0xed, 0xa0, 0x80]))).toBe(1); // surrogate
    expect(firstInvalidUtf8(Buffer.from([0xf4, 0x90, 0x80, 0x80]))).toBe(0); // above U+10FFFF
    expect(firstInvalidUtf8(Buffer.from([0x41, 0x80]))).toBe(1); // stray continuation
  });
});
