import { useQuery, type QueryState } from '../../graphql/use-query';
import { AgencyHeadcountsDocument, type AgencyHeadcountsQuery } from '../../graphql/generated/graphql';

export type AgencyHeadcountRow = AgencyHeadcountsQuery['agencies'][number];

/** Every agency the caller may see, with active headcounts (own subtree and direct). */
export function useAgencyHeadcounts(): QueryState<AgencyHeadcountRow[]> {
  return useQuery(AgencyHeadcountsDocument, {}, (result) => result.agencies);
}
