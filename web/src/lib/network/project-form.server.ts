import { type Project, ProjectInput } from '@praxisnetz/shared';

/** The project form as form actions read it: partner cities and documents are checkbox lists. */
export const projectForm = {
  form: 'project',
  fields: ['title', 'programme', 'topic', 'startsOn', 'endsOn', 'leadOrganisation', 'leadCity', 'partnerCities', 'aims', 'results', 'documentIds', 'contact', 'website'],
  lists: ['partnerCities', 'documentIds'],
  schema: ProjectInput,
  shape: (v: Record<string, string | string[]>) => ({ ...v, documentIds: (v.documentIds as string[]).map(Number) }),
} as const;

/** The form's values from a project, flat as the form names them. */
export const projectValues = (p: Project): Record<string, string> => ({
  title: p.title,
  programme: p.programme,
  topic: p.topic?.slug ?? '',
  startsOn: p.startsOn,
  endsOn: p.endsOn ?? '',
  leadOrganisation: p.leadOrganisation,
  leadCity: p.leadCity?.slug ?? '',
  partnerCities: p.partnerCities.map((c) => c.slug).join(','),
  aims: p.aims,
  results: p.results,
  documentIds: p.documents.map((d) => String(d.id)).join(','),
  contact: p.contact,
  website: p.website,
});
