/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Which part of the scope a row covers. */
export type AgencyGrouping =
  /** One child agency of the filter agency and everything below it. */
  | 'CHILD'
  /** Employees placed directly in the filter agency (not in a child). */
  | 'OWN'
  /** The filter agency and everything below it. */
  | 'SCOPE';

/** Kind of agency node (jenis instansi / unit kerja). */
export type AgencyKind =
  /** Badan (agency), e.g. BKD/BKPSDM. */
  | 'BADAN'
  /** Dinas (service department), e.g. Dinas Pendidikan. */
  | 'DINAS'
  /** Kecamatan (district office). */
  | 'KECAMATAN'
  /** Kelurahan (urban village office). */
  | 'KELURAHAN'
  /** Pemerintah daerah: the root of a local-government tree. */
  | 'PEMDA'
  /** Sekretariat daerah or sekretariat DPRD. */
  | 'SEKRETARIAT'
  /** Bidang, bagian or seksi inside an agency. */
  | 'UNIT'
  /** Unit pelaksana teknis: a school, puskesmas, … */
  | 'UPT';

/** What an analytics figure is about: one cycle and one agency subtree, optionally narrowed (SPEC §5). */
export type AnalyticsFilter = {
  /** Root of the agency subtree, by code, e.g. "KDI". Defaults to your own agency. */
  agencyCode?: string | null | undefined;
  /** Root of the agency subtree, by id (or give agencyCode). Defaults to your own agency. */
  agencyId?: string | number | null | undefined;
  /** Only competencies of these categories. */
  competencyCategories?: Array<CompetencyCategory> | null | undefined;
  /** The cycle, by code, e.g. "2025-TAHUNAN". */
  cycleCode?: string | null | undefined;
  /** The cycle, by id (or give cycleCode). */
  cycleId?: string | number | null | undefined;
  /** Only PNS, only PPPK, or both. Not for analysts (BAD_USER_INPUT), like positionTypes. */
  employmentTypes?: Array<EmploymentType> | null | undefined;
  /** Only employees whose position is of one of these types. Not for analysts (BAD_USER_INPUT): a cut of an agency could single out a small group. */
  positionTypes?: Array<PositionType> | null | undefined;
  /** true: the figures of your team — the direct and indirect subordinates of the employee your account is linked to, wherever they are placed (SPEC §6, SUPERVISOR) — computed from their own records; agencyId and agencyCode are then ignored. For analyticsSummary, trend, competencyGaps (groupBy COMPETENCY) and talentBoxes (not its members). Without it a SUPERVISOR reads no aggregates. */
  team?: boolean | null | undefined;
};

/** Workflow status of an appraisal (SPEC §4). */
export type AppraisalStatus =
  /** The supervisor rated; the predicate is computed. */
  | 'ASSESSED'
  /** The SKP is being planned (or was returned or reopened for revision). */
  | 'DRAFT'
  /** Final; never changes again. */
  | 'FINALIZED'
  /** The employee objected within 14 days. */
  | 'OBJECTED'
  /** The supervisor agreed the plan; check-ins during the cycle, then the self-assessment. */
  | 'PLAN_AGREED'
  /** The employee submitted the plan; the direct supervisor agrees or returns it. */
  | 'PLAN_SUBMITTED'
  /** The employee submitted self ratings and realisations. */
  | 'SELF_ASSESSED';

/** Finalise many appraisals at once after the objection window: a selection, or every one ready in an agency subtree. All or nothing. */
export type AppraisalsFinalizeInput = {
  /** Instead: every appraisal of this agency subtree that is ready. */
  agencyId?: string | number | null | undefined;
  /** These appraisals; each must be ASSESSED with its objection window passed, or nothing is finalised. */
  appraisalIds?: Array<string | number> | null | undefined;
  /** The cycle. */
  cycleId: string | number;
};

/** Whose move it is in the appraisal workflow. */
export type AwaitingParty =
  /** The rating official's own supervisor, who decides the objection (PP 30/2019 art. 59). */
  | 'DECIDER'
  /** The employee (plan, check-ins, self-assessment, or the objection window). */
  | 'EMPLOYEE'
  /** The objection window has passed: an HR admin (or the supervisor) finalises. */
  | 'HR_ADMIN'
  /** The direct supervisor (agree the plan, rate). */
  | 'SUPERVISOR';

/** Competency group (PermenPANRB 38/2017). */
export type CompetencyCategory =
  /** Kompetensi manajerial (8 national competencies). */
  | 'MANAGERIAL'
  /** Kompetensi sosial kultural (Perekat Bangsa). */
  | 'SOCIO_CULTURAL'
  /** Kompetensi teknis, defined per agency. */
  | 'TECHNICAL';

/** Close an OPEN cycle: no new appraisals, plans or ratings. Refused while appraisals are not final, unless forced with a reason (audited). */
export type CycleCloseInput = {
  /** The cycle. */
  cycleId: string | number;
  /** Close although appraisals are not final; their objections and finalisation go on. */
  force?: boolean;
  /** Why the cycle is closed early; required with force, kept in the audit trail. */
  reason?: string | null | undefined;
};

/** A new appraisal cycle; it starts in PLANNING. */
export type CycleCreateInput = {
  /** The pemda whose cycle it is. An HR admin’s cycle is always their own pemda’s; an ADMIN leaving it out creates a national cycle. */
  agencyId?: string | number | null | undefined;
  /** Unique code, e.g. 2026-TAHUNAN: letters, digits, dots, dashes, underscores. */
  code: string;
  /** Last month, YYYY-MM, not before the first. */
  endMonth: string;
  /** Limit the cycle to a group; everyone eligible when left out. */
  group?: CycleGroupInput | null | undefined;
  /** Annual, semester or quarter. */
  kind: CycleKind;
  /** Name of the cycle. */
  name: string;
  /** First month, YYYY-MM. */
  startMonth: string;
};

/** Limits a cycle to a group of employees (e.g. the teachers’ SEMESTER cycle). Criteria given together must all hold. */
export type CycleGroupInput = {
  /** Only employees of this agency and everything below it (inside the cycle’s pemda). */
  agencyId?: string | number | null | undefined;
  /** Only holders of these positions. */
  positionIds?: Array<string | number> | null | undefined;
  /** Only holders of positions of these types. */
  positionTypes?: Array<PositionType> | null | undefined;
};

/** Length of an appraisal cycle. */
export type CycleKind =
  /** Tahunan. */
  | 'ANNUAL'
  /** Triwulanan. */
  | 'QUARTER'
  /** Semesteran. */
  | 'SEMESTER';

/** Open a cycle in PLANNING: creates the appraisal of every eligible active employee, in one transaction. */
export type CycleOpenInput = {
  /** The cycle. */
  cycleId: string | number;
};

/** Where a cycle is in its life. */
export type CycleStatus =
  /** The cycle is over. */
  | 'CLOSED'
  /** Appraisals are being filled in. */
  | 'OPEN'
  /** Performance plans (SKP) are being written. */
  | 'PLANNING';

/** Replace the target template of one position in a cycle still in PLANNING (an empty list removes it). */
export type CycleTemplateSetInput = {
  /** The cycle. */
  cycleId: string | number;
  /** The position whose holders get these targets. */
  positionId: string | number;
  /** The targets, first first. */
  targets: Array<TemplateTargetInput>;
};

/** An open development plan item to close as done. */
export type DevelopmentPlanItemCloseInput = {
  /** The development plan item. */
  id: string | number;
};

/** A development plan item to drop, and why. */
export type DevelopmentPlanItemDropInput = {
  /** The development plan item. */
  id: string | number;
  /** Why it is dropped (the employee and supervisor read it), at most 2000 characters. */
  reason: string;
};

/** A recommended development plan item to plan. */
export type DevelopmentPlanItemPlanInput = {
  /** The development plan item. */
  id: string | number;
};

/** Which development plan items the queue shows. */
export type DevelopmentQueueFilter = {
  /** Only employees of this agency and everything below it; your whole scope when omitted. */
  agencyId?: string | number | null | undefined;
  /** Only items of this competency. */
  competencyId?: string | number | null | undefined;
  /** Only items in this status; RECOMMENDED and PLANNED (still open) when omitted. */
  status?: DevelopmentStatus | null | undefined;
};

/** Where a development plan item (rencana pengembangan) stands. */
export type DevelopmentStatus =
  /** Done: a training record of its programme closed it, or the planner did. */
  | 'DONE'
  /** The training planner dropped it, with a reason. */
  | 'DROPPED'
  /** The training planner scheduled it. */
  | 'PLANNED'
  /** The supervisor recommended it. */
  | 'RECOMMENDED';

/** Status kepegawaian ASN. */
export type EmploymentType =
  /** Pegawai negeri sipil (civil servant). */
  | 'PNS'
  /** Pegawai pemerintah dengan perjanjian kerja (contract civil servant). */
  | 'PPPK';

/** Machine-readable reason of a user error. */
export type ErrorCode =
  /** Someone else changed this record. Reload and try again. */
  | 'CONFLICT'
  /** You are not allowed to do this. */
  | 'FORBIDDEN'
  /** Something went wrong on our side. */
  | 'INTERNAL'
  /** This action is not allowed in the current status. */
  | 'INVALID_STATE'
  /** Competency level must be 1 to 5. */
  | 'LEVEL_OUT_OF_RANGE'
  /** Not found. */
  | 'NOT_FOUND'
  /** The 14-day objection period has passed. */
  | 'OBJECTION_WINDOW_CLOSED'
  /** Too many requests. Try again shortly. */
  | 'RATE_LIMITED'
  /** Please sign in first. */
  | 'UNAUTHENTICATED'
  /** Unknown competency. */
  | 'UNKNOWN_COMPETENCY'
  /** The input is not valid. */
  | 'VALIDATION';

/** How competency gap rows are grouped. */
export type GapGrouping =
  /** One row per child agency (its whole subtree) × competency, plus the scope agency's own employees. */
  | 'AGENCY'
  /** One row per competency for the whole scope. */
  | 'COMPETENCY';

/** Mark notifications read. */
export type NotificationsMarkReadInput = {
  /** These notifications; all of the caller’s when left out. */
  ids?: Array<string | number> | null | undefined;
};

/** Predikat kinerja organisasi: a unit's own result, which decides how its employees' predicates may be spread (PermenPANRB 6/2022). */
export type OrganizationPredicate =
  /** Baik */
  | 'BAIK'
  /** Butuh Perbaikan */
  | 'BUTUH_PERBAIKAN'
  /** Istimewa */
  | 'ISTIMEWA'
  /** Kurang */
  | 'KURANG'
  /** Sangat Kurang */
  | 'SANGAT_KURANG';

/** Jenis jabatan. */
export type PositionType =
  /** Jabatan administrator (e.g. kepala bidang). */
  | 'ADMINISTRATOR'
  /** Jabatan fungsional (teacher, nurse, analyst, …). */
  | 'FUNGSIONAL'
  /** Jabatan pimpinan tinggi madya. */
  | 'JPT_MADYA'
  /** Jabatan pimpinan tinggi pratama (e.g. kepala dinas). */
  | 'JPT_PRATAMA'
  /** Jabatan pimpinan tinggi utama. */
  | 'JPT_UTAMA'
  /** Jabatan pelaksana. */
  | 'PELAKSANA'
  /** Jabatan pengawas (e.g. kepala seksi). */
  | 'PENGAWAS';

/** Predikat kinerja from the PermenPANRB 6/2022 matrix, best first. */
export type Predicate =
  /** Baik */
  | 'BAIK'
  /** Butuh Perbaikan */
  | 'BUTUH_PERBAIKAN'
  /** Kurang/Misconduct */
  | 'KURANG'
  /** Sangat Baik */
  | 'SANGAT_BAIK'
  /** Sangat Kurang */
  | 'SANGAT_KURANG';

/** Rating of work results (HK) or work behaviour (PK) against expectation. */
export type Rating =
  /** Di atas ekspektasi. */
  | 'ABOVE'
  /** Di bawah ekspektasi. */
  | 'BELOW'
  /** Sesuai ekspektasi. */
  | 'MEETS';

/** A reminder rule. */
export type ReminderRule =
  /** Once a day, to each person with appraisals waiting for them that are due within 7 days or overdue. */
  | 'DAILY_DIGEST'
  /** To the supervisor's own superior, for the supervisor's steps overdue by the escalation days. */
  | 'ESCALATION';

/** Run the reminder rules now for the caller’s scope (they also run daily). */
export type RemindersSendInput = {
  /** Only this cycle. */
  cycleId?: string | number | null | undefined;
};

/** What a user may see and change (SPEC §6). */
export type Role =
  /** Everything. */
  | 'ADMIN'
  /** Aggregates only; small groups suppressed. */
  | 'ANALYST'
  /** Their own appraisal. */
  | 'EMPLOYEE'
  /** Reference data, employees, cycles, imports and finalisation in an agency subtree. */
  | 'HR_ADMIN'
  /** Reads individuals and aggregates in an agency subtree. */
  | 'LEADER'
  /** Direct and indirect subordinates. */
  | 'SUPERVISOR'
  /** Gap lists and aggregates in a subtree; maintains training. */
  | 'TRAINING_PLANNER';

/** Credentials of a Kinerja account. */
export type SessionCreateInput = {
  /** Password. */
  password: string;
  /** Username (case does not matter). */
  username: string;
};

/** Aspect of a performance target indicator. */
export type TargetAspect =
  /** Biaya. */
  | 'COST'
  /** Kualitas. */
  | 'QUALITY'
  /** Kuantitas. */
  | 'QUANTITY'
  /** Waktu. */
  | 'TIME';

/** One target of a template. */
export type TemplateTargetInput = {
  /** Aspect the indicator measures. */
  aspect: TargetAspect;
  /** The expected work result (rencana hasil kerja). */
  description: string;
  /** How it is measured (indikator kinerja). */
  indicator: string;
  /** Target value, 0 or more, at most two decimals. */
  targetValue: number;
  /** Unit of the target value, e.g. dokumen, %, hari. */
  unit: string;
};

export type AgencyComparisonQueryVariables = Exact<{
  filter: AnalyticsFilter;
}>;


export type AgencyComparisonQuery = { agencyComparison: Array<{ grouping: AgencyGrouping, headcount: number | null, appraisals: number | null, finalized: number | null, completionRate: number | null, fitIndex: number | null, gapRate: number | null, jp20Compliance: number | null, selfSupervisorDiff: number | null, suppressed: boolean, agency: { id: string, code: string, name: string, depth: number }, predicateDistribution: Array<{ predicate: Predicate, count: number | null, share: number | null }> | null }> };

export type RaterLeniencyQueryVariables = Exact<{
  filter: AnalyticsFilter;
  first: number;
}>;


export type RaterLeniencyQuery = { raterLeniency: { totalCount: number, nodes: Array<{ ratings: number | null, ratedEmployees: number | null, meanGiven: number | null, baselineMean: number | null, difference: number | null, flagged: boolean | null, suppressed: boolean, rater: { id: string, name: string } | null }> } };

export type AppraisalsFinalizeMutationVariables = Exact<{
  input: AppraisalsFinalizeInput;
}>;


export type AppraisalsFinalizeMutation = { appraisalsFinalize: { report: { finalized: number, notReady: number, byAgency: Array<{ agencyName: string, count: number }> } | null, userErrors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type AwaitedAppraisalsQueryVariables = Exact<{
  cycleId: string | number;
  party?: AwaitingParty | null | undefined;
  overdueOnly?: boolean | null | undefined;
}>;


export type AwaitedAppraisalsQuery = { awaitedAppraisals: { totalCount: number, nodes: Array<{ appraisalId: string, employeeName: string, nip: string, agencyName: string, status: AppraisalStatus, party: AwaitingParty, awaitedName: string | null, dueAt: unknown, daysOverdue: number }> } };

export type ConsoleCyclesQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleCyclesQuery = { cycles: Array<{ id: string, code: string, name: string, kind: CycleKind, status: CycleStatus, startMonth: string, endMonth: string, eligibleEmployees: number, agency: { id: string, code: string, name: string } | null, group: { positionTypes: Array<PositionType>, positions: Array<{ id: string, code: string, title: string }>, agency: { id: string, code: string, name: string } | null }, templates: Array<{ id: string, ordinal: number, description: string, indicator: string, aspect: TargetAspect, targetValue: number, unit: string, position: { id: string, code: string, title: string } }> }>, positions: Array<{ id: string, code: string, title: string, positionType: PositionType }> };

export type CycleCloseMutationVariables = Exact<{
  input: CycleCloseInput;
}>;


export type CycleCloseMutation = { cycleClose: { cycle: { id: string, status: CycleStatus } | null, userErrors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type CycleCreateMutationVariables = Exact<{
  input: CycleCreateInput;
}>;


export type CycleCreateMutation = { cycleCreate: { cycle: { id: string, code: string } | null, userErrors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type CycleOpenMutationVariables = Exact<{
  input: CycleOpenInput;
}>;


export type CycleOpenMutation = { cycleOpen: { appraisalsCreated: number | null, cycle: { id: string, status: CycleStatus } | null, userErrors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type CycleTemplateSetMutationVariables = Exact<{
  input: CycleTemplateSetInput;
}>;


export type CycleTemplateSetMutation = { cycleTemplateSet: { targets: Array<{ id: string }> | null, userErrors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type RemindersSendMutationVariables = Exact<{
  input: RemindersSendInput;
}>;


export type RemindersSendMutation = { remindersSend: { report: { day: string, emailed: number, rules: Array<{ rule: ReminderRule, sent: number, alreadySent: number }> } | null, userErrors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type SeasonMonitorQueryVariables = Exact<{
  cycleId: string | number;
  agencyId?: string | number | null | undefined;
}>;


export type SeasonMonitorQuery = { seasonMonitor: { elapsed: number, cycle: { id: string, code: string, name: string, status: CycleStatus, startMonth: string, endMonth: string }, total: { appraisals: number, finalized: number, completionRate: number | null, overdue: number, finalizable: number, agency: { id: string, code: string, name: string }, byStatus: Array<{ status: AppraisalStatus, count: number }> }, agencies: Array<{ appraisals: number, finalized: number, completionRate: number | null, overdue: number, finalizable: number, agency: { id: string, code: string, name: string }, byStatus: Array<{ status: AppraisalStatus, count: number }> }> } | null };

export type SeasonRowFieldsFragment = { appraisals: number, finalized: number, completionRate: number | null, overdue: number, finalizable: number, agency: { id: string, code: string, name: string }, byStatus: Array<{ status: AppraisalStatus, count: number }> };

export type DevelopmentPlanItemCloseMutationVariables = Exact<{
  input: DevelopmentPlanItemCloseInput;
}>;


export type DevelopmentPlanItemCloseMutation = { developmentPlanItemClose: { developmentPlanItem: { id: string, status: DevelopmentStatus } | null, userErrors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type DevelopmentPlanItemDropMutationVariables = Exact<{
  input: DevelopmentPlanItemDropInput;
}>;


export type DevelopmentPlanItemDropMutation = { developmentPlanItemDrop: { developmentPlanItem: { id: string, status: DevelopmentStatus, dropReason: string | null } | null, userErrors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type DevelopmentPlanItemPlanMutationVariables = Exact<{
  input: DevelopmentPlanItemPlanInput;
}>;


export type DevelopmentPlanItemPlanMutation = { developmentPlanItemPlan: { developmentPlanItem: { id: string, status: DevelopmentStatus } | null, userErrors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type DevelopmentQueueQueryVariables = Exact<{
  filter?: DevelopmentQueueFilter | null | undefined;
}>;


export type DevelopmentQueueQuery = { developmentQueue: { totalCount: number, estimatedCost: number, groups: Array<{ title: string, count: number, estimatedCost: number | null, competency: { id: string, code: string, name: string }, program: { id: string, code: string, hoursJp: number, costPerParticipant: number } | null, items: Array<{ id: string, status: DevelopmentStatus, reason: string, dropReason: string | null, createdAt: unknown, employee: { id: string, name: string, nip: string, agency: { name: string } }, recommendedBy: { id: string, name: string } | null }> }> } };

export type TrainingEffectMembersQueryVariables = Exact<{
  filter: AnalyticsFilter;
  programCode: string;
  first: number;
  after?: string | null | undefined;
}>;


export type TrainingEffectMembersQuery = { trainingEffectMembers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ required: number, levelBefore: number, levelAfter: number, gapBefore: number, gapAfter: number, employee: { id: string, name: string, nip: string, position: { title: string }, agency: { name: string } } }> } };

export type TrainingEffectivenessQueryVariables = Exact<{
  filter: AnalyticsFilter;
}>;


export type TrainingEffectivenessQuery = { trainingEffectiveness: Array<{ costPerParticipant: number, trained: number | null, comparison: number | null, meanGapBefore: number | null, meanGapAfter: number | null, closed: number | null, closedRate: number | null, meanLevelBefore: number | null, meanLevelAfter: number | null, comparisonMeanLevelBefore: number | null, comparisonMeanLevelAfter: number | null, meanLevelChange: number | null, comparisonMeanLevelChange: number | null, effect: number | null, costPerClosedGap: number | null, suppressed: boolean, program: { id: string, code: string, title: string }, competency: { id: string, code: string, name: string }, previousCycle: { id: string, code: string, name: string } }> };

export type CompetencyGapsQueryVariables = Exact<{
  filter: AnalyticsFilter;
  groupBy: GapGrouping;
}>;


export type CompetencyGapsQuery = { competencyGaps: Array<{ grouping: AgencyGrouping | null, employees: number | null, assessed: number | null, unassessed: number | null, withGap: number | null, gapRate: number | null, meanGap: number | null, burden: number | null, suppressed: boolean, agency: { id: string, code: string, name: string } | null, competency: { id: string, code: string, name: string, category: CompetencyCategory } }> };

export type GapEmployeesQueryVariables = Exact<{
  filter: AnalyticsFilter;
  competencyCode: string;
  first: number;
  after?: string | null | undefined;
}>;


export type GapEmployeesQuery = { gapEmployees: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ required: number, assessed: number, gap: number, employee: { id: string, name: string, nip: string, position: { title: string }, agency: { name: string } }, recommendedProgram: { code: string, title: string } | null }> } };

export type AgencyHeadcountsQueryVariables = Exact<{ [key: string]: never; }>;


export type AgencyHeadcountsQuery = { agencies: Array<{ id: string, code: string, name: string, kind: AgencyKind, parentId: string | null, depth: number, headcount: number | null, directHeadcount: number | null }> };

export type NotificationsMarkReadMutationVariables = Exact<{
  input: NotificationsMarkReadInput;
}>;


export type NotificationsMarkReadMutation = { notificationsMarkRead: { marked: number, userErrors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type NotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationsQuery = { notificationsUnread: number, notifications: { totalCount: number, nodes: Array<{ id: string, rule: ReminderRule, title: string, body: string, createdAt: unknown, readAt: unknown }> } };

export type AgencyResultQueryVariables = Exact<{
  cycleCode: string;
  agencyCode: string;
}>;


export type AgencyResultQuery = { agencyResult: { organisationPredicate: OrganizationPredicate, updatedAt: unknown } | null };

type HeadlineFigures_AgencyComparisonRow_Fragment = { headcount: number | null, appraisals: number | null, finalized: number | null, completionRate: number | null, fitIndex: number | null, gapRate: number | null, jp20Compliance: number | null, selfSupervisorDiff: number | null, suppressed: boolean, predicateDistribution: Array<{ predicate: Predicate, count: number | null, share: number | null }> | null };

type HeadlineFigures_AnalyticsSummary_Fragment = { headcount: number | null, appraisals: number | null, finalized: number | null, completionRate: number | null, fitIndex: number | null, gapRate: number | null, jp20Compliance: number | null, selfSupervisorDiff: number | null, suppressed: boolean, predicateDistribution: Array<{ predicate: Predicate, count: number | null, share: number | null }> | null };

type HeadlineFigures_TrendPoint_Fragment = { headcount: number | null, appraisals: number | null, finalized: number | null, completionRate: number | null, fitIndex: number | null, gapRate: number | null, jp20Compliance: number | null, selfSupervisorDiff: number | null, suppressed: boolean, predicateDistribution: Array<{ predicate: Predicate, count: number | null, share: number | null }> | null };

export type HeadlineFiguresFragment =
  | HeadlineFigures_AgencyComparisonRow_Fragment
  | HeadlineFigures_AnalyticsSummary_Fragment
  | HeadlineFigures_TrendPoint_Fragment
;

export type OverviewQueryVariables = Exact<{
  filter: AnalyticsFilter;
}>;


export type OverviewQuery = { analyticsSummary: { headcount: number | null, appraisals: number | null, finalized: number | null, completionRate: number | null, fitIndex: number | null, gapRate: number | null, jp20Compliance: number | null, selfSupervisorDiff: number | null, suppressed: boolean, predicateDistribution: Array<{ predicate: Predicate, count: number | null, share: number | null }> | null }, trend: Array<{ headcount: number | null, appraisals: number | null, finalized: number | null, completionRate: number | null, fitIndex: number | null, gapRate: number | null, jp20Compliance: number | null, selfSupervisorDiff: number | null, suppressed: boolean, cycle: { id: string, code: string, name: string, startMonth: string }, predicateDistribution: Array<{ predicate: Predicate, count: number | null, share: number | null }> | null }> };

export type CompetencyProfileQueryVariables = Exact<{
  employeeId: string | number;
  cycleCode: string;
}>;


export type CompetencyProfileQuery = { competencyProfile: Array<{ required: number, self: number | null, supervisor: number | null, assessor: number | null, peer: number | null, assessed: number | null, gap: number | null, competency: { id: string, code: string, name: string, category: CompetencyCategory } }> };

export type EmployeeProfileQueryVariables = Exact<{
  id: string | number;
}>;


export type EmployeeProfileQuery = { employee: { id: string, name: string, nip: string, rank: string, employmentType: EmploymentType, active: boolean, position: { title: string, positionType: PositionType }, agency: { id: string, code: string, name: string }, supervisor: { id: string, name: string } | null, developmentPlan: Array<{ id: string, status: DevelopmentStatus, title: string, reason: string, dropReason: string | null, createdAt: unknown, competency: { code: string, name: string }, program: { code: string } | null, recommendedBy: { id: string, name: string } | null }> } | null, appraisals: { nodes: Array<{ id: string, status: AppraisalStatus, predicate: Predicate | null, workResultRating: Rating | null, behaviorRating: Rating | null, cycle: { id: string, code: string, name: string, startMonth: string } }> }, trainingRecords: { totalCount: number, nodes: Array<{ id: string, title: string, completedOn: string, hoursJp: number, program: { code: string } | null }> } };

export type SessionCreateMutationVariables = Exact<{
  input: SessionCreateInput;
}>;


export type SessionCreateMutation = { sessionCreate: { viewer: { username: string, role: Role, agency: { id: string, code: string, name: string } | null, employee: { id: string, name: string } | null } | null, userErrors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type SessionDeleteMutationVariables = Exact<{ [key: string]: never; }>;


export type SessionDeleteMutation = { sessionDelete: { signedOut: boolean } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { username: string, role: Role, agency: { id: string, code: string, name: string } | null, employee: { id: string, name: string } | null } | null };

export type TalentBoxMembersQueryVariables = Exact<{
  filter: AnalyticsFilter;
  box: number;
  first: number;
  after?: string | null | undefined;
}>;


export type TalentBoxMembersQuery = { talentBoxes: { members: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ box: number, fitIndex: number, predicate: Predicate, employee: { id: string, name: string, nip: string, position: { title: string }, agency: { name: string } } }> } } };

export type TalentBoxesQueryVariables = Exact<{
  filter: AnalyticsFilter;
}>;


export type TalentBoxesQuery = { talentBoxes: { placed: number | null, suppressed: boolean, boxes: Array<{ box: number, count: number | null, performance: string, potential: string, followUp: string, followUpId: string }> } };

export type TrainingNeedsQueryVariables = Exact<{
  filter: AnalyticsFilter;
}>;


export type TrainingNeedsQuery = { trainingNeeds: { headcount: number | null, compliant: number | null, jp20Compliance: number | null, suppressed: boolean, needs: Array<{ employees: number | null, employeesWithGap: number | null, burden: number | null, estimatedHoursJp: number | null, estimatedCost: number | null, uncoveredEmployees: number | null, suppressed: boolean, competency: { id: string, code: string, name: string, category: CompetencyCategory }, programs: Array<{ participants: number, hoursJp: number, cost: number, program: { id: string, code: string, title: string } }> | null }> } };

export type ReferenceQueryVariables = Exact<{ [key: string]: never; }>;


export type ReferenceQuery = { viewer: { username: string, role: Role, agency: { id: string, code: string, name: string } | null, employee: { id: string, name: string } | null } | null, cycles: Array<{ id: string, code: string, name: string, kind: CycleKind, startMonth: string, endMonth: string, status: CycleStatus }>, agencies: Array<{ id: string, code: string, name: string, kind: AgencyKind, parentId: string | null, depth: number }>, competencies: Array<{ id: string, code: string, name: string, category: CompetencyCategory }> };

export const SeasonRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SeasonRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SeasonAgencyRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appraisals"}},{"kind":"Field","name":{"kind":"Name","value":"finalized"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"finalizable"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<SeasonRowFieldsFragment, unknown>;
export const HeadlineFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HeadlineFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HeadlineFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"appraisals"}},{"kind":"Field","name":{"kind":"Name","value":"finalized"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}},{"kind":"Field","name":{"kind":"Name","value":"fitIndex"}},{"kind":"Field","name":{"kind":"Name","value":"gapRate"}},{"kind":"Field","name":{"kind":"Name","value":"jp20Compliance"}},{"kind":"Field","name":{"kind":"Name","value":"selfSupervisorDiff"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"predicateDistribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"predicate"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}}]}}]} as unknown as DocumentNode<HeadlineFiguresFragment, unknown>;
export const AgencyComparisonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgencyComparison"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyComparison"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grouping"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"HeadlineFigures"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HeadlineFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HeadlineFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"appraisals"}},{"kind":"Field","name":{"kind":"Name","value":"finalized"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}},{"kind":"Field","name":{"kind":"Name","value":"fitIndex"}},{"kind":"Field","name":{"kind":"Name","value":"gapRate"}},{"kind":"Field","name":{"kind":"Name","value":"jp20Compliance"}},{"kind":"Field","name":{"kind":"Name","value":"selfSupervisorDiff"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"predicateDistribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"predicate"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}}]}}]} as unknown as DocumentNode<AgencyComparisonQuery, AgencyComparisonQueryVariables>;
export const RaterLeniencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RaterLeniency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raterLeniency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rater"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratings"}},{"kind":"Field","name":{"kind":"Name","value":"ratedEmployees"}},{"kind":"Field","name":{"kind":"Name","value":"meanGiven"}},{"kind":"Field","name":{"kind":"Name","value":"baselineMean"}},{"kind":"Field","name":{"kind":"Name","value":"difference"}},{"kind":"Field","name":{"kind":"Name","value":"flagged"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]} as unknown as DocumentNode<RaterLeniencyQuery, RaterLeniencyQueryVariables>;
export const AppraisalsFinalizeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppraisalsFinalize"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppraisalsFinalizeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appraisalsFinalize"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finalized"}},{"kind":"Field","name":{"kind":"Name","value":"notReady"}},{"kind":"Field","name":{"kind":"Name","value":"byAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyName"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AppraisalsFinalizeMutation, AppraisalsFinalizeMutationVariables>;
export const AwaitedAppraisalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AwaitedAppraisals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"party"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AwaitingParty"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"overdueOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awaitedAppraisals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"party"},"value":{"kind":"Variable","name":{"kind":"Name","value":"party"}}},{"kind":"Argument","name":{"kind":"Name","value":"overdueOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"overdueOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appraisalId"}},{"kind":"Field","name":{"kind":"Name","value":"employeeName"}},{"kind":"Field","name":{"kind":"Name","value":"nip"}},{"kind":"Field","name":{"kind":"Name","value":"agencyName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"awaitedName"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}}]}}]}}]}}]} as unknown as DocumentNode<AwaitedAppraisalsQuery, AwaitedAppraisalsQueryVariables>;
export const ConsoleCyclesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleCycles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startMonth"}},{"kind":"Field","name":{"kind":"Name","value":"endMonth"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleEmployees"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"positionTypes"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"templates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ordinal"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"aspect"}},{"kind":"Field","name":{"kind":"Name","value":"targetValue"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"positionType"}}]}}]}}]} as unknown as DocumentNode<ConsoleCyclesQuery, ConsoleCyclesQueryVariables>;
export const CycleCloseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CycleClose"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CycleCloseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycleClose"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CycleCloseMutation, CycleCloseMutationVariables>;
export const CycleCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CycleCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CycleCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycleCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CycleCreateMutation, CycleCreateMutationVariables>;
export const CycleOpenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CycleOpen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CycleOpenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycleOpen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appraisalsCreated"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CycleOpenMutation, CycleOpenMutationVariables>;
export const CycleTemplateSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CycleTemplateSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CycleTemplateSetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycleTemplateSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CycleTemplateSetMutation, CycleTemplateSetMutationVariables>;
export const RemindersSendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemindersSend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemindersSendInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"remindersSend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"emailed"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"alreadySent"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RemindersSendMutation, RemindersSendMutationVariables>;
export const SeasonMonitorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SeasonMonitor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seasonMonitor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"elapsed"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startMonth"}},{"kind":"Field","name":{"kind":"Name","value":"endMonth"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SeasonRowFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SeasonRowFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SeasonRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SeasonAgencyRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appraisals"}},{"kind":"Field","name":{"kind":"Name","value":"finalized"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"finalizable"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<SeasonMonitorQuery, SeasonMonitorQueryVariables>;
export const DevelopmentPlanItemCloseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DevelopmentPlanItemClose"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DevelopmentPlanItemCloseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"developmentPlanItemClose"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"developmentPlanItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DevelopmentPlanItemCloseMutation, DevelopmentPlanItemCloseMutationVariables>;
export const DevelopmentPlanItemDropDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DevelopmentPlanItemDrop"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DevelopmentPlanItemDropInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"developmentPlanItemDrop"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"developmentPlanItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dropReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DevelopmentPlanItemDropMutation, DevelopmentPlanItemDropMutationVariables>;
export const DevelopmentPlanItemPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DevelopmentPlanItemPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DevelopmentPlanItemPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"developmentPlanItemPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"developmentPlanItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DevelopmentPlanItemPlanMutation, DevelopmentPlanItemPlanMutationVariables>;
export const DevelopmentQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DevelopmentQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DevelopmentQueueFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"developmentQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedCost"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"competency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"hoursJp"}},{"kind":"Field","name":{"kind":"Name","value":"costPerParticipant"}}]}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedCost"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"dropReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nip"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DevelopmentQueueQuery, DevelopmentQueueQueryVariables>;
export const TrainingEffectMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingEffectMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingEffectMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"programCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nip"}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"levelBefore"}},{"kind":"Field","name":{"kind":"Name","value":"levelAfter"}},{"kind":"Field","name":{"kind":"Name","value":"gapBefore"}},{"kind":"Field","name":{"kind":"Name","value":"gapAfter"}}]}}]}}]}}]} as unknown as DocumentNode<TrainingEffectMembersQuery, TrainingEffectMembersQueryVariables>;
export const TrainingEffectivenessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingEffectiveness"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingEffectiveness"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previousCycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costPerParticipant"}},{"kind":"Field","name":{"kind":"Name","value":"trained"}},{"kind":"Field","name":{"kind":"Name","value":"comparison"}},{"kind":"Field","name":{"kind":"Name","value":"meanGapBefore"}},{"kind":"Field","name":{"kind":"Name","value":"meanGapAfter"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"closedRate"}},{"kind":"Field","name":{"kind":"Name","value":"meanLevelBefore"}},{"kind":"Field","name":{"kind":"Name","value":"meanLevelAfter"}},{"kind":"Field","name":{"kind":"Name","value":"comparisonMeanLevelBefore"}},{"kind":"Field","name":{"kind":"Name","value":"comparisonMeanLevelAfter"}},{"kind":"Field","name":{"kind":"Name","value":"meanLevelChange"}},{"kind":"Field","name":{"kind":"Name","value":"comparisonMeanLevelChange"}},{"kind":"Field","name":{"kind":"Name","value":"effect"}},{"kind":"Field","name":{"kind":"Name","value":"costPerClosedGap"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]} as unknown as DocumentNode<TrainingEffectivenessQuery, TrainingEffectivenessQueryVariables>;
export const CompetencyGapsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompetencyGaps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GapGrouping"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"competencyGaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grouping"}},{"kind":"Field","name":{"kind":"Name","value":"competency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employees"}},{"kind":"Field","name":{"kind":"Name","value":"assessed"}},{"kind":"Field","name":{"kind":"Name","value":"unassessed"}},{"kind":"Field","name":{"kind":"Name","value":"withGap"}},{"kind":"Field","name":{"kind":"Name","value":"gapRate"}},{"kind":"Field","name":{"kind":"Name","value":"meanGap"}},{"kind":"Field","name":{"kind":"Name","value":"burden"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]} as unknown as DocumentNode<CompetencyGapsQuery, CompetencyGapsQueryVariables>;
export const GapEmployeesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GapEmployees"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"competencyCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gapEmployees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"competencyCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"competencyCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nip"}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"assessed"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedProgram"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GapEmployeesQuery, GapEmployeesQueryVariables>;
export const AgencyHeadcountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgencyHeadcounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"directHeadcount"}}]}}]}}]} as unknown as DocumentNode<AgencyHeadcountsQuery, AgencyHeadcountsQueryVariables>;
export const NotificationsMarkReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NotificationsMarkRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationsMarkReadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationsMarkRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"marked"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<NotificationsMarkReadMutation, NotificationsMarkReadMutationVariables>;
export const NotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Notifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationsUnread"}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]}}]}}]} as unknown as DocumentNode<NotificationsQuery, NotificationsQueryVariables>;
export const AgencyResultDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgencyResult"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agencyCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyResult"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"agencyCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationPredicate"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<AgencyResultQuery, AgencyResultQueryVariables>;
export const OverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Overview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"analyticsSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HeadlineFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startMonth"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"HeadlineFigures"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HeadlineFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HeadlineFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"appraisals"}},{"kind":"Field","name":{"kind":"Name","value":"finalized"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}},{"kind":"Field","name":{"kind":"Name","value":"fitIndex"}},{"kind":"Field","name":{"kind":"Name","value":"gapRate"}},{"kind":"Field","name":{"kind":"Name","value":"jp20Compliance"}},{"kind":"Field","name":{"kind":"Name","value":"selfSupervisorDiff"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"predicateDistribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"predicate"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}}]}}]} as unknown as DocumentNode<OverviewQuery, OverviewQueryVariables>;
export const CompetencyProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompetencyProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employeeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"competencyProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"employeeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employeeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"cycleCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"competency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"self"}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"}},{"kind":"Field","name":{"kind":"Name","value":"assessor"}},{"kind":"Field","name":{"kind":"Name","value":"peer"}},{"kind":"Field","name":{"kind":"Name","value":"assessed"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}}]}}]}}]} as unknown as DocumentNode<CompetencyProfileQuery, CompetencyProfileQueryVariables>;
export const EmployeeProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmployeeProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nip"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"employmentType"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"positionType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"developmentPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"dropReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"competency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"appraisals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"employeeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"predicate"}},{"kind":"Field","name":{"kind":"Name","value":"workResultRating"}},{"kind":"Field","name":{"kind":"Name","value":"behaviorRating"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startMonth"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"employeeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"hoursJp"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EmployeeProfileQuery, EmployeeProfileQueryVariables>;
export const SessionCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SessionCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SessionCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SessionCreateMutation, SessionCreateMutationVariables>;
export const SessionDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SessionDelete"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionDelete"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signedOut"}}]}}]}}]} as unknown as DocumentNode<SessionDeleteMutation, SessionDeleteMutationVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const TalentBoxMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TalentBoxMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"box"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"talentBoxes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"box"},"value":{"kind":"Variable","name":{"kind":"Name","value":"box"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"box"}},{"kind":"Field","name":{"kind":"Name","value":"fitIndex"}},{"kind":"Field","name":{"kind":"Name","value":"predicate"}},{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nip"}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TalentBoxMembersQuery, TalentBoxMembersQueryVariables>;
export const TalentBoxesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TalentBoxes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"talentBoxes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placed"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"boxes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"box"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"performance"}},{"kind":"Field","name":{"kind":"Name","value":"potential"}},{"kind":"Field","name":{"kind":"Name","value":"followUp"}},{"kind":"Field","name":{"kind":"Name","value":"followUpId"}}]}}]}}]}}]} as unknown as DocumentNode<TalentBoxesQuery, TalentBoxesQueryVariables>;
export const TrainingNeedsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingNeeds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingNeeds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"compliant"}},{"kind":"Field","name":{"kind":"Name","value":"jp20Compliance"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"needs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"competency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employees"}},{"kind":"Field","name":{"kind":"Name","value":"employeesWithGap"}},{"kind":"Field","name":{"kind":"Name","value":"burden"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedHoursJp"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedCost"}},{"kind":"Field","name":{"kind":"Name","value":"uncoveredEmployees"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"programs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"hoursJp"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TrainingNeedsQuery, TrainingNeedsQueryVariables>;
export const ReferenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Reference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cycles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startMonth"}},{"kind":"Field","name":{"kind":"Name","value":"endMonth"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}}]}}]} as unknown as DocumentNode<ReferenceQuery, ReferenceQueryVariables>;