import { build } from 'esbuild';
import vm from 'node:vm';
import { dayInTimeZone, generateTransactions } from '../core/index';
const NOW = Date.UTC(2025, 2, 12, 9);
const today = dayInTimeZone(NOW, 'Europe/Moscow');
const table = generateTransactions({ seed: 42, endDay: today - 1, rows: 20000 });
const r = await build({ stdin: { contents: "export { ingestTable } from './core/index';", resolveDir: process.cwd(), loader: 'ts' }, bundle: true, format: 'iife', globalName: 'B', platform: 'neutral', target: 'es2020', write: false, logLevel: 'silent' });
const code = r.outputFiles[0].text;
const G = ['Math','Number','String','Uint32Array','Int32Array','Float64Array','Uint8Array','Map','Set','Array','Object','Date','Intl','JSON','Error','RegExp','Symbol','Boolean','isFinite','isNaN','parseInt','parseFloat'];
const wrapped = `var B = (function(${G.join(',')}){ ${code}; return B; })(${G.join(',')});`;
for (const [label, src] of [['plain', code], ['wrapped', wrapped]]) {
  const ctx = vm.createContext({});
  vm.runInContext(src, ctx);
  const f = vm.runInContext('B.ingestTable', ctx);
  const t = performance.now();
  f(table, { timeZone: 'Europe/Moscow', today });
  console.log(label, (performance.now() - t).toFixed(0));
}
