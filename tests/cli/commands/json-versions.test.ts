import { describe, expect, it } from 'vitest';
import { runInProcess } from '../harness';
import { base, dir } from '../../helpers/kpi-cli-fixture';

/** Issue 7: every JSON output carries the same {config, ledger} versions, so answers can be matched to their inputs. */
describe('JSON outputs carry the run versions', () => {
  it('quality, segments, kpi, migration and review agree on the versions of one input', async () => {
    const commands = [
      ['quality', ...base, '--format', 'json'],
      ['segments', ...base, '--format', 'json'],
      ['kpi', ...base, '--period', '2025-Q3', '--format', 'json'],
      ['migration', ...base, '--from', '2025-07-01', '--to', '2025-10-01', '--format', 'json'],
      ['review', ...base, '--period', '2025-Q3', '--format', 'json'],
    ];
    const outputs = [];
    for (const args of commands) outputs.push(await runInProcess(args, dir));
    const versions = outputs.map((r) => {
      expect(r.code, r.stderr).toBe(0);
      const json = JSON.parse(r.stdout) as { version: unknown } | { version: unknown }[];
      return Array.isArray(json) ? json[0].version : json.version;
    });
    expect(versions[0]).toMatchObject({ config: expect.stringMatching(/^[0-9a-f]{10}$/), ledger: expect.stringMatching(/^[0-9a-f]{10}$/) });
    for (const v of versions) expect(v).toEqual(versions[0]);
  });
});
