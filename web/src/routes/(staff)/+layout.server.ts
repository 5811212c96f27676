import { requireStaff } from '#lib/server/guards.ts';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = (event) => ({ staff: requireStaff(event) });
