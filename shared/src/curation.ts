import { z } from 'zod';
import { line } from './text.ts';

/** A practice example's mark: who finds it exemplary says in a line or two why. */
export const PracticeMarkInput = z.object({ summary: line().trim().min(10).max(500) });
export type PracticeMarkInput = z.infer<typeof PracticeMarkInput>;

/** What a thread or document carries once marked as a practice example. */
export const PracticeMark = z.object({ summary: z.string(), markedAt: z.string() });
export type PracticeMark = z.infer<typeof PracticeMark>;

/** An entry of the practice examples' own listing. */
export const PracticeExample = z.object({
  type: z.enum(['thread', 'document']),
  id: z.number().int(),
  title: z.string(),
  summary: z.string(),
  href: z.string(),
  markedAt: z.string(),
  /** the working group whose space holds it; null for the open network */
  group: z.object({ id: z.number().int(), name: z.string() }).nullable(),
});
export type PracticeExample = z.infer<typeof PracticeExample>;
