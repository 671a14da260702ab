import type { RouteRecordRaw } from 'vue-router';

// The "Konsol BKD" navigation group and its routes, for roles that run appraisal cycles. A console
// page adds one route here and one item to CONSOLE_NAV.

export const CONSOLE_ROUTES: RouteRecordRaw[] = [
  { path: '/konsol', redirect: { name: 'console-cycles' } },
  {
    path: '/konsol/siklus',
    name: 'console-cycles',
    component: () => import('./CyclesPage.vue'),
    meta: { titleKey: 'cycles', console: true },
  },
  {
    path: '/konsol/pemantauan',
    name: 'console-monitoring',
    component: () => import('./MonitoringPage.vue'),
    meta: { titleKey: 'monitoring', console: true },
  },
];

export interface ConsoleNavItem {
  key: 'cycles' | 'monitoring';
  route: string;
  /** A 24×24 line icon path. */
  icon: string;
}

export const CONSOLE_NAV: ConsoleNavItem[] = [
  { key: 'cycles', route: 'console-cycles', icon: 'M4 5h16v15H4zM4 9h16M8 3v4M16 3v4M8 13h3M8 16h6' },
  { key: 'monitoring', route: 'console-monitoring', icon: 'M3 12h4l3-7 4 14 3-7h4' },
];
