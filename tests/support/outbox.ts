import type { OutboxMail } from '@praxisnetz/shared';
import type { ApiClient } from './client.ts';

/**
 * The token of the newest link to `path` mailed to `to`, read from the outbox as an administrator
 * reads it (a server without SMTP keeps every mail there).
 */
export async function tokenFromOutbox(admin: ApiClient, to: string, path: string): Promise<string> {
  const res = await admin.get('/api/admin/outbox');
  if (res.status !== 200) throw new Error(`outbox: ${res.status}`);
  const mail = (res.body.items as OutboxMail[]).find((m) => m.to === to && m.text.includes(`${path}?token=`));
  if (!mail) throw new Error(`no mail with a ${path} link to ${to}`);
  return decodeURIComponent(new RegExp(`${path}\\?token=([^\\s&]+)`).exec(mail.text)![1]!);
}

/** Confirms a new account's address through the link it was mailed, as its owner would. */
export async function confirmAddress(client: ApiClient, admin: ApiClient, email: string): Promise<void> {
  const token = await tokenFromOutbox(admin, email, '/confirm-email');
  const res = await client.post('/api/auth/confirm-email', { token });
  if (res.status !== 200) throw new Error(`confirming ${email}: ${res.status} ${JSON.stringify(res.body)}`);
}
