/**
 * Ready-made operations shown as tabs in the explorer (/explorer), one per question analysts ask.
 * Each must stay valid against the schema: explorer-examples.test.ts validates them.
 */
export interface ExplorerExample {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

export const EXPLORER_EXAMPLES: ExplorerExample[] = [
  {
    name: 'Siapa saya? (viewer)',
    query: `# Who am I signed in as, and what is my scope?
query Viewer {
  viewer { username role agency { code name } employee { name nip } }
}`,
  },
  {
    name: 'Pohon instansi dan jumlah pegawai',
    query: `# The agency tree in my scope with active headcounts.
query AgencyTree {
  agencies { id code name kind depth parentId headcount directHeadcount }
}`,
  },
  {
    name: 'Cari pegawai',
    query: `# Employees of an agency subtree, filtered and searched, a page at a time.
query Employees($filter: EmployeeFilter, $after: String) {
  employees(first: 20, after: $after, filter: $filter) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { nip name employmentType rank position { title positionType } agency { name } }
  }
}`,
    variables: { filter: { agencyCode: 'KDI', positionTypes: ['FUNGSIONAL'] } },
  },
  {
    name: 'Standar kompetensi jabatan',
    query: `# Positions with the level each requires in each competency.
query Standards {
  positions { code title positionType standard { requiredLevel competency { code name category } } }
}`,
  },
];
