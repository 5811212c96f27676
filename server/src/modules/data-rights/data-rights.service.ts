import { randomBytes } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { type DataExport, ERASURE_GRACE_DAYS, ErasureInput, type Erasure, EXPORT_DAYS, rooms, type ScheduledErasure } from '@praxisnetz/shared';
import { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { enqueueJob } from '../../jobs/jobs.repo.ts';
import { Conflict, NotFound, ValidationError } from '../../lib/errors.ts';
import { logError } from '../../lib/log.ts';
import { parseInput } from '../../lib/validate.ts';
import { type Actor, requireAdmin, requireSignedIn } from '../../policy/index.ts';
import type { Publisher } from '../../realtime/publisher.ts';
import { deleteUserSessions, hashPassword, verifyPassword } from '../auth/index.ts';
import type { FileStore } from '../documents/index.ts';
import { type NotificationsService, timeForReader } from '../notifications/index.ts';
import { findUserById } from '../users/index.ts';
import { deleteOldMails, type ErasurePolicy, cancelErasure, dueErasures, eraseAccount, scheduledErasures, scheduleErasure } from './erasure.repo.ts';
import { writeZip } from './export-archive.ts';
import { type ExportRow, expiredExports, finishExport, insertExport, latestExport, markExportFailed } from './exports.repo.ts';
import { personalData, uploadedFiles } from './personal-data.repo.ts';

export const EXPORT_JOB = 'data-rights:export';
/** hourly: erasures that are due, and exports past their 7 days */
export const DATA_RIGHTS_JOB = 'every:data-rights';
const ExportJob = z.object({ exportId: z.number().int(), userId: z.number().int() });

const DAY = 24 * 60 * 60 * 1000;

/** One person's data as a ZIP at `target` (the export job, and the admin CLI's `export`). */
export async function writeDataExport(db: Db, fileStore: FileStore, userId: number, target: string): Promise<number> {
  const data = await personalData(db, userId);
  const files = (await uploadedFiles(db, userId)).map((f) => ({ name: `files/${f.documentId}-v${f.n}-${f.filename}`, path: fileStore.pathOf(f.sha256) }));
  return writeZip(target, data, files);
}

/** Schedules the erasure ERASURE_GRACE_DAYS from now. */
export const scheduleErasureSoon = (db: Db, userId: number) => scheduleErasure(db, userId, new Date(Date.now() + ERASURE_GRACE_DAYS * DAY));

/**
 * The data subject's rights (GDPR art. 15, 17, 20) as self-service: an export of everything kept
 * about the person, and the erasure of their account after a grace period an administrator can
 * use to stop it. Administrators run both for a request received by letter.
 */
export function createDataRights(deps: {
  db: Db;
  dataDir: string;
  fileStore: FileStore;
  publisher: Publisher;
  erasurePolicy: ErasurePolicy;
  mailLogDays: number;
  notifications: Pick<NotificationsService, 'tell' | 'told'>;
  nudge: () => void;
}) {
  const { db, fileStore, publisher, erasurePolicy, mailLogDays, notifications, nudge } = deps;
  const exportDir = path.join(deps.dataDir, 'exports');
  const zipOf = (id: number) => path.join(exportDir, `${id}.zip`);

  function toExport(row: ExportRow): DataExport {
    const expired = row.expiresAt !== null && row.expiresAt.getTime() <= Date.now();
    return {
      id: row.id,
      status: expired ? 'expired' : row.status,
      requestedAt: row.requestedAt.toISOString(),
      readyAt: row.readyAt?.toISOString() ?? null,
      expiresAt: row.expiresAt?.toISOString() ?? null,
      size: row.size,
      url: row.status === 'ready' && !expired ? '/api/me/export/download' : null,
    };
  }

  async function erasureOf(userId: number): Promise<Erasure | null> {
    const user = await findUserById(db, userId);
    if (!user?.erasureDueAt || !user.erasureRequestedAt) return null;
    return { requestedAt: user.erasureRequestedAt.toISOString(), dueAt: user.erasureDueAt.toISOString() };
  }

  async function schedule(userId: number): Promise<Erasure> {
    await scheduleErasureSoon(db, userId);
    return (await erasureOf(userId))!;
  }

  return {
    /** what becomes of an erased member's posts (ERASURE_CONTENT), for the page that explains it */
    erasurePolicy,

    /** Asked again while one is being prepared: that one. */
    async requestExport(actor: Actor): Promise<DataExport> {
      const user = requireSignedIn(actor);
      const current = await latestExport(db, user.id);
      if (current?.status === 'pending') return toExport(current);
      const row = await db.transaction(async (tx) => {
        const created = await insertExport(tx, user.id);
        await enqueueJob(tx, EXPORT_JOB, { exportId: created.id, userId: user.id });
        return created;
      });
      nudge();
      return toExport(row);
    },

    async exportStatus(actor: Actor): Promise<DataExport | null> {
      const user = requireSignedIn(actor);
      const row = await latestExport(db, user.id);
      return row ? toExport(row) : null;
    },

    /** The ready ZIP's path, for its owner only. */
    async exportFile(actor: Actor): Promise<{ path: string; filename: string }> {
      const user = requireSignedIn(actor);
      const row = await latestExport(db, user.id);
      if (!row || toExport(row).url === null) throw NotFound('Export');
      return { path: zipOf(row.id), filename: `praxisnetz-daten-${row.readyAt!.toISOString().slice(0, 10)}.zip` };
    },

    /** The job: the ZIP of JSON documents and the person's uploaded files; the person is told (in the app, and by mail by default). */
    async buildExport(payload: unknown): Promise<void> {
      const { exportId, userId } = ExportJob.parse(payload);
      await mkdir(exportDir, { recursive: true });
      const target = zipOf(exportId);
      await rm(target, { force: true });
      try {
        const size = await writeDataExport(db, fileStore, userId, target);
        const expiresAt = new Date(Date.now() + EXPORT_DAYS * DAY);
        const told = await db.transaction(async (tx) => {
          await finishExport(tx, exportId, size, expiresAt);
          return notifications.tell(tx, 'data_export_ready', [userId], {}, { title: '', path: '/me/data', time: timeForReader(expiresAt) });
        });
        await notifications.told(told);
      } catch (err) {
        await rm(target, { force: true });
        await markExportFailed(db, exportId);
        throw err;
      }
    },

    async erasureStatus(actor: Actor): Promise<Erasure | null> {
      return erasureOf(requireSignedIn(actor).id);
    },

    /** The person's own request: confirmed by their password (or, without one, their address typed out); they are signed out everywhere. */
    async requestErasure(actor: Actor, input: unknown): Promise<Erasure> {
      const user = requireSignedIn(actor);
      const { password, confirmation } = parseInput(ErasureInput, input);
      const confirmed =
        password !== undefined ? await verifyPassword(user.passwordHash, password) : confirmation!.trim().toLowerCase() === user.email;
      if (!confirmed) throw ValidationError(password !== undefined ? { password: 'The password is not right.' } : { confirmation: 'Type your e-mail address exactly.' });
      if (user.erasureDueAt) return (await erasureOf(user.id))!;
      await db.transaction(async (tx) => {
        await scheduleErasure(tx, user.id, new Date(Date.now() + ERASURE_GRACE_DAYS * DAY));
        await deleteUserSessions(tx, user.id);
      });
      publisher.disconnect(rooms.user(user.id));
      return (await erasureOf(user.id))!;
    },

    /** An administrator, for a request received by letter (the same grace period). */
    async scheduleErasureFor(actor: Actor, userId: number): Promise<Erasure> {
      const admin = requireAdmin(actor);
      const user = await findUserById(db, userId);
      if (!user || user.erasedAt) throw NotFound('User');
      if (user.id === admin.id) throw Conflict('Erase your own account from your data page.');
      return user.erasureDueAt ? (await erasureOf(user.id))! : schedule(user.id);
    },

    async stopErasure(actor: Actor, userId: number): Promise<void> {
      requireAdmin(actor);
      if (!(await cancelErasure(db, userId))) throw NotFound('Scheduled erasure');
    },

    async scheduled(actor: Actor): Promise<ScheduledErasure[]> {
      requireAdmin(actor);
      return (await scheduledErasures(db)).map((r) => ({
        userId: r.id,
        displayName: r.displayName,
        email: r.email,
        requestedAt: r.requestedAt!.toISOString(),
        dueAt: r.dueAt!.toISOString(),
      }));
    },

    /** The hourly job: due erasures (each in its own transaction), the exports past their days, the mail log past MAIL_LOG_DAYS. */
    async housekeeping(): Promise<void> {
      for (const userId of await dueErasures(db)) {
        const unusable = await hashPassword(randomBytes(32).toString('base64url'));
        const orphanedFiles = await db.transaction((tx) => eraseAccount(tx, userId, erasurePolicy, unusable));
        publisher.disconnect(rooms.user(userId));
        for (const sha256 of orphanedFiles) await fileStore.remove(sha256);
      }
      for (const id of await expiredExports(db)) {
        await rm(zipOf(id), { force: true }).catch((err: unknown) => logError('removing an expired export', err));
      }
      await deleteOldMails(db, mailLogDays);
    },
  };
}
export type DataRights = ReturnType<typeof createDataRights>;
