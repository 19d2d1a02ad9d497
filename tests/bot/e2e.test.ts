/**
 * End to end through grammY's real client, the runner's long polling and the local Telegram emulator, with
 * the state in a real SQLite file and a fake clock. Boundary 60 days (see fixtures/harness).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { buyer } from './fixtures/build-ledger';
import { ADMIN_ID, createHarness, type Harness } from './fixtures/harness';

const ANNA = 'Анна Смирнова';
const IGOR = 'Игорь Петров';
const specs = [
  buyer('a1', 'Ольга Иванова', ANNA, 50), // approaching, 10 days left
  buyer('a2', '<b>&Co</b>', ANNA, 63), // just crossed, 3 days ago
  buyer('a3', 'Пётр Сидоров', ANNA, 5), // active, no alert
  buyer('i1', 'Вера Кузнецова', IGOR, 55), // approaching, 5 days left
  buyer('i2', 'Тимур Алиев', IGOR, 10), // active
];

let h: Harness;
afterEach(async () => {
  await h?.close();
});

describe('access', () => {
  it('invite → /start code → /alerts shows only that manager\'s customers; the code works once', async () => {
    h = await createHarness({ specs });
    await h.startPolling();
    const [invite] = await h.ask(ADMIN_ID, `/invite ${ANNA}`);
    const code = /\/start ([A-Z0-9]+)/.exec(invite)![1];
    expect(invite).toContain(ANNA);

    const [welcome] = await h.ask(100, `/start ${code}`);
    expect(welcome).toContain('Добро пожаловать, Анна Смирнова');
    expect(h.storage.people.get(100)).toMatchObject({ managerName: ANNA, role: 'manager' });

    const [alerts] = await h.ask(100, '/alerts');
    expect(alerts).toContain('Ольга Иванова');
    expect(alerts).toContain('<b>&Co</b>');
    expect(alerts).not.toContain('Вера Кузнецова');
    expect(alerts).not.toContain('Пётр Сидоров'); // not near the boundary
    expect(alerts).toContain('уснёт через 10 дней');
    expect(alerts).toContain('граница пройдена 3 дня назад');

    const [again] = await h.ask(101, `/start ${code}`);
    expect(again).toMatch(/уже использован/);
    expect(h.storage.people.get(101)).toBeNull();
  });

  it('a stranger gets a polite refusal and nothing else', async () => {
    h = await createHarness({ specs });
    await h.startPolling();
    for (const text of ['/alerts', '/customer a1', '/digest', '/segments', 'привет', '/start WRONGCODE1']) {
      const replies = await h.ask(999, text);
      expect(replies).toHaveLength(1);
      expect(replies[0]).toMatch(/только для сотрудников|Код не найден/);
      expect(replies[0]).not.toMatch(/Ольга|Вера|&Co/);
    }
    expect(h.emu.calls.filter((c) => c.method === 'sendPhoto')).toHaveLength(0);
  });

  it('a head sees every manager\'s customers; group chats show no customer data until an admin allows it', async () => {
    h = await createHarness({ specs });
    h.addPerson(200, 'Руководитель', null, 'head');
    await h.startPolling();
    const [all] = await h.ask(200, '/alerts');
    expect(all).toContain('Ольга Иванова');
    expect(all).toContain('Вера Кузнецова');
    expect(all).toContain(`менеджер: ${IGOR}`);

    const group = { id: -500, type: 'group' as const };
    const [refused] = await h.ask(200, '/alerts', 1, group);
    expect(refused).toMatch(/не показываются данные о клиентах/);
    await h.ask(ADMIN_ID, '/chatdata on', 1, group);
    const [shown] = await h.ask(200, '/alerts', 1, group);
    expect(shown).toContain('Вера Кузнецова');
  });

  it('sets the command menu in Russian and English, with the admin commands only in admins\' chats', async () => {
    h = await createHarness({ specs });
    await h.startPolling();
    const set = h.emu.calls.filter((c) => c.method === 'setMyCommands');
    const key = (c: (typeof set)[number]) => `${(c.params.scope as { chat_id?: number } | undefined)?.chat_id ?? 'all'}:${(c.params.language_code as string | undefined) ?? 'default'}`;
    expect(set.map(key).sort()).toEqual(['1:default', '1:en', '1:ru', 'all:default', 'all:en', 'all:ru']);
    const everyone = set.find((c) => key(c) === 'all:en')!.params.commands as { command: string; description: string }[];
    expect(everyone.find((c) => c.command === 'alerts')!.description).toBe('Customers near the sleep boundary');
    expect(everyone.map((c) => c.command)).not.toContain('invite');
    const admin = set.find((c) => key(c) === '1:ru')!.params.commands as { command: string; description: string }[];
    expect(admin.find((c) => c.command === 'invite')!.description).toBe('Пригласить (админ)');
  });
});

describe('commands', () => {
  it('/customer shows the card with escaped data, and only for one\'s own customers', async () => {
    h = await createHarness({ specs });
    h.addPerson(100, ANNA, ANNA);
    await h.startPolling();
    const [card] = await h.ask(100, '/customer a2');
    expect(card).toContain('<b>&Co</b> · a2');
    expect(card).toMatch(/Граница засыпания: 60 · до неё: -3/);
    expect(card).toContain('Последние заказы');
    const [other] = await h.ask(100, '/customer i1');
    expect(other).toMatch(/нет «i1»/);
  });

  it('/settings buttons switch the language and edit the message in place', async () => {
    h = await createHarness({ specs });
    h.addPerson(100, ANNA, ANNA);
    await h.startPolling();
    await h.ask(100, '/settings');
    const msg = h.emu.delivered(100).at(-1)!;
    const result = msg.result as { message_id: number; chat: { id: number } };
    h.emu.userPresses({ id: 100 }, result, 'set:lang');
    await h.emu.waitFor((calls) => calls.some((c) => c.method === 'editMessageText'));
    const edit = h.emu.calls.find((c) => c.method === 'editMessageText')!;
    expect(edit.visibleText).toContain('Language: English');
    expect(h.storage.people.get(100)!.language).toBe('en');
  });

  it('/alerts pages with inline buttons', async () => {
    const many = Array.from({ length: 20 }, (_, i) => buyer(`m${String(i).padStart(2, '0')}`, `Клиент ${i}`, ANNA, 47 + (i % 12)));
    h = await createHarness({ specs: many });
    h.addPerson(100, ANNA, ANNA);
    await h.startPolling();
    const [first] = await h.ask(100, '/alerts');
    expect(first).toContain('Стр. 1 из 3');
    const msg = h.emu.delivered(100).at(-1)!;
    expect(JSON.stringify(msg.params.reply_markup)).toContain('alerts:1');
    h.emu.userPresses({ id: 100 }, msg.result as { message_id: number; chat: { id: number } }, 'alerts:1');
    await h.emu.waitFor((calls) => calls.some((c) => c.method === 'editMessageText'));
    expect(h.emu.calls.find((c) => c.method === 'editMessageText')!.visibleText).toContain('Стр. 2 из 3');
  });

  it('/segments sends a chart image and the table', async () => {
    h = await createHarness({ specs });
    h.addPerson(200, 'Руководитель', null, 'head');
    await h.startPolling();
    h.emu.userSays({ id: 200 }, '/segments');
    await h.emu.waitFor(() => h.emu.delivered(200).length >= 2);
    const [photo, text] = h.emu.delivered(200);
    expect(photo.method).toBe('sendPhoto');
    expect(photo.files[0].bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(text.visibleText).toMatch(/Сегменты на 23\.11\.2026 — 5 клиентов/);
  });

  it('/kpi gives a manager their own scorecard and explains a bad period', async () => {
    h = await createHarness({ specs });
    h.addPerson(100, ANNA, ANNA);
    await h.startPolling();
    const [kpi] = await h.ask(100, '/kpi 2026-Q3');
    expect(kpi).toMatch(/^KPI за 2026-Q3 \(база: 2026-Q2\)/);
    expect(kpi).toContain('Реактивация спящих');
    expect(kpi).not.toContain('Команда');
    const [bad] = await h.ask(100, '/kpi вчера');
    expect(bad).toMatch(/^Период не распознан/);
  });

  it('an admin revokes a person, who is then refused; /people lists people and unused codes', async () => {
    h = await createHarness({ specs });
    h.addPerson(100, ANNA, ANNA);
    await h.startPolling();
    await h.ask(ADMIN_ID, `/invite ${IGOR}`);
    const [list] = await h.ask(ADMIN_ID, '/people');
    expect(list).toContain(`${ANNA} · 100 · менеджер · активен`);
    expect(list).toMatch(/Неиспользованные коды\n[A-Z0-9]{10} · Игорь Петров · менеджер · до /);
    const [done] = await h.ask(ADMIN_ID, '/people revoke 100');
    expect(done).toBe('Готово.');
    const [refused] = await h.ask(100, '/alerts');
    expect(refused).toMatch(/только для сотрудников/);
    const [notAdmin] = await h.ask(100, '/invite x');
    expect(notAdmin).toMatch(/только для сотрудников/);
  });

  it('/invite refuses a manager name that is not in the data and lists the ones that are', async () => {
    h = await createHarness({ specs });
    await h.startPolling();
    const [r] = await h.ask(ADMIN_ID, '/invite Иван Грозный');
    expect(r).toBe(`Менеджера «Иван Грозный» нет в данных. Менеджеры в данных: ${ANNA}, ${IGOR}`);
    const [head] = await h.ask(ADMIN_ID, '/invite Ольга Руководитель head');
    expect(head).toMatch(/Код приглашения для Ольга Руководитель \(руководитель\)/);
  });

  it('/digest sends today\'s digests now; /unsubscribe and /subscribe switch the morning digests', async () => {
    h = await createHarness({ specs });
    h.addPerson(100, ANNA, ANNA, 'manager', { segments: false, kpi: 'off' });
    await h.startPolling();
    const [digest] = await h.ask(100, '/digest');
    expect(digest).toMatch(/^Доброе утро, Анна Смирнова! Сводка на 23\.11\.2026/);
    expect(digest).toContain('Ольга Иванова');
    expect(h.storage.sendLog.forDay('2026-11-23')).toEqual([]); // a preview records nothing
    const [off] = await h.ask(100, '/unsubscribe');
    expect(off).toMatch(/Сводки выключены/);
    expect((await h.morning()).due).toBe(0);
    const [on] = await h.ask(100, '/subscribe');
    expect(on).toBe('Сводки включены. Следующая придёт в 09:00.');
    expect((await h.morning()).sent).toBe(1);
  });

  it('/refresh reloads the data for admins, keeps the old data when it fails, and is refused to others', async () => {
    h = await createHarness({ specs });
    h.addPerson(100, ANNA, ANNA);
    await h.startPolling();
    const [, ok] = await h.ask(ADMIN_ID, '/refresh', 2);
    expect(ok).toMatch(/^Данные обновлены за \d+ мс: 5 клиентов; строк использовано 20 из 20, отклонено 0, исключено 0/);
    h.failNextRefresh('Sheets API <503>');
    const [, failed] = await h.ask(ADMIN_ID, '/refresh', 2);
    expect(failed).toBe('Обновить данные не удалось: Sheets API <503>. Работаю на прежних данных.');
    const [alerts] = await h.ask(100, '/alerts');
    expect(alerts).toContain('Ольга Иванова');
    const [denied] = await h.ask(100, '/refresh');
    expect(denied).toBe('Эта команда только для администраторов.');
  });

  it('/settings time HH:MM sets a personal digest time; a bad time explains the format', async () => {
    h = await createHarness({ specs });
    h.addPerson(100, ANNA, ANNA);
    await h.startPolling();
    const [view] = await h.ask(100, '/settings time 07:45');
    expect(view).toContain('Время сводки: 07:45 (Europe/Moscow)');
    expect(h.storage.people.get(100)!.digestTime).toBe('07:45');
    const [bad] = await h.ask(100, '/settings time 7.45');
    expect(bad).toBe('Время в формате ЧЧ:ММ, например: /settings time 08:30');
  });
});

