import { bilingual } from '../../core/ledger/bilingual';

/**
 * Why a file that starts with these bytes is not delimited text, or null when it may be: an Excel or
 * OpenDocument workbook (a zip), an old Excel .xls, or a gzip archive. (UTF-16 text, Excel's "Unicode Text", is
 * read: see readRows.)
 * Users export a sheet and pass the workbook itself more often than anything else; without this they get its
 * binary header back as "the file's columns".
 * @example notText(Buffer.from('PK\x03\x04…', 'latin1'))?.en // → "this is an Excel or OpenDocument workbook (or a zip archive), not CSV text: …"
 */
export function notText(first: Uint8Array): { ru: string; en: string } | null {
  const starts = (...bytes: number[]): boolean => first.length >= bytes.length && bytes.every((b, i) => first[i] === b);
  const saveAsCsv = bilingual(
    'сохраните лист как CSV (Excel: Файл → Сохранить как → CSV UTF-8; Google Таблицы: Файл → Скачать → CSV) и укажите этот файл',
    'save the sheet as CSV (Excel: File → Save As → CSV UTF-8; Google Sheets: File → Download → CSV) and pass that file',
  );
  if (starts(0x50, 0x4b, 0x03, 0x04)) {
    return bilingual(`это книга Excel или OpenDocument (или zip-архив), а не текст CSV: ${saveAsCsv.ru}`, `this is an Excel or OpenDocument workbook (or a zip archive), not CSV text: ${saveAsCsv.en}`);
  }
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) {
    return bilingual(`это книга Excel старого формата (.xls), а не текст CSV: ${saveAsCsv.ru}`, `this is an old-format Excel workbook (.xls), not CSV text: ${saveAsCsv.en}`);
  }
  if (starts(0x1f, 0x8b)) {
    return bilingual('файл сжат gzip: распакуйте его (gunzip) и укажите распакованный CSV', 'the file is gzip-compressed: unpack it (gunzip) and pass the CSV inside');
  }
  return null;
}
