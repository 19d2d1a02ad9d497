import { bilingual, UserInputError } from '../core';

const REASONS: Record<string, { ru: string; en: string }> = {
  ENOENT: { ru: 'нет такого файла', en: 'no such file' },
  EACCES: { ru: 'нет прав на чтение', en: 'permission denied' },
  EISDIR: { ru: 'это папка, а не файл', en: 'it is a folder, not a file' },
};

/**
 * The user mistake for a file a flag names that cannot be read, in both languages, with the reason for the
 * usual error codes (the code itself otherwise).
 * @example cannotRead('--input', 'sales.csv', 'ENOENT').messageIn('ru') // → "не удаётся прочитать --input sales.csv: нет такого файла"
 */
export function cannotRead(flag: string, path: string, code: string | undefined): UserInputError {
  const reason = (code && REASONS[code]) || { ru: code || 'файл не читается', en: code || 'unreadable' };
  return new UserInputError(bilingual(`не удаётся прочитать ${flag} ${path}: ${reason.ru}`, `cannot read ${flag} ${path}: ${reason.en}`), flag);
}

/**
 * The user mistake for a JSON file a flag names that does not parse, in both languages, with the parser's
 * own words (position and token).
 * @example notValidJson('--config', 'rfm.json', 'Unexpected token } in JSON at position 12').messageIn('en') // → "--config rfm.json is not valid JSON: Unexpected token …"
 */
export function notValidJson(flag: string, path: string, detail: string): UserInputError {
  return new UserInputError(bilingual(`${flag} ${path} — не правильный JSON: ${detail}`, `${flag} ${path} is not valid JSON: ${detail}`), flag);
}
