import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { MikroORM } from '@mikro-orm/postgresql';
import busboy from 'busboy';
import express, { type Request, type Response, type NextFunction } from 'express';
import { can, primaryRole, Role } from '@kinerja/shared';
import type { TokenService } from '../../common/auth/token.js';
import { loadViewer, type Viewer } from '../../common/auth/viewer.js';
import { tokenOf } from '../../common/graphql/apollo.js';
import { exportDataset } from './dataset-export.service.js';
import { importDataset, type ImportReport } from './dataset-import.service.js';

/**
 * The dataset console's HTTP side (SPEC §8 in the browser), for ADMIN and HR_ADMIN:
 *   POST /api/dataset/check   multipart `file` (.xlsx or .zip): a dry run, the row-level report, nothing written
 *   POST /api/dataset/import  the same upload: starts the all-or-nothing import, answers 202 with a job
 *   GET  /api/dataset/jobs/:id the job's progress and, when done, its report
 *   GET  /api/dataset/export?format=xlsx|zip  the caller's scope as a dataset download
 * Files are uploaded, not JSON, so this is plain HTTP beside GraphQL. The session cookie
 * authenticates (SameSite=Strict); POSTs must also carry `X-Kinerja-Upload: 1`, a header no
 * cross-site form can send without a CORS preflight this server never grants.
 */

export const UPLOAD_HEADER = 'x-kinerja-upload';
/** 200 MiB: a 100,000-employee workbook is about 40 MiB. */
export const DEFAULT_MAX_UPLOAD_BYTES = 200 * 1024 * 1024;
const JOB_TTL_MS = 60 * 60 * 1000;

export type ImportJobState = 'RUNNING' | 'DONE' | 'FAILED';

export interface ImportJob {
  id: string;
  state: ImportJobState;
  /** The file being read and the bytes read of the whole dataset, for a progress bar. */
  file: string | null;
  bytesRead: number;
  totalBytes: number;
  report: ImportReport | null;
  error: string | null;
}

interface Caller {
  viewer: Viewer;
  /** The agency subtree the caller may write and export; null: everything (ADMIN). */
  scopeAgencyId: number | null;
}

export function datasetRouter(options: { orm: MikroORM; tokens: TokenService; databaseUrl: string; maxUploadBytes?: number }): express.Router {
  const maxUploadBytes = options.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES;
  const jobs = new Map<string, ImportJob & { owner: number }>();
  const router = express.Router();

  /** Signed in (a live session), allowed to import, and — for a POST — not a cross-site form. */
  router.use(async (req: Request, res: Response, next: NextFunction) => {
    try {
      const token = tokenOf(req);
      const claims = token ? await options.tokens.verify(token) : null;
      const viewer = claims ? await loadViewer(options.orm.em.fork(), claims) : null;
      if (!viewer) return void res.status(401).json({ error: 'Sign in first.' });
      const admin = viewer.roles.includes(Role.ADMIN);
      if (!can(viewer.roles, 'IMPORT_DATASETS') || (!admin && viewer.agencyId == null)) {
        return void res.status(403).json({ error: 'Your role may not import or export datasets.' });
      }
      if (req.method !== 'GET' && req.get(UPLOAD_HEADER) !== '1') {
        return void res.status(403).json({ error: `Missing the ${UPLOAD_HEADER} header.` });
      }
      res.locals.caller = { viewer, scopeAgencyId: admin ? null : viewer.agencyId } satisfies Caller;
      next();
    } catch (error) {
      next(error);
    }
  });

  const importOptions = (caller: Caller, req: Request) => ({
    actor: { username: caller.viewer.username, role: primaryRole(caller.viewer.roles) ?? '' },
    requestId: req.get('x-request-id')?.slice(0, 100) ?? randomUUID(),
    scopeAgencyId: caller.scopeAgencyId,
  });

  router.post('/check', async (req, res, next) => {
    const upload = await receiveUpload(req, maxUploadBytes).catch(next);
    if (!upload) return;
    if ('status' in upload) return void res.status(upload.status).json({ error: upload.error });
    try {
      const report = await importDataset(options.databaseUrl, upload.file, { ...importOptions(res.locals.caller as Caller, req), dryRun: true });
      res.json({ report });
    } catch (error) {
      next(error);
    } finally {
      await rm(upload.dir, { recursive: true, force: true });
    }
  });

  router.post('/import', async (req, res, next) => {
    const upload = await receiveUpload(req, maxUploadBytes).catch(next);
    if (!upload) return;
    if ('status' in upload) return void res.status(upload.status).json({ error: upload.error });
    const caller = res.locals.caller as Caller;
    const job: ImportJob & { owner: number } = {
      id: randomUUID(), owner: caller.viewer.userId, state: 'RUNNING', file: null, bytesRead: 0, totalBytes: 0, report: null, error: null,
    };
    jobs.set(job.id, job);
    setTimeout(() => jobs.delete(job.id), JOB_TTL_MS).unref();
    res.status(202).json({ job: publicJob(job) });
    // The import runs on after the response; the page polls the job.
    importDataset(options.databaseUrl, upload.file, {
      ...importOptions(caller, req),
      onProgress: ({ file, bytesRead, totalBytes }) => Object.assign(job, { file, bytesRead, totalBytes }),
    }).then(
      (report) => Object.assign(job, { state: report.ok ? 'DONE' : 'FAILED', report, bytesRead: job.totalBytes }),
      () => Object.assign(job, { state: 'FAILED', error: 'The import failed unexpectedly; nothing was written.' }),
    ).finally(() => rm(upload.dir, { recursive: true, force: true }));
  });

  router.get('/jobs/:id', (req, res) => {
    const job = jobs.get(req.params.id!);
    // Someone else's job looks like none at all.
    if (!job || job.owner !== (res.locals.caller as Caller).viewer.userId) return void res.status(404).json({ error: 'No such import.' });
    res.json({ job: publicJob(job) });
  });

  router.get('/export', async (req, res, next) => {
    const format = req.query.format === 'zip' ? 'ZIP' : req.query.format === 'xlsx' || req.query.format === undefined ? 'WORKBOOK' : null;
    if (!format) return void res.status(400).json({ error: 'format: expected xlsx or zip' });
    const caller = res.locals.caller as Caller;
    try {
      const agencyCode = caller.scopeAgencyId == null ? undefined
        : (await options.orm.em.getConnection().execute<{ code: string }[]>('select code from agency where id = ?', [caller.scopeAgencyId]))[0]?.code;
      const name = `kinerja-${(agencyCode ?? 'semua').toLowerCase()}-${new Date().toISOString().slice(0, 10)}.${format === 'ZIP' ? 'zip' : 'xlsx'}`;
      res.attachment(name);
      res.type(format === 'ZIP' ? 'application/zip' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      await exportDataset(options.databaseUrl, { format, stream: res }, { agencyCode });
    } catch (error) {
      if (!res.headersSent) return next(error);
      res.destroy(error as Error);
    }
  });

  return router;
}

function publicJob(job: ImportJob): ImportJob {
  const { id, state, file, bytesRead, totalBytes, report, error } = job;
  return { id, state, file, bytesRead, totalBytes, report, error };
}

/**
 * Saves the one `file` part of a multipart upload to a fresh temporary folder, under a name of our
 * own (only the extension comes from the client, and only .xlsx or .zip): the client's file name
 * never reaches the file system.
 */
async function receiveUpload(req: Request, maxBytes: number): Promise<{ file: string; dir: string } | { status: number; error: string }> {
  if (!req.is('multipart/form-data')) return { status: 415, error: 'Send the file as multipart/form-data (field "file").' };
  const dir = await mkdtemp(path.join(os.tmpdir(), 'kinerja-upload-'));
  const fail = async (status: number, error: string) => {
    await rm(dir, { recursive: true, force: true });
    return { status, error };
  };
  let parser: busboy.Busboy;
  try {
    parser = busboy({ headers: req.headers, limits: { files: 1, fileSize: maxBytes, fields: 10, parts: 11 } });
  } catch {
    return fail(400, 'Not a readable multipart upload.');
  }
  let saved: Promise<string | null> | null = null;
  let tooLarge = false;
  let wrongKind = false;
  parser.on('file', (field, stream, info) => {
    const ext = path.extname(info.filename ?? '').toLowerCase();
    if (field !== 'file' || saved || (ext !== '.xlsx' && ext !== '.zip')) {
      wrongKind = wrongKind || field === 'file';
      stream.resume();
      return;
    }
    const file = path.join(dir, `dataset${ext}`);
    stream.on('limit', () => { tooLarge = true; });
    saved = pipeline(stream, createWriteStream(file)).then(() => file, () => null);
  });
  try {
    await pipeline(req, parser);
  } catch {
    return fail(400, 'The upload was cut off or is not valid multipart data.');
  }
  const file = saved ? await saved : null;
  if (tooLarge) return fail(413, `The file is larger than ${Math.round(maxBytes / 1024 / 1024)} MiB.`);
  if (wrongKind) return fail(415, 'Choose an .xlsx workbook or a .zip of the CSV files.');
  if (!file) return fail(400, 'No file in the upload (field "file").');
  return { file, dir };
}
