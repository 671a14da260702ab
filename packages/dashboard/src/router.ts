import { createRouter, createWebHistory, type RouterHistory, type RouteRecordRaw } from 'vue-router';
import { watch } from 'vue';
import type { MessageSchema } from './i18n/id';
import { session } from './features/session/session';

declare module 'vue-router' {
  interface RouteMeta {
    /** Reachable without signing in. */
    public?: boolean;
    /** Key under `nav` for the page title and the browser tab. */
    titleKey?: keyof MessageSchema['nav'];
  }
}

export const routes: RouteRecordRaw[] = [
  {
    path: '/masuk',
    name: 'login',
    component: () => import('./pages/LoginPage.vue'),
    meta: { public: true, titleKey: 'login' },
  },
  {
    path: '/',
    name: 'overview',
    component: () => import('./pages/OverviewPage.vue'),
    meta: { titleKey: 'overview' },
  },
  // Future pages (gaps, training, agencies, talent, explorer) are added here as they are built.
  { path: '/:pathMatch(.*)*', redirect: { name: 'overview' } },
];

export function createAppRouter(history: RouterHistory = createWebHistory(import.meta.env.BASE_URL)) {
  const router = createRouter({ history, routes });
  // Every page but the sign-in page needs a session; the API enforces scope either way.
  router.beforeEach((to) => {
    if (!to.meta.public && !session.value) return { name: 'login', query: { next: to.fullPath } };
    return true;
  });
  // A session that ends while the user is on a page (expired token) sends them to sign in again.
  watch(session, (now) => {
    const route = router.currentRoute.value;
    if (!now && !route.meta.public) void router.push({ name: 'login', query: { next: route.fullPath } });
  });
  return router;
}
