import { createRouter, createWebHistory, type RouteLocationRaw, type RouterHistory, type RouteRecordRaw } from 'vue-router';
import { watch } from 'vue';
import type { MessageSchema } from './i18n/id';
import { session, type Session } from './features/session/session';
import { canManageDatasets, canRunConsole, canSeeAnalytics, canSeePeople, canSuperviseTeam } from './features/session/permissions';
import { CONSOLE_ROUTES } from './features/console/console-nav';
import { restoreSession } from './features/session/restore-session';
import { trackPendingNavigation } from './router-pending';

declare module 'vue-router' {
  interface RouteMeta {
    /** Reachable without signing in. */
    public?: boolean;
    /** Key under `nav` for the page title and the browser tab. */
    titleKey?: keyof MessageSchema['nav'];
    /** An analytics page: for roles that read aggregates (not SUPERVISOR or EMPLOYEE). */
    analytics?: boolean;
    /** Shows named people: not for analysts. */
    people?: boolean;
    /** Dataset import and export: ADMIN and HR_ADMIN. */
    datasets?: boolean;
    /** The BKD console: for roles that run appraisal cycles (HR_ADMIN, ADMIN). */
    console?: boolean;
    /** The signed-in person's own appraisal: needs an account linked to an employee. */
    ownAppraisal?: boolean;
    /** A supervisor's work (Tim Saya, objection inbox). */
    team?: boolean;
  }
}

// Paths are Indonesian, like the rest of the interface. /explorer itself is the API's GraphQL IDE,
// so the page that hosts it is /penjelajah.
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
    meta: { titleKey: 'overview', analytics: true },
  },
  {
    path: '/kesenjangan',
    name: 'gaps',
    component: () => import('./pages/GapsPage.vue'),
    meta: { titleKey: 'gaps', analytics: true },
  },
  {
    path: '/pelatihan',
    name: 'training',
    component: () => import('./pages/TrainingPage.vue'),
    meta: { titleKey: 'training', analytics: true },
  },
  {
    path: '/efektivitas',
    name: 'effectiveness',
    component: () => import('./pages/EffectivenessPage.vue'),
    meta: { titleKey: 'effectiveness', analytics: true },
  },
  {
    path: '/instansi',
    name: 'agencies',
    component: () => import('./pages/ComparisonPage.vue'),
    meta: { titleKey: 'agencies', analytics: true },
  },
  {
    path: '/talenta',
    name: 'talent',
    component: () => import('./pages/TalentPage.vue'),
    meta: { titleKey: 'talent', analytics: true },
  },
  {
    path: '/pegawai/:id',
    name: 'profile',
    component: () => import('./pages/ProfilePage.vue'),
    meta: { titleKey: 'profile', people: true },
  },
  {
    path: '/konsol/data',
    name: 'data',
    component: () => import('./pages/DataPage.vue'),
    meta: { titleKey: 'data', datasets: true },
  },
  {
    path: '/kinerja',
    name: 'myAppraisal',
    component: () => import('./pages/MyAppraisalPage.vue'),
    meta: { titleKey: 'myAppraisal', ownAppraisal: true },
  },
  {
    path: '/tim',
    name: 'team',
    component: () => import('./pages/TeamPage.vue'),
    meta: { titleKey: 'team', team: true },
  },
  {
    path: '/tim/penilaian/:id',
    name: 'teamAppraisal',
    component: () => import('./pages/TeamAppraisalPage.vue'),
    meta: { titleKey: 'team', team: true },
  },
  {
    path: '/keberatan',
    name: 'objections',
    component: () => import('./pages/ObjectionInboxPage.vue'),
    meta: { titleKey: 'objections', team: true },
  },
  {
    path: '/penjelajah',
    name: 'explorer',
    component: () => import('./pages/ExplorerPage.vue'),
    meta: { titleKey: 'explorer' },
  },
  ...CONSOLE_ROUTES,
  { path: '/:pathMatch(.*)*', redirect: { name: 'overview' } },
];

/**
 * Where a user lands: the overview for those who read analytics, their team for supervisors, their own
 * SKP for employees.
 */
export function homeOf(user: Session): RouteLocationRaw {
  if (canSeeAnalytics(user.roles)) return { name: 'overview' };
  if (canSuperviseTeam(user.roles)) return { name: 'team' };
  if (user.employeeId) return { name: 'myAppraisal' };
  return { name: 'explorer' };
}

export function createAppRouter(history: RouterHistory = createWebHistory(import.meta.env.BASE_URL)) {
  const router = createRouter({
    history,
    routes,
    // Changing a filter rewrites the query: keep the reader where they are on the page.
    scrollBehavior: (to, from, saved) => saved ?? (to.path === from.path ? false : { top: 0 }),
  });
  // First of the guards, so that a page can tell when the reader is already on the way elsewhere.
  trackPendingNavigation(router);
  // Every page but the sign-in page needs a session; the API enforces scope either way, and these
  // checks only keep people away from pages that would answer "forbidden".
  router.beforeEach(async (to) => {
    // The first navigation waits to learn who the session cookie belongs to.
    await restoreSession();
    if (to.meta.public) return true;
    const user = session.value;
    if (!user) return { name: 'login', query: { next: to.fullPath } };
    if (to.meta.analytics && !canSeeAnalytics(user.roles)) return homeOf(user);
    if (to.meta.people && !canSeePeople(user.roles)) return homeOf(user);
    if (to.meta.ownAppraisal && !user.employeeId) return homeOf(user);
    if (to.meta.team && !canSuperviseTeam(user.roles)) return homeOf(user);
    if (to.meta.datasets && !canManageDatasets(user.roles)) return homeOf(user);
    if (to.meta.console && !canRunConsole(user.roles)) return homeOf(user);
    return true;
  });
  // A session that ends while the user is on a page (expired token, sign-out) sends them to sign in.
  watch(session, (now) => {
    const route = router.currentRoute.value;
    if (!now && !route.meta.public) void router.push({ name: 'login', query: { next: route.fullPath } });
  });
  return router;
}
