/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

export type AgencyHeadcountsQueryVariables = Exact<{ [key: string]: never; }>;


export type AgencyHeadcountsQuery = { agencies: Array<{ id: string, code: string, name: string, kind: AgencyKind, parentId: string | null, depth: number, headcount: number, directHeadcount: number }> };

export type SessionCreateMutationVariables = Exact<{
  input: SessionCreateInput;
}>;


export type SessionCreateMutation = { sessionCreate: { token: string | null, expiresAt: unknown, viewer: { username: string, role: Role, agency: { id: string, code: string, name: string } | null, employee: { id: string, name: string } | null } | null, userErrors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };


export const AgencyHeadcountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgencyHeadcounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"directHeadcount"}}]}}]}}]} as unknown as DocumentNode<AgencyHeadcountsQuery, AgencyHeadcountsQueryVariables>;
export const SessionCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SessionCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SessionCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SessionCreateMutation, SessionCreateMutationVariables>;