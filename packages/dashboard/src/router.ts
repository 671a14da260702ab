import { createRouter, createWebHistory, type RouterHistory, type RouteRecordRaw } from 'vue-router';
import type { MessageSchema } from './i18n/id';

declare module 'vue-router' {
  interface RouteMeta {
    /** Key under `nav` for the page title and the browser tab. */
    titleKey?: keyof MessageSchema['nav'];
  }
}

export const routes: RouteRecordRaw[] = [
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
  return createRouter({ history, routes });
}
