import type { GroupDetail } from '@praxisnetz/shared';
import { type ApiClient, demoUser } from './client.ts';

let made = 0;

/** A new working group, created by a staff account, led by the given demo accounts. */
export async function createGroup(staff: ApiClient, leads: string[], name = `Arbeitsgruppe Test ${++made} ${Date.now()}`): Promise<GroupDetail> {
  const res = await staff.post('/api/groups', { name, description: 'Für Tests', leadEmails: leads.map((k) => demoUser(k).email) });
  if (res.status !== 201) throw new Error(`creating a group failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.group;
}

/** Makes a demo account an active member: a lead invites, the person accepts. */
export async function addMember(lead: ApiClient, groupId: number, member: ApiClient, key: string): Promise<void> {
  const invited = await lead.post(`/api/groups/${groupId}/members`, { email: demoUser(key).email });
  if (invited.status !== 201) throw new Error(`inviting ${key} failed: ${invited.status} ${JSON.stringify(invited.body)}`);
  const joined = await member.post(`/api/groups/${groupId}/join`);
  if (joined.status !== 200 && joined.status !== 201) throw new Error(`${key} joining failed: ${joined.status} ${JSON.stringify(joined.body)}`);
}
