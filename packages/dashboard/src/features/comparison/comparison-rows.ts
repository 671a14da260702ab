// The rows of the comparison in display order and with display names: the whole scope first, then
// the child agencies by name, then the employees placed directly in the scope agency.

export interface ComparisonInput {
  agencyCode: string;
  agencyName: string;
  grouping: 'SCOPE' | 'CHILD' | 'OWN';
}

export interface ComparisonNames {
  scope: (name: string) => string;
  own: (name: string) => string;
}

export function comparisonLabel(row: ComparisonInput, names: ComparisonNames): string {
  if (row.grouping === 'SCOPE') return names.scope(row.agencyName);
  if (row.grouping === 'OWN') return names.own(row.agencyName);
  return row.agencyName;
}

export function orderComparisonRows<T extends ComparisonInput>(rows: readonly T[]): T[] {
  const rank = { SCOPE: 0, CHILD: 1, OWN: 2 } as const;
  return [...rows].sort((a, b) => rank[a.grouping] - rank[b.grouping] || a.agencyName.localeCompare(b.agencyName, 'id'));
}
