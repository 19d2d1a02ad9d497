/**
 * `npm run build:wasm`: compiles each WebAssembly text module of this folder into the TypeScript module the CLI
 * imports (`field-index.wat` → `field-index.wasm.ts`). Run it after editing a `.wat`; a test fails while the
 * two differ.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileWat, wasmModuleSource } from './compile-wat';

/** Each text module, and the name its bytes are exported under. */
export const WASM_MODULES = [{ wat: 'field-index.wat', exportName: 'FIELD_INDEX_WASM' }] as const;

const HERE = fileURLToPath(new URL('.', import.meta.url));

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const { wat, exportName } of WASM_MODULES) {
    const bytes = await compileWat(join(HERE, wat));
    const out = join(HERE, wat.replace(/\.wat$/, '.wasm.ts'));
    await writeFile(out, wasmModuleSource(wat, bytes, exportName));
    console.log(`${out}: ${bytes.length} bytes`);
  }
}
