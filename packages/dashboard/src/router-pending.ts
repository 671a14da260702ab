import type { RouteLocationNormalized, Router } from 'vue-router';

const pending = new WeakMap<Router, RouteLocationNormalized>();

/**
 * Keeps track of the navigation a router is in the middle of: from its first guard until it is
 * confirmed, fails or is cancelled (a page's code may still be loading). Install it before any other guard.
 */
export function trackPendingNavigation(router: Router): void {
  router.beforeEach((to) => {
    pending.set(router, to);
  });
  router.afterEach((to) => {
    if (pending.get(router) === to) pending.delete(router);
  });
  router.onError(() => {
    pending.delete(router);
  });
}

/** Where the router is going while a navigation is under way; undefined when it is not moving (or not tracked). */
export function pendingNavigation(router: Router): RouteLocationNormalized | undefined {
  return pending.get(router);
}
