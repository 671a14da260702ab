import { describe, expect, it } from 'vitest';
import { buildAgencyTree, flattenAgencyTree, type AgencyNode } from './agency-tree';

const agencies: AgencyNode[] = [
  { id: '1', code: 'KDI', name: 'Pemerintah Kota Kendari', parentId: null, depth: 0 },
  { id: '6', code: 'PAUH', name: 'Pemerintah Pauh', parentId: null, depth: 0 },
  { id: '5', code: 'KDI-DINKES', name: 'Dinas Kesehatan Kota Kendari', parentId: '1', depth: 1 },
  { id: '2', code: 'KDI-BKD', name: 'Badan Kepegawaian Kota Kendari', parentId: '1', depth: 1 },
  { id: '3', code: 'KDI-BKD-MUT', name: 'Bidang Mutasi', parentId: '2', depth: 2 },
];

describe('buildAgencyTree', () => {
  it('finds roots, children by name and the path down to an agency', () => {
    const tree = buildAgencyTree(agencies);
    expect(tree.roots.map((a) => a.code)).toEqual(['KDI', 'PAUH']);
    expect(tree.childrenOf('1').map((a) => a.code)).toEqual(['KDI-BKD', 'KDI-DINKES']);
    expect(tree.childrenOf('3')).toEqual([]);
    expect(tree.pathTo('KDI-BKD-MUT').map((a) => a.code)).toEqual(['KDI', 'KDI-BKD', 'KDI-BKD-MUT']);
    expect(tree.pathTo('NOPE')).toEqual([]);
  });

  it('treats an agency whose parent is out of scope as a root', () => {
    const scoped = agencies.filter((a) => a.code.startsWith('KDI-BKD'));
    const tree = buildAgencyTree(scoped);
    expect(tree.roots.map((a) => a.code)).toEqual(['KDI-BKD']);
    expect(tree.pathTo('KDI-BKD-MUT').map((a) => a.code)).toEqual(['KDI-BKD', 'KDI-BKD-MUT']);
  });

  it('flattens depth-first with the level below the visible roots', () => {
    const flat = flattenAgencyTree(buildAgencyTree(agencies));
    expect(flat.map((f) => `${f.level}:${f.agency.code}`)).toEqual([
      '0:KDI', '1:KDI-BKD', '2:KDI-BKD-MUT', '1:KDI-DINKES', '0:PAUH',
    ]);
  });
});
