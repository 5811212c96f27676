import { type SQL, sql } from 'drizzle-orm';
import { customType } from 'drizzle-orm/pg-core';

export const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * to_tsvector over a column in the row's own language ('de' | 'en' | 'fr'), optionally weighted.
 * The configs are literals so the expression stays immutable, as a generated column requires.
 */
export function languageVector(column: string, weight?: 'A' | 'B' | 'C'): SQL {
  const text = `coalesce("${column}", '')`;
  const vector = (config: string) =>
    weight ? `setweight(to_tsvector('${config}', ${text}), '${weight}')` : `to_tsvector('${config}', ${text})`;
  return sql.raw(
    `case "language" when 'de' then ${vector('german')} when 'fr' then ${vector('french')} else ${vector('english')} end`,
  );
}
