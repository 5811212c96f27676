import { type Document, type DocumentType, type DocumentVersion, type DocumentVisibility, ExtractionProblem, type Locale, type TopicRef } from '@praxisnetz/shared';
import { practiceOf } from '../forum/index.ts';
import { type AuthorColumns, authorOf } from '../users/index.ts';
import type { DocumentListRow, listVersions } from './documents.repo.ts';

export function toDocument(r: DocumentListRow, topics: TopicRef[]): Document {
  const d = r.document;
  return {
    id: d.id,
    title: d.title,
    description: d.description,
    type: d.type as DocumentType,
    city: r.citySlug ? { slug: r.citySlug, name: r.cityName! } : null,
    year: d.year,
    language: d.language as Locale,
    topics,
    visibility: d.visibility as DocumentVisibility,
    group: r.group,
    owner: authorOf(r),
    filename: r.filename,
    size: r.size,
    sha256: r.sha256,
    mime: r.mime,
    version: d.currentVersion,
    downloadCount: d.downloadCount,
    extraction: r.extraction as Document['extraction'],
    extractionProblem: r.extraction === 'failed' ? (ExtractionProblem.safeParse(r.extractionProblem).data ?? 'unreadable') : null,
    createdAt: d.createdAt.toISOString(),
    updatedAt: d.updatedAt.toISOString(),
    practice: practiceOf(d),
  };
}

type VersionRow = Awaited<ReturnType<typeof listVersions>>[number];

export function toVersion(r: VersionRow & AuthorColumns): DocumentVersion {
  return {
    n: r.version.n,
    filename: r.version.filename,
    size: r.size,
    sha256: r.version.sha256,
    mime: r.mime,
    uploadedBy: authorOf(r),
    createdAt: r.version.createdAt.toISOString(),
  };
}
