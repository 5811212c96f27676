/** The canonical address of a thread: its id, then the slug of its title for people and search engines. */
export const threadPath = (thread: { id: number; slug: string }) =>
  thread.slug ? `/threads/${thread.id}-${thread.slug}` : `/threads/${thread.id}`;

export const postAnchor = (postId: number) => `post-${postId}`;

type PageUrl = { pathname: string; searchParams: Pick<URLSearchParams, 'entries'> };

/** The query that selects what a page shows (page cursor, open editor), without a form action's `?/name`. */
function viewQuery(url: PageUrl): string {
  return new URLSearchParams([...url.searchParams.entries()].filter(([key]) => !key.startsWith('/'))).toString();
}

/** The current page as a GET address, e.g. where the language switcher leads back to. */
export function viewHref(url: PageUrl): string {
  const query = viewQuery(url);
  return `${url.pathname}${query ? `?${query}` : ''}`;
}

/** A named form action on the current page; it keeps the view query, so the answer renders the same view. */
export function actionHref(url: PageUrl, action: string): string {
  const query = viewQuery(url);
  return `?/${action}${query ? `&${query}` : ''}`;
}

/** A link within a thread page: the current page of replies plus one view parameter, scrolled to a post. */
export function postViewHref(path: string, cursor: string | null, postId: number, view?: 'edit' | 'delete' | 'history' | 'hide' | 'flag'): string {
  const query = new URLSearchParams();
  if (cursor) query.set('cursor', cursor);
  if (view) query.set(view, String(postId));
  const search = query.toString();
  return `${path}${search ? `?${search}` : ''}#${postAnchor(postId)}`;
}

/** The thread page with the reply form holding a quote of the post (the quote button, with or without JavaScript). */
export function quoteHref(path: string, cursor: string | null, postId: number): string {
  const query = new URLSearchParams();
  if (cursor) query.set('cursor', cursor);
  query.set('quote', String(postId));
  return `${path}?${query}#reply-title`;
}

/** A library document's page. */
export const documentPath = (id: number) => `/library/${id}`;

/** A document's file: the latest version unless a version number is given. */
export const downloadPath = (id: number, version?: number) => (version ? `/files/${id}/v/${version}` : `/files/${id}`);
