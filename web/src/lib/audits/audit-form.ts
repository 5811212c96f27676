import { AuditInput, AuditPatch } from '@praxisnetz/shared';

/** The description form's fields, in form order (the error summary follows it). */
export const AUDIT_FIELDS = [
  'citySlug',
  'title',
  'summary',
  'fieldworkFrom',
  'fieldworkTo',
  'mode',
  'sampleSize',
  'responseRate',
  'weighting',
  'questionnaire',
  'office',
  'contact',
  'reportDocumentId',
  'questionnaireDocumentId',
  'licence',
  'visibility',
  'groupId',
  'minN',
] as const;
export type AuditField = (typeof AUDIT_FIELDS)[number];

/** Number fields left empty mean "none" (the schema's numbers would read them as 0); an empty minimum keeps the default or the current one. */
const OPTIONAL_NUMBERS = ['sampleSize', 'responseRate', 'reportDocumentId', 'questionnaireDocumentId', 'groupId', 'minN'];
/** German decimal commas in the rate: "31,5" is 31.5. */
const input = (values: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(values).flatMap(([k, v]): [string, string | null][] => {
      const text = v.trim();
      if (OPTIONAL_NUMBERS.includes(k) && text === '') return k === 'minN' ? [] : [[k, null]];
      return [[k, k === 'responseRate' ? text.replace(',', '.') : v]];
    }),
  );

export const AuditCreateForm = { safeParse: (values: Record<string, string>) => AuditInput.safeParse(input(values)) };
export const AuditEditForm = { safeParse: (values: Record<string, string>) => AuditPatch.safeParse(input(values)) };
