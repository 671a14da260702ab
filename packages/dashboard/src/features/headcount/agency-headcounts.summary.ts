import type { AgencyHeadcountInput } from './agency-headcounts.option';

export interface HeadcountSummary {
  /** Active employees in everything the caller can see, each counted once. */
  totalHeadcount: number;
  /** Local governments (pemda): depth 0. */
  regions: number;
  /** Regional agencies (perangkat daerah): depth 1. */
  agencies: number;
  /** Work units below the regional agencies: depth 2 and deeper. */
  units: number;
}

/** Headline figures for the KPI cards. */
export function summarizeAgencyHeadcounts(agencies: readonly AgencyHeadcountInput[]): HeadcountSummary {
  const visible = new Set(agencies.map((a) => a.id));
  let totalHeadcount = 0;
  let regions = 0;
  let memberAgencies = 0;
  let units = 0;
  for (const agency of agencies) {
    // `headcount` already includes the subtree, so only the tops of the visible forest are summed.
    if (agency.parentId === null || !visible.has(agency.parentId)) totalHeadcount += agency.headcount;
    if (agency.depth === 0) regions += 1;
    else if (agency.depth === 1) memberAgencies += 1;
    else units += 1;
  }
  return { totalHeadcount, regions, agencies: memberAgencies, units };
}
