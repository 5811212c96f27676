import { type Column, type SQL, sql } from 'drizzle-orm';

/**
 * `column = any($1::int[])`: one parameter however many ids (a fan-out to thousands of members
 * would pass PostgreSQL's 65,535 parameters with `in (...)`), and one statement text to prepare.
 */
export function inIds(column: Column, ids: number[]): SQL {
  return sql`${column} = any(${sql.param(ids)}::int[])`;
}
