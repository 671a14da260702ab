import { useQuery } from '../../graphql/use-query';
import { ObjectionInboxDocument, TeamMembersDocument } from '../../graphql/generated/graphql';

/** The supervisor's direct reports in their current cycle, with what waits on the supervisor. */
export function useTeamMembers() {
  return useQuery(TeamMembersDocument, {}, (r) => r.teamMembers);
}

/** The objections the supervisor decides (their direct reports' reports, PP 30/2019 art. 59). */
export function useObjectionInbox() {
  return useQuery(ObjectionInboxDocument, {}, (r) => r.objectionInbox);
}
