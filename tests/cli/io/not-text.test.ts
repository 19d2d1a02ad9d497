import { describe, expect, it } from 'vitest';
import { notText } from '../../../cli/io/not-text';

const bytes = (...b: number[]): Uint8Array => Uint8Array.from(b);

describe('notText', () => {
  it('names the files users pass instead of a CSV, in both languages', () => {
    expect(notText(bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0))?.en).toMatch(/^this is an Excel or OpenDocument workbook/);
    expect(notText(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0))?.ru).toMatch(/^это книга Excel старого формата \(\.xls\)/);
    expect(notText(bytes(0x1f, 0x8b, 8, 0))?.en).toBe('the file is gzip-compressed: unpack it (gunzip) and pass the CSV inside');
  });

  it('lets text through: UTF-8 with or without BOM, Windows-1251, UTF-16 with its mark, a CSV starting with PK, an empty file', () => {
    expect(notText(bytes(0xff, 0xfe, 0x63, 0))).toBeNull(); // UTF-16LE, read by readRows
    expect(notText(bytes(0xfe, 0xff, 0, 0x63))).toBeNull(); // UTF-16BE
    expect(notText(new TextEncoder().encode('Клиент,Дата,Сумма\n'))).toBeNull();
    expect(notText(bytes(0xef, 0xbb, 0xbf, 0x41))).toBeNull();
    expect(notText(bytes(0xca, 0xeb, 0xe8, 0xe5, 0xed, 0xf2))).toBeNull(); // "Клиент" in Windows-1251
    expect(notText(new TextEncoder().encode('PK,date,amount\n'))).toBeNull();
    expect(notText(bytes(0x50, 0x4b))).toBeNull(); // too short to be a zip header
    expect(notText(bytes())).toBeNull();
  });
});
