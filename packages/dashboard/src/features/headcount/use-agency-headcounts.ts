import { useQuery, type QueryState } from '../../graphql/use-query';
import { AgencyHeadcountsDocument, type AgencyHeadcountsQuery } from '../../graphql/generated/graphql';

type QueryRow = AgencyHeadcountsQuery['agencies'][number];

/** An agency with a known headcount; `directHeadcount` stays null when it is suppressed on its own. */
export type AgencyHeadcountRow = Omit<QueryRow, 'headcount'> & { headcount: number };

/**
 * Every agency the caller may see, with active headcounts (own subtree and direct). For an analyst
 * the API suppresses groups under 5 people (headcount null); those agencies are left out of the
 * chart rather than drawn as zero.
 */
export function useAgencyHeadcounts(): QueryState<AgencyHeadcountRow[]> {
  return useQuery(AgencyHeadcountsDocument, {}, (result) =>
    result.agencies.filter((a): a is AgencyHeadcountRow => a.headcount !== null));
}
