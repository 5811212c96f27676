import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { rooms } from '@praxisnetz/shared';
import { asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { documentVersions, files, users } from '../db/schema/index.ts';
import { deleteUserSessions, hashPassword, issuePasswordResetLink } from '../modules/auth/index.ts';
import { scheduleErasureSoon, writeDataExport } from '../modules/data-rights/index.ts';
import { createFileStore } from '../modules/documents/index.ts';
import { findUserByEmail, insertUser, updateUser } from '../modules/users/index.ts';
import type { Publisher } from '../realtime/publisher.ts';
import { AdminError } from './admin-error.ts';
import { storedFiles, writeBackup } from './backup.ts';

/**
 * The operator's commands (`npm run admin -- <command>`). Whoever runs them has the machine, its
 * data and its configuration: they act as the platform itself, outside the policy that governs
 * people in the app (and outside the moderation log, which names a person for each action). They run in the CLI's process, or — PGlite, which one process holds — in the
 * running server's (admin/control-socket.ts).
 */
export interface AdminContext {
  database: Database;
  dataDir: string;
  publicUrl: string;
  /** in a running server: closes a suspended account's live connections */
  publisher?: Publisher;
}

export const USAGE = `Usage: npm run admin -- <command>
  create-admin <email> [name]   an active administrator; prints a link to choose the password
  reset-password <email>        prints a password reset link (valid 60 minutes)
  users [pending|active|suspended]
  suspend <email> [reason]      signs the account out everywhere and blocks it
  reinstate <email>
  export <email> <file>         everything kept about the person, as the ZIP they would download
  erase <email>                 schedules the account's erasure in 14 days (stop it on /admin/erasures)
  backup <file>                 database and files into one archive (also while the server runs)
  restore <file>                into an empty data directory or database, the server stopped
  check                         files without a record, records without a file`;

type Command = (ctx: AdminContext, args: string[]) => Promise<string>;

const commands: Record<string, Command> = {
  async 'create-admin'(ctx, [email, ...name]) {
    const address = required(email, 'an e-mail address').trim().toLowerCase();
    if (!/^[^@\s]+@[^@\s]+$/.test(address)) throw new AdminError(`${address} is not an e-mail address`);
    // A password nobody knows: the administrator chooses theirs through the link.
    const passwordHash = await hashPassword(randomBytes(32).toString('base64url'));
    const link = await ctx.database.db.transaction(async (tx) => {
      const row = await insertUser(tx, {
        email: address,
        passwordHash,
        displayName: name.join(' ') || 'Administrator',
        role: 'admin',
        status: 'active',
        emailConfirmedAt: new Date(),
      });
      if (!row) throw new AdminError(`${address} has an account already: use reset-password`);
      return issuePasswordResetLink(tx, row.id);
    });
    return `Administrator ${address} created. Choose the password within 60 minutes:\n${ctx.publicUrl}${link}`;
  },

  async 'reset-password'(ctx, [email]) {
    const user = await userByEmail(ctx, email);
    if (user.status === 'suspended') throw new AdminError(`${user.email} is suspended: reinstate it first`);
    const link = await issuePasswordResetLink(ctx.database.db, user.id);
    return `Password reset link for ${user.email} (valid 60 minutes, replaces older ones):\n${ctx.publicUrl}${link}`;
  },

  async users(ctx, [status]) {
    if (status && !['pending', 'active', 'suspended'].includes(status)) throw new AdminError('users [pending|active|suspended]');
    const rows = await ctx.database.db
      .select({ id: users.id, status: users.status, role: users.role, email: users.email, name: users.displayName })
      .from(users)
      .where(status ? eq(users.status, status as 'active') : undefined)
      .orderBy(asc(users.id));
    return rows.map((u) => [u.id, u.status, u.role, u.email, u.name].join('\t')).join('\n') || 'no accounts';
  },

  async suspend(ctx, [email, ...reason]) {
    const user = await userByEmail(ctx, email);
    await ctx.database.db.transaction(async (tx) => {
      await updateUser(tx, user.id, { status: 'suspended', suspendedUntil: null, suspendReason: reason.join(' ') || null });
      await deleteUserSessions(tx, user.id);
    });
    ctx.publisher?.disconnect(rooms.user(user.id));
    return `${user.email} is suspended and signed out everywhere.`;
  },

  async reinstate(ctx, [email]) {
    const user = await userByEmail(ctx, email);
    await updateUser(ctx.database.db, user.id, { status: 'active', suspendedUntil: null, suspendReason: null });
    return `${user.email} is active again.`;
  },

  async export(ctx, [email, file]) {
    const user = await userByEmail(ctx, email);
    const size = await writeDataExport(ctx.database.db, createFileStore(ctx.dataDir), user.id, path.resolve(required(file, 'the file to write')));
    return `The data of ${user.email} written to ${file} (${size} bytes).`;
  },

  async erase(ctx, [email]) {
    const user = await userByEmail(ctx, email);
    if (user.erasedAt) throw new AdminError(`${user.email} is erased already`);
    await scheduleErasureSoon(ctx.database.db, user.id);
    const due = (await findUserByEmail(ctx.database.db, user.email))!.erasureDueAt!;
    return `${user.email} will be erased on ${due.toISOString()} unless an administrator stops it on /admin/erasures.`;
  },

  async backup(ctx, [file]) {
    const manifest = await writeBackup(ctx.database, ctx.dataDir, required(file, 'the file to write'));
    return `Backup written to ${file}: the ${manifest.database === 'pglite' ? 'PGlite' : 'PostgreSQL'} database and ${manifest.files} files.`;
  },

  async check(ctx) {
    const store = path.join(ctx.dataDir, 'files');
    const onDisk = new Set((await storedFiles(store)).map((f) => path.basename(f)));
    const records = await ctx.database.db
      .select({ sha256: files.sha256, used: sql<number>`(select count(*)::int from ${documentVersions} where ${documentVersions.sha256} = ${files.sha256})` })
      .from(files);
    const recorded = new Set(records.map((r) => r.sha256));
    const missing = records.filter((r) => !onDisk.has(r.sha256)).map((r) => r.sha256);
    const unused = records.filter((r) => r.used === 0).map((r) => r.sha256);
    const strays = [...onDisk].filter((sha) => !recorded.has(sha));
    const report = [
      `${records.length} file records, ${onDisk.size} files in ${store}`,
      section('records whose file is missing', missing),
      section('records no document version uses', unused),
      section('files without a record', strays),
    ];
    return report.join('\n');
  },
};

export const isCommand = (name: string | undefined) => name === 'restore' || (!!name && Object.hasOwn(commands, name));

export async function runCommand(ctx: AdminContext, [name, ...args]: string[]): Promise<string> {
  const command = name && Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) throw new AdminError(USAGE);
  return command(ctx, args);
}

function required(value: string | undefined, what: string): string {
  if (!value) throw new AdminError(`missing ${what}\n${USAGE}`);
  return value;
}

async function userByEmail(ctx: AdminContext, email: string | undefined) {
  const user = await findUserByEmail(ctx.database.db, required(email, 'an e-mail address').trim().toLowerCase());
  if (!user) throw new AdminError(`no account has the address ${email}`);
  return user;
}

const section = (title: string, items: string[]) => `${title}: ${items.length ? `${items.length}\n  ${items.join('\n  ')}` : 'none'}`;
