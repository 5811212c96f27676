import { AttachmentIds } from '@praxisnetz/shared';

/** The composer's checked attachments: the ids, their comma-joined form for re-showing the form, and whether they are acceptable. */
export function readAttachments(data: FormData): { ids: number[]; value: string; valid: boolean } {
  const raw = data.getAll('attachments').filter((v): v is string => typeof v === 'string');
  const parsed = AttachmentIds.safeParse([...new Set(raw)]);
  return { ids: parsed.success ? parsed.data : [], value: raw.join(','), valid: parsed.success };
}

/** The ids a re-shown composer checks: those just submitted, else the document just uploaded for it. */
export function selectedAttachments(submitted: string | undefined, attached: number | null): number[] {
  if (submitted !== undefined) return submitted.split(',').filter(Boolean).map(Number);
  return attached ? [attached] : [];
}
