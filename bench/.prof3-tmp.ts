import { build } from 'esbuild';
import vm from 'node:vm';
import { dayInTimeZone, generateTransactions } from '../core/index';
const NOW = Date.UTC(2025, 2, 12, 9);
const today = dayInTimeZone(NOW, 'Europe/Moscow');
const table = generateTransactions({ seed: 42, endDay: today - 1, rows: 20000 });
for (const target of ['es2020', 'es2022']) {
  const r = await build({ stdin: { contents: "export { ingestTable } from './core/index';", resolveDir: process.cwd(), loader: 'ts' }, bundle: true, format: 'iife', globalName: 'B', platform: 'neutral', target, write: false, logLevel: 'silent' });
  const code = r.outputFiles[0].text;
  const ctx = vm.createContext({});
  vm.runInContext(code, ctx);
  const f = vm.runInContext('B.ingestTable', ctx);
  let t = performance.now();
  f(table, { timeZone: 'Europe/Moscow', today });
  console.log(target, 'vm', (performance.now() - t).toFixed(0));
  const g = new Function(code + '; return B.ingestTable;')();
  t = performance.now();
  g(table, { timeZone: 'Europe/Moscow', today });
  console.log(target, 'main realm', (performance.now() - t).toFixed(0));
}
