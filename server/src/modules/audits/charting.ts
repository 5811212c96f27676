/** Plot and linkedom take ~0.6 s to load: only a chart pays for them, once per process. */
export const charting = () => Promise.all([import('@observablehq/plot'), import('linkedom')]);
