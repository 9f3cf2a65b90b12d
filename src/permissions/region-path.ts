/**
 * Region paths are materialized paths of division codes with a slash at both ends (`/35/3508/350881/`),
 * so "inside a region" is a prefix test. The closing slash matters: `/35/35` must not cover `/35/3508/`.
 */

/** The path with exactly one leading and one trailing slash. */
export function normalizeRegionPath(path: string): string {
  const inner = path.replace(/^\/+|\/+$/g, '');
  return inner === '' ? '/' : `/${inner}/`;
}

/** Whether `path` is `ancestor` itself or lies below it. */
export function isWithinRegionPath(path: string, ancestor: string): boolean {
  return normalizeRegionPath(path).startsWith(normalizeRegionPath(ancestor));
}

/** The path and all paths above it, shallowest first: `/35/3508/` → [`/35/`, `/35/3508/`]. */
export function regionPathAncestry(path: string): string[] {
  const codes = normalizeRegionPath(path).split('/').filter(Boolean);
  return codes.map((_, index) => `/${codes.slice(0, index + 1).join('/')}/`);
}

/** Depth of a path (`/35/` is 1); a deeper path is a narrower region. */
export function regionPathDepth(path: string): number {
  return normalizeRegionPath(path).split('/').filter(Boolean).length;
}
