import { describe, expect, it } from 'vitest';
import { NATIONAL_COMPETENCIES, isCompetencyLevel } from './competency';

describe('isCompetencyLevel', () => {
  it.each([
    [1, true],
    [3, true],
    [5, true],
    [0, false],
    [6, false],
    [2.5, false],
    [-1, false],
    [Number.NaN, false],
  ])('%d → %s', (n, expected) => expect(isCompetencyLevel(n)).toBe(expected));
});

describe('NATIONAL_COMPETENCIES', () => {
  it('is the PermenPANRB 38/2017 catalogue in order', () => {
    expect(NATIONAL_COMPETENCIES.map((c) => [c.code, c.name, c.category])).toEqual([
      ['M01', 'Integritas', 'MANAGERIAL'],
      ['M02', 'Kerja Sama', 'MANAGERIAL'],
      ['M03', 'Komunikasi', 'MANAGERIAL'],
      ['M04', 'Orientasi pada Hasil', 'MANAGERIAL'],
      ['M05', 'Pelayanan Publik', 'MANAGERIAL'],
      ['M06', 'Pengembangan Diri dan Orang Lain', 'MANAGERIAL'],
      ['M07', 'Mengelola Perubahan', 'MANAGERIAL'],
      ['M08', 'Pengambilan Keputusan', 'MANAGERIAL'],
      ['SK01', 'Perekat Bangsa', 'SOCIO_CULTURAL'],
    ]);
  });

  it.each(NATIONAL_COMPETENCIES.map((c) => [c.code, c.descriptors] as const))(
    '%s has five distinct level descriptors',
    (_, descriptors) => {
      expect(new Set(descriptors.map((d) => d.trim())).size).toBe(5);
      expect(descriptors.every((d) => d.length > 0)).toBe(true);
    },
  );
});
