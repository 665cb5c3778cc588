import type { Route } from './route.js';

interface CompiledRoute {
  readonly route: Route;
  readonly segments: readonly string[];
}

/**
 * Finds the route for a method and a path below `/v1`, with its `{param}` values decoded; an
 * exact segment beats a parameter, so `/files/{id}` and `/files/{id}/content` coexist.
 */
export function createRouteMatcher(
  routes: readonly Route[],
): (method: string, path: string) => { route: Route; params: Record<string, string> } | undefined {
  const compiled: CompiledRoute[] = routes.map((route) => ({
    route,
    segments: route.path.split('/').filter((segment) => segment !== ''),
  }));
  return (method, path) => {
    const parts = path.split('/').filter((segment) => segment !== '');
    for (const { route, segments } of compiled) {
      if (route.method !== method || segments.length !== parts.length) continue;
      const params: Record<string, string> = {};
      let matched = true;
      for (const [index, segment] of segments.entries()) {
        const part = parts[index] ?? '';
        if (segment.startsWith('{') && segment.endsWith('}')) {
          try {
            params[segment.slice(1, -1)] = decodeURIComponent(part);
          } catch {
            matched = false;
            break;
          }
        } else if (segment !== part) {
          matched = false;
          break;
        }
      }
      if (matched) return { route, params };
    }
    return undefined;
  };
}
