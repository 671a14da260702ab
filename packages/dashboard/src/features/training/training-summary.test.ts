import { describe, expect, it } from 'vitest';
import { summarizeTrainingNeeds } from './training-summary';
import type { TrainingNeedRow } from './use-training-needs';

const competency = (code: string) => ({ id: code, code, name: code, category: 'MANAGERIAL' as const });
const needs: TrainingNeedRow[] = [
  {
    competency: competency('M01'), employees: 34, employeesWithGap: 10, burden: 11, estimatedHoursJp: 216, estimatedCost: 29_500_000,
    uncoveredEmployees: 0, suppressed: false,
    programs: [
      { program: { id: '1', code: 'PL-INT-1', title: 'Integritas' }, participants: 7, hoursJp: 168, cost: 17_500_000 },
      { program: { id: '2', code: 'PL-INT-2', title: 'Integritas Pimpinan' }, participants: 3, hoursJp: 48, cost: 12_000_000 },
    ],
  },
  {
    competency: competency('M02'), employees: 34, employeesWithGap: 7, burden: 8, estimatedHoursJp: 0, estimatedCost: 0,
    uncoveredEmployees: 7, suppressed: false, programs: [],
  },
  {
    competency: competency('T-KES'), employees: null, employeesWithGap: null, burden: null, estimatedHoursJp: null, estimatedCost: null,
    uncoveredEmployees: null, suppressed: true, programs: null,
  },
];

describe('summarizeTrainingNeeds', () => {
  it('sums participants, hours, cost and catalogue holes, leaving suppressed rows out', () => {
    expect(summarizeTrainingNeeds(needs)).toEqual({
      participants: 10, hoursJp: 216, cost: 29_500_000, uncoveredEmployees: 7, holeCompetencies: 1, hidden: 1,
    });
  });
});
