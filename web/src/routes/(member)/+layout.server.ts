import { requireMember } from '#lib/server/guards.ts';
import type { LayoutServerLoad } from './$types';

/** The forum is the members' space: visitors are asked to sign in, pending accounts see why they wait. */
export const load: LayoutServerLoad = (event) => ({ member: requireMember(event) });
