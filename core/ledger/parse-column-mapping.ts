import { UserInputError } from '../errors';
import { bilingual } from './bilingual';
import { FIELD_NAMES, type FieldName } from './types';

/**
 * Reads an explicit column mapping `field=Header,field=Header` (the `--columns` flag, a settings cell).
 * Field names are those of {@link FIELD_NAMES}; header text is kept as written (trimmed).
 * @throws UserInputError on an unknown field, a pair without `=`, an empty header or a field given twice
 * @example parseColumnMapping('customer=CustomerID, date=InvoiceDate') // → { customer: 'CustomerID', date: 'InvoiceDate' }
 */
export function parseColumnMapping(text: string): Partial<Record<FieldName, string>> {
  const out: Partial<Record<FieldName, string>> = {};
  const known = FIELD_NAMES.join(', ');
  for (const part of text.split(',')) {
    if (part.trim() === '') continue;
    const eq = part.indexOf('=');
    const field = (eq < 0 ? part : part.slice(0, eq)).trim().toLowerCase();
    const header = eq < 0 ? '' : part.slice(eq + 1).trim();
    if (!(FIELD_NAMES as readonly string[]).includes(field)) {
      throw new UserInputError(
        bilingual(`неизвестное поле «${field}» в соответствии столбцов; поля: ${known}`, `unknown field "${field}" in the column mapping; fields are: ${known}`),
        'columns',
      );
    }
    if (header === '') {
      throw new UserInputError(
        bilingual(`для поля «${field}» не указан столбец: пишите ${field}=<заголовок>`, `no column given for "${field}": write ${field}=<header>`),
        'columns',
      );
    }
    if (out[field as FieldName] !== undefined) {
      throw new UserInputError(
        bilingual(`поле «${field}» указано дважды`, `field "${field}" is mapped twice`),
        'columns',
      );
    }
    out[field as FieldName] = header;
  }
  return out;
}
