import cron from 'node-cron';
import { describe, expect, it } from 'vitest';
import { refreshCron, startScheduler } from '../../../bot/jobs/scheduler';
import { silentLogger } from '../../../bot/logger';

describe('scheduler', () => {
  it('turns the refresh interval into a valid cron expression', () => {
    expect(refreshCron(30)).toBe('*/30 * * * *');
    expect(refreshCron(60)).toBe('0 */1 * * *');
    expect(refreshCron(180)).toBe('0 */3 * * *');
    for (const m of [1, 15, 60, 120, 1440]) expect(cron.validate(refreshCron(m))).toBe(true);
  });
  it('starts node-cron jobs in the configured time zone and stops them', async () => {
    const s = startScheduler({ timeZone: 'Asia/Tashkent', refreshMinutes: 60, tick: async () => {}, refresh: async () => {}, logger: silentLogger });
    const tasks = [...cron.getTasks().values()];
    expect(tasks.map((t) => t.name).sort()).toEqual(expect.arrayContaining(['digests', 'refresh']));
    const digests = tasks.find((t) => t.name === 'digests')!;
    expect(digests.getPattern()).toBe('* * * * *');
    await s.stop();
    expect([...cron.getTasks().values()].filter((t) => t.name === 'digests')).toHaveLength(0);
  });
});
