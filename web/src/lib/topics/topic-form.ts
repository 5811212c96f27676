/** The topics ticked in a form (checkboxes named `topics`), as slugs. */
export const readTopics = (data: FormData): string[] => data.getAll('topics').filter((v): v is string => typeof v === 'string' && v !== '');

/** A form answer keeps values as text: the ticked topics, comma-joined, and back. */
export const joinTopics = (slugs: string[]) => slugs.join(',');
export const splitTopics = (value: string | undefined): string[] | undefined => (value === undefined ? undefined : value.split(',').filter(Boolean));

/** The form's ticked topics as one comma-joined field, so the composer reads them like its other fields. */
export function withJoinedTopics(data: FormData): FormData {
  const topics = readTopics(data);
  data.set('topics', joinTopics(topics));
  return data;
}
