import type { MessageSchema } from './id';

const en: MessageSchema = {
  app: {
    name: 'Kinerja',
    tagline: 'Competency-Based Performance Appraisal for Civil Servants',
    skipToContent: 'Skip to content',
    language: 'Language',
    languageNames: { id: 'Bahasa Indonesia', en: 'English' },
    footer: 'Kinerja — open-source software for civil-service performance management.',
  },
  nav: {
    label: 'Main navigation',
    overview: 'Overview',
    gaps: 'Competency Gaps',
    training: 'Training Needs',
    agencies: 'Agency Comparison',
    talent: 'Talent',
    explorer: 'Explorer',
    soon: 'Soon',
    login: 'Sign in',
  },
  login: {
    title: 'Sign in to Kinerja',
    lead: 'Use the account your BKD/BKPSDM gave you.',
    username: 'Username',
    password: 'Password',
    submit: 'Sign in',
    submitting: 'Checking…',
    failed: 'Sign-in failed',
    signOut: 'Sign out',
    roles: {
      ADMIN: 'Administrator',
      HR_ADMIN: 'HR administrator',
      LEADER: 'Leader',
      TRAINING_PLANNER: 'Training planner',
      ANALYST: 'Analyst',
      SUPERVISOR: 'Supervisor',
      EMPLOYEE: 'Employee',
    },
  },
  overview: {
    title: 'Overview',
    lead: 'Active employees in every local government and its agencies.',
  },
  state: {
    loading: 'Loading data…',
    empty: 'No agencies yet.',
    emptyHint: 'Import the agencies and employees dataset first, then reload this page.',
    error: 'The data could not be loaded.',
    errorHint: 'Check the connection to the Kinerja server, then try again.',
    details: 'Technical details',
    retry: 'Try again',
  },
  chart: {
    saveAsImage: 'Save as PNG',
    loading: 'Loading…',
  },
  headcount: {
    kpi: {
      total: 'Active employees',
      totalHint: 'Active civil servants (PNS and PPPK) in all agencies',
      regions: 'Local governments',
      regionsHint: 'Regency, city and provincial governments',
      agencies: 'Regional agencies',
      agenciesHint: 'With {units} work units below them',
      agenciesHintGeneric: 'Departments, boards and secretariats',
    },
    chart: {
      title: 'Active employees by agency',
      subtitle: 'Each local government followed by its agencies, largest first.',
      region: 'Local government',
      agency: 'Regional agency',
      unit: 'Work unit',
      headcount: 'Active employees',
      direct: 'Directly in this agency',
      others: '{count} other agencies',
      fileName: 'kinerja-active-employees-by-agency',
      description:
        'Horizontal bar chart of active employees for {regions} local governments and their agencies.',
    },
  },
};

export default en;
