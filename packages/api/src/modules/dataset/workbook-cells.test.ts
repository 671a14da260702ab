import { describe, expect, it } from 'vitest';
import { cellText, columnLetter, guardCell, numberText, unguardCell } from './workbook-cells.js';

describe('cellText: a typed cell as a person typed it', () => {
  it.each([
    ['whole number', 3, undefined, '3'],
    ['whole number stored as 3.0', 3.0, undefined, '3'],
    ['large whole number, no exponent', 2500000, undefined, '2500000'],
    ['negative number', -2, undefined, '-2'],
    ['fraction', 2.5, undefined, '2.5'],
    ['float noise beyond 15 digits', 0.1 + 0.2, undefined, '0.3'],
    ['date', new Date(Date.UTC(2024, 7, 15)), 'yyyy-mm-dd', '2024-08-15'],
    ['date in a local format', new Date(Date.UTC(2024, 0, 5)), 'd/m/yyyy', '2024-01-05'],
    ['month typed as 2024-01', new Date(Date.UTC(2024, 0, 1)), 'yyyy-mm', '2024-01'],
    ['month shown as Jan-24', new Date(Date.UTC(2024, 0, 1)), 'mmm-yy', '2024-01'],
    ['date and time', new Date(Date.UTC(2024, 0, 5, 13, 30)), 'yyyy-mm-dd hh:mm', '2024-01-05 13:30'],
    ['text', 'III/b', undefined, 'III/b'],
    ['empty', null, undefined, ''],
    ['boolean', true, undefined, 'TRUE'],
    ['rich text', { richText: [{ text: 'Ba' }, { text: 'dan' }] }, undefined, 'Badan'],
    ['formula with its value', { formula: 'A1+1', result: 4 }, undefined, '4'],
  ] as const)('%s', (_label, value, numFmt, text) => {
    expect(cellText(value as never, numFmt)).toEqual({ text });
  });

  it('refuses an error value and a formula without a saved value', () => {
    expect(cellText({ error: '#N/A' } as never)).toEqual({ reason: 'the cell holds the error #N/A' });
    expect(cellText({ formula: 'A1' } as never)).toMatchObject({ reason: expect.stringMatching(/paste it as values/) });
  });
});

describe('numberText', () => {
  it('keeps every digit a double holds of a whole number', () => {
    expect(numberText(197410281995051001)).toBe('197410281995051008'); // why a NIP must never be a number
  });
});

describe('guardCell / unguardCell (SPEC §8: exported cells never run as formulas)', () => {
  it.each([
    ['=HYPERLINK("x")', "'=HYPERLINK(\"x\")"],
    ['+62 811', "'+62 811"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['-', "'-"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ["'quoted", "''quoted"],
    ['-3', '-3'],
    ['-0.5', '-0.5'],
    ['Badan', 'Badan'],
    ['', ''],
  ])('%j is written as %j and read back as itself', (value, written) => {
    expect(guardCell(value)).toBe(written);
    expect(unguardCell(guardCell(value))).toBe(value);
  });

  it('keeps an apostrophe a person typed before a letter', () => {
    expect(unguardCell("'Ainun")).toBe("'Ainun");
  });
});

describe('columnLetter', () => {
  it.each([[1, 'A'], [26, 'Z'], [27, 'AA'], [52, 'AZ'], [703, 'AAA']])('%i → %s', (n, letter) => {
    expect(columnLetter(n)).toBe(letter);
  });
});
