/** The session cookie that both the API and the web app read. */
export const SESSION_COOKIE = 'pn_session';
