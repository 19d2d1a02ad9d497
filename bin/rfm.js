#!/usr/bin/env node
// The `rfm` command: runs the TypeScript CLI (cli/main.ts) through tsx, so no build step is needed.
import { register } from 'tsx/esm/api';

register();
await import('../cli/main.ts');
