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

export type AgencyHeadcountsQueryVariables = Exact<{ [key: string]: never; }>;


export type AgencyHeadcountsQuery = { agencies: Array<{ id: string, code: string, name: string, kind: AgencyKind, parentId: string | null, depth: number, headcount: number, directHeadcount: number }> };


export const AgencyHeadcountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgencyHeadcounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"directHeadcount"}}]}}]}}]} as unknown as DocumentNode<AgencyHeadcountsQuery, AgencyHeadcountsQueryVariables>;