import { registerEnumType } from 'type-graphql';
import {
  AgencyKind, AppraisalStatus, AwaitingParty, BEHAVIOR_VALUE_INFO, BehaviorValue, CompetencyCategory, CycleKind, CycleStatus, EmploymentType, ErrorCode, PositionType,
  NextStep, Predicate, PREDICATE_LABELS, RaterRole, Rating, Role, SupervisorTask, TargetAspect, TargetKind, TrainingMode, USER_ERROR_MESSAGES,
} from '@kinerja/shared';

/**
 * Every enum of the schema, registered once, from the same `as const` objects the dashboard imports.
 * The value descriptions are what analysts read in the explorer.
 */
registerEnumType(AgencyKind, {
  name: 'AgencyKind',
  description: 'Kind of agency node (jenis instansi / unit kerja).',
  valuesConfig: {
    PEMDA: { description: 'Pemerintah daerah: the root of a local-government tree.' },
    SEKRETARIAT: { description: 'Sekretariat daerah or sekretariat DPRD.' },
    BADAN: { description: 'Badan (agency), e.g. BKD/BKPSDM.' },
    DINAS: { description: 'Dinas (service department), e.g. Dinas Pendidikan.' },
    KECAMATAN: { description: 'Kecamatan (district office).' },
    KELURAHAN: { description: 'Kelurahan (urban village office).' },
    UNIT: { description: 'Bidang, bagian or seksi inside an agency.' },
    UPT: { description: 'Unit pelaksana teknis: a school, puskesmas, …' },
  },
});
registerEnumType(CompetencyCategory, {
  name: 'CompetencyCategory',
  description: 'Competency group (PermenPANRB 38/2017).',
  valuesConfig: {
    MANAGERIAL: { description: 'Kompetensi manajerial (8 national competencies).' },
    SOCIO_CULTURAL: { description: 'Kompetensi sosial kultural (Perekat Bangsa).' },
    TECHNICAL: { description: 'Kompetensi teknis, defined per agency.' },
  },
});
registerEnumType(PositionType, {
  name: 'PositionType',
  description: 'Jenis jabatan.',
  valuesConfig: {
    JPT_UTAMA: { description: 'Jabatan pimpinan tinggi utama.' },
    JPT_MADYA: { description: 'Jabatan pimpinan tinggi madya.' },
    JPT_PRATAMA: { description: 'Jabatan pimpinan tinggi pratama (e.g. kepala dinas).' },
    ADMINISTRATOR: { description: 'Jabatan administrator (e.g. kepala bidang).' },
    PENGAWAS: { description: 'Jabatan pengawas (e.g. kepala seksi).' },
    PELAKSANA: { description: 'Jabatan pelaksana.' },
    FUNGSIONAL: { description: 'Jabatan fungsional (teacher, nurse, analyst, …).' },
  },
});
registerEnumType(EmploymentType, {
  name: 'EmploymentType',
  description: 'Status kepegawaian ASN.',
  valuesConfig: {
    PNS: { description: 'Pegawai negeri sipil (civil servant).' },
    PPPK: { description: 'Pegawai pemerintah dengan perjanjian kerja (contract civil servant).' },
  },
});
registerEnumType(CycleKind, {
  name: 'CycleKind',
  description: 'Length of an appraisal cycle.',
  valuesConfig: {
    ANNUAL: { description: 'Tahunan.' },
    SEMESTER: { description: 'Semesteran.' },
    QUARTER: { description: 'Triwulanan.' },
  },
});
registerEnumType(CycleStatus, {
  name: 'CycleStatus',
  description: 'Where a cycle is in its life.',
  valuesConfig: {
    PLANNING: { description: 'Performance plans (SKP) are being written.' },
    OPEN: { description: 'Appraisals are being filled in.' },
    CLOSED: { description: 'The cycle is over.' },
  },
});
registerEnumType(AppraisalStatus, {
  name: 'AppraisalStatus',
  description: 'Workflow status of an appraisal (SPEC §4).',
  valuesConfig: {
    DRAFT: { description: 'The SKP is being planned (or was returned or reopened for revision).' },
    PLAN_SUBMITTED: { description: 'The employee submitted the plan; the direct supervisor agrees or returns it.' },
    PLAN_AGREED: { description: 'The supervisor agreed the plan; check-ins during the cycle, then the self-assessment.' },
    SELF_ASSESSED: { description: 'The employee submitted self ratings and realisations.' },
    ASSESSED: { description: 'The supervisor rated; the predicate is computed.' },
    OBJECTED: { description: 'The employee objected within 14 days.' },
    FINALIZED: { description: 'Final; never changes again.' },
  },
});
registerEnumType(Rating, {
  name: 'Rating',
  description: 'Rating of work results (HK) or work behaviour (PK) against expectation.',
  valuesConfig: {
    ABOVE: { description: 'Di atas ekspektasi.' },
    MEETS: { description: 'Sesuai ekspektasi.' },
    BELOW: { description: 'Di bawah ekspektasi.' },
  },
});
registerEnumType(Predicate, {
  name: 'Predicate',
  description: 'Predikat kinerja from the PermenPANRB 6/2022 matrix, best first.',
  valuesConfig: Object.fromEntries(Object.entries(PREDICATE_LABELS).map(([k, label]) => [k, { description: label }])),
});
registerEnumType(RaterRole, {
  name: 'RaterRole',
  description: 'Who gave a competency level.',
  valuesConfig: {
    SELF: { description: 'The employee (self-assessment); never counts as the assessed level.' },
    SUPERVISOR: { description: 'The direct supervisor.' },
    PEER: { description: 'A colleague; never counts as the assessed level.' },
    ASSESSOR: { description: 'An assessment centre result; takes precedence over the supervisor.' },
  },
});
registerEnumType(TargetAspect, {
  name: 'TargetAspect',
  description: 'Aspect of a performance target indicator.',
  valuesConfig: {
    QUANTITY: { description: 'Kuantitas.' },
    QUALITY: { description: 'Kualitas.' },
    TIME: { description: 'Waktu.' },
    COST: { description: 'Biaya.' },
  },
});
registerEnumType(TargetKind, {
  name: 'TargetKind',
  description: 'Kind of performance target (jenis rencana hasil kerja).',
  valuesConfig: {
    UTAMA: { description: 'RHK utama: a main result of the position.' },
    TAMBAHAN: { description: 'RHK tambahan: an additional result.' },
  },
});
registerEnumType(BehaviorValue, {
  name: 'BehaviorValue',
  description: 'One of the seven BerAKHLAK core values of work behaviour (perilaku kerja).',
  valuesConfig: Object.fromEntries(Object.entries(BEHAVIOR_VALUE_INFO).map(([k, v]) => [k, { description: `${v.label}: ${v.description}` }])),
});
registerEnumType(AwaitingParty, {
  name: 'AwaitingParty',
  description: 'Whose move it is in the appraisal workflow.',
  valuesConfig: {
    EMPLOYEE: { description: 'The employee (plan, check-ins, self-assessment, or the objection window).' },
    SUPERVISOR: { description: 'The direct supervisor (agree the plan, rate).' },
    DECIDER: { description: "The rating official's own supervisor, who decides the objection (PP 30/2019 art. 59)." },
    HR_ADMIN: { description: 'The objection window has passed: an HR admin (or the supervisor) finalises.' },
  },
});
registerEnumType(NextStep, {
  name: 'NextStep',
  description: 'The next step of the SKP year, for task lists.',
  valuesConfig: {
    WRITE_PLAN: { description: 'The employee writes or revises the plan and submits it.' },
    AGREE_PLAN: { description: 'The supervisor agrees the plan or returns it with a comment.' },
    CHECK_IN: { description: 'The employee records check-ins during the cycle and self-assesses at its end.' },
    ASSESS: { description: 'The supervisor rates.' },
    OBJECT_OR_WAIT: { description: 'The employee may object until the window ends.' },
    FINALIZE: { description: 'The objection window has passed; an HR admin or the supervisor finalises.' },
    DECIDE_OBJECTION: { description: "The rating official's own supervisor decides the objection." },
    DONE: { description: 'Final.' },
  },
});
registerEnumType(SupervisorTask, {
  name: 'SupervisorTask',
  description: "What a direct report's appraisal asks of their supervisor now.",
  valuesConfig: {
    AGREE_PLAN: { description: 'The plan was submitted: agree it or return it.' },
    ANSWER_CHECK_IN: { description: 'A check-in waits for an answer.' },
    ASSESS: { description: 'The self-assessment is in: rate.' },
    FINALIZE: { description: 'The objection window has passed: finalise (or leave it to the HR admin).' },
  },
});
registerEnumType(TrainingMode, {
  name: 'TrainingMode',
  description: 'How a training programme is delivered.',
  valuesConfig: {
    CLASSICAL: { description: 'Klasikal: classroom training.' },
    NON_CLASSICAL: { description: 'Non-klasikal: coaching, e-learning, internship, …' },
  },
});
registerEnumType(Role, {
  name: 'Role',
  description: 'What a user may see and change (SPEC §6).',
  valuesConfig: {
    ADMIN: { description: 'Everything.' },
    HR_ADMIN: { description: 'Reference data, employees, cycles, imports and finalisation in an agency subtree.' },
    LEADER: { description: 'Reads individuals and aggregates in an agency subtree.' },
    TRAINING_PLANNER: { description: 'Gap lists and aggregates in a subtree; maintains training.' },
    ANALYST: { description: 'Aggregates only; small groups suppressed.' },
    SUPERVISOR: { description: 'Direct and indirect subordinates.' },
    EMPLOYEE: { description: 'Their own appraisal.' },
  },
});
registerEnumType(ErrorCode, {
  name: 'ErrorCode',
  description: 'Machine-readable reason of a user error.',
  valuesConfig: Object.fromEntries(Object.entries(USER_ERROR_MESSAGES).map(([k, m]) => [k, { description: m.en }])),
});
