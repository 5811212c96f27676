/** The named parameters of an address that are set (trimmed, empty ones left out): a list page's filters and cursor. */
export function queryOf(url: URL, keys: readonly string[]): Record<string, string> {
  return Object.fromEntries(keys.flatMap((key) => (url.searchParams.get(key)?.trim() ? [[key, url.searchParams.get(key)!.trim()]] : [])));
}
