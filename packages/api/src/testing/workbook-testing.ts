/*
 * Test support: small workbooks written with exceljs (from here, so that the dashboard's browser
 * tests need no spreadsheet library of their own).
 */
import ExcelJS from 'exceljs';

/** Writes `sheets` (sheet name → rows of cells; strings stay text) as an .xlsx file. */
export async function writeWorkbook(file: string, sheets: Record<string, (string | number)[][]>): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(name);
    for (const row of rows) sheet.addRow(row);
  }
  await workbook.xlsx.writeFile(file);
}
