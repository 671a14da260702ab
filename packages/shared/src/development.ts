/** Status of a development plan item (rencana pengembangan kompetensi). SPEC §2. */
export const DevelopmentStatus = {
  /** the supervisor recommended it */
  RECOMMENDED: 'RECOMMENDED',
  /** the training planner scheduled it */
  PLANNED: 'PLANNED',
  /** done: closed by a training record of its programme, or by the planner */
  DONE: 'DONE',
  /** the planner dropped it, with a reason */
  DROPPED: 'DROPPED',
} as const;
export type DevelopmentStatus = (typeof DevelopmentStatus)[keyof typeof DevelopmentStatus];
export const DEVELOPMENT_STATUSES = Object.values(DevelopmentStatus);

/** Statuses of an item still waiting for development: the training planner's queue. */
export const OPEN_DEVELOPMENT_STATUSES: readonly DevelopmentStatus[] = [DevelopmentStatus.RECOMMENDED, DevelopmentStatus.PLANNED];

/** What a training planner may do to an item. */
export type DevelopmentAction = 'PLAN' | 'DROP' | 'CLOSE';

/** The state machine of an item: from which statuses each action is allowed, and where it leads. */
export const DEVELOPMENT_TRANSITIONS: Readonly<Record<DevelopmentAction, { from: readonly DevelopmentStatus[]; to: DevelopmentStatus }>> = {
  PLAN: { from: [DevelopmentStatus.RECOMMENDED], to: DevelopmentStatus.PLANNED },
  DROP: { from: [DevelopmentStatus.RECOMMENDED, DevelopmentStatus.PLANNED], to: DevelopmentStatus.DROPPED },
  CLOSE: { from: [DevelopmentStatus.RECOMMENDED, DevelopmentStatus.PLANNED], to: DevelopmentStatus.DONE },
};

/** The status after `action`, or null when the action is not allowed from `status`. */
export function nextDevelopmentStatus(status: DevelopmentStatus, action: DevelopmentAction): DevelopmentStatus | null {
  const rule = DEVELOPMENT_TRANSITIONS[action];
  return rule.from.includes(status) ? rule.to : null;
}
