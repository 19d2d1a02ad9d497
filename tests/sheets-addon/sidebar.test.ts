/**
 * The settings sidebar in headless Chromium (Debian's /usr/bin/chromium through playwright-core).
 * sidebar.html is served from 127.0.0.1 with a stand-in for google.script.run that forwards each call to
 * the BUILT bundle running in node:vm with the Apps Script fakes — so validation is the real one (core's
 * RunConfigSchema inside the add-on settings schema). Skips, saying why, when chromium is missing.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { FakeProject } from './fakes/index';
import { buildToTemp, project, salesRows } from './helpers';
import { readSettingsTab, type Cell } from '../../core/index';

/** The settings as saved in the spreadsheet's settings tab (the single source the add-on and the bot read). */
function savedSettings(p: FakeProject): unknown {
  const sheet = p.spreadsheet.sheets.find((s) => s.name === 'RFM Settings' || s.name === 'RFM Настройки');
  if (!sheet) return undefined;
  const read = readSettingsTab(sheet.getDataRange().getValues() as Cell[][]);
  const wb = read.workbook;
  return JSON.stringify({ transactionsTab: wb.transactionsTab, leadsTab: wb.leadsTab ?? null, targetsTab: wb.targetsTab ?? null, kpiPeriod: wb.kpiPeriod, config: read.input });
}

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.log(`sidebar.test.ts: skipped: no chromium at ${CHROMIUM} (apt-get install -y chromium)`);

const ARTIFACTS = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', 'artifacts');

/** google.script.run stand-in: every call is POSTed to /run/<name> and answered asynchronously. */
const SHIM = `
window.google = { script: { run: makeRunner(null, null) } };
function makeRunner(ok, fail) {
  return new Proxy({}, {
    get: function (_, name) {
      if (name === 'withSuccessHandler') return function (f) { return makeRunner(f, fail); };
      if (name === 'withFailureHandler') return function (f) { return makeRunner(ok, f); };
      return function () {
        var args = Array.prototype.slice.call(arguments);
        fetch('/run/' + name, { method: 'POST', body: JSON.stringify(args) })
          .then(function (r) { return r.json(); })
          .then(function (res) {
            if ('error' in res) { if (fail) fail(new Error(res.error)); }
            else if (ok) ok(res.result);
          });
      };
    }
  });
}`;

let distDir = '';
let server: http.Server;
let base = '';
let browser: Browser;
let p: FakeProject;

function serve(html: string): Promise<void> {
  server = http.createServer((req, res) => {
    if (req.method === 'GET' && req.url === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(html.replace('<head>', '<head><script src="/shim.js"></script>'));
    } else if (req.method === 'GET' && req.url === '/shim.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      res.end(SHIM);
    } else if (req.method === 'POST' && req.url?.startsWith('/run/')) {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        const name = req.url!.slice('/run/'.length);
        let payload: unknown;
        try {
          payload = { result: p.call(name, JSON.parse(body) as unknown[]) ?? null };
        } catch (err) {
          payload = { error: err instanceof Error ? err.message : String(err) };
        }
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(payload));
      });
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
}

async function open(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 300, height: 1500 } });
  page.setDefaultTimeout(0); // no wall-clock limits in tests: wait for the page, however slow the machine
  page.setDefaultNavigationTimeout(0);
  page.on('pageerror', (e) => console.log('sidebar page error:', e.message));
  await page.goto(base);
  await page.waitForSelector('body[data-ready="1"]');
  return page;
}

describe.skipIf(!hasChromium)('settings sidebar in headless Chromium', () => {
  beforeAll(async () => {
    ({ distDir } = await buildToTemp());
    p = project(distDir);
    p.spreadsheet.addUserSheet('Продажи', salesRows(p));
    p.spreadsheet.addUserSheet('Лиды', [['lead', 'customer', 'created', 'status']]);
    await serve(readFileSync(path.join(distDir, 'sidebar.html'), 'utf8'));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      timeout: 0,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    mkdirSync(ARTIFACTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => server?.close(r));
  });

  it('fills the fields from the spreadsheet: tabs, detected columns, defaults, time zone, language', async () => {
    const page = await open();
    expect(await page.textContent('label[for="transactionsTab"]')).toBe('Вкладка с транзакциями');
    expect(await page.$$eval('#transactionsTab option', (o) => o.map((x) => (x as unknown as { value: string }).value))).toEqual(['Продажи', 'Лиды']);
    expect(await page.inputValue('#transactionsTab')).toBe('Продажи');
    expect(await page.textContent('#col-customer option:first-child')).toBe('Клиент · авто');
    expect(await page.textContent('#col-date option:first-child')).toBe('Дата оплаты · авто');
    expect(await page.textContent('#col-amount option:first-child')).toBe('Сумма · авто');
    expect(await page.textContent('#col-order option:first-child')).toBe('— автоматически —');
    expect(await page.inputValue('#windowDays')).toBe('365');
    expect(await page.inputValue('#leadDays')).toBe('14');
    expect(await page.inputValue('#timeZone')).toBe('Europe/Moscow');
    expect(await page.inputValue('#language')).toBe('ru');
    expect(await page.isChecked('#boundaryAuto')).toBe(true);
    await page.screenshot({ path: path.join(ARTIFACTS, 'sidebar-initial.png'), fullPage: true });
    await page.close();
  });

  it('saves settings that round-trip through the spreadsheet settings tab into a reopened sidebar', async () => {
    const page = await open();
    await page.selectOption('#col-customer', 'Клиент');
    await page.fill('#windowDays', '180');
    await page.selectOption('#recency-method', 'thresholds');
    await page.fill('#recency-cuts', '30; 60; 120; 240');
    await page.check('#boundaryManual');
    await page.fill('#boundaryDays', '84');
    await page.fill('#leadDays', '10');
    await page.selectOption('#leadsTab', 'Лиды');
    await page.selectOption('#kpiPeriod', 'quarter');
    await page.selectOption('#language', 'en');
    await page.click('#save');
    await page.waitForSelector('#status.ok');
    expect(await page.textContent('#status')).toBe('Saved. Refresh from the menu.'); // in the language just chosen
    await page.close();

    const saved = JSON.parse(savedSettings(p) as string);
    expect(saved).toMatchObject({
      transactionsTab: 'Продажи',
      leadsTab: 'Лиды',
      kpiPeriod: 'quarter',
      config: {
        columns: { customer: 'Клиент' },
        windowDays: 180,
        recency: { method: 'thresholds', cuts: [30, 60, 120, 240] },
        frequency: { method: 'quantile' },
        sleep: { boundaryDays: 84, leadDays: 10 },
        preset: 'classic',
        timeZone: 'Europe/Moscow',
      },
    });
    expect(p.documentProperties.store.get('rfmPulse.language')).toBe('en');

    const again = await open();
    expect(await again.textContent('label[for="transactionsTab"]')).toBe('Transactions tab');
    expect(await again.inputValue('#windowDays')).toBe('180');
    expect(await again.inputValue('#recency-method')).toBe('thresholds');
    expect(await again.inputValue('#recency-cuts')).toBe('30; 60; 120; 240');
    expect(await again.isChecked('#boundaryManual')).toBe(true);
    expect(await again.inputValue('#boundaryDays')).toBe('84');
    expect(await again.inputValue('#leadDays')).toBe('10');
    expect(await again.inputValue('#leadsTab')).toBe('Лиды');
    expect(await again.inputValue('#kpiPeriod')).toBe('quarter');
    expect(await again.inputValue('#col-customer')).toBe('Клиент');
    expect(await again.inputValue('#language')).toBe('en');
    await again.screenshot({ path: path.join(ARTIFACTS, 'sidebar-saved-en.png'), fullPage: true });
    await again.close();
  });

  it('shows each invalid value next to its field and saves nothing', async () => {
    const before = savedSettings(p);
    const page = await open();
    await page.fill('#scale', '11');
    await page.selectOption('#recency-method', 'thresholds');
    await page.fill('#recency-cuts', '90; 30; 120; 240');
    await page.fill('#timeZone', 'Mars/Olympus');
    await page.fill('#leadDays', 'soon');
    await page.click('#save');
    await page.waitForSelector('#status.bad');
    expect(await page.textContent('#status')).toBe('Fix the fields marked in red.');
    expect(await page.textContent('[data-error-for="config.scale"]')).toBe('must be 2..10');
    expect(await page.textContent('[data-error-for="config.timeZone"]')).toBe('must be an IANA time zone such as "Europe/Moscow" or "UTC"');
    expect(await page.textContent('[data-error-for="config.sleep.leadDays"]')).toMatch(/number/);
    expect(await page.getAttribute('#scale', 'class')).toBe('invalid');
    expect(await page.getAttribute('#timeZone', 'class')).toBe('invalid');
    await page.screenshot({ path: path.join(ARTIFACTS, 'sidebar-errors.png'), fullPage: true });

    // With the scale fixed, the cut points are checked against it: four ascending ones for a 5-point scale.
    await page.fill('#scale', '5');
    await page.fill('#timeZone', 'Europe/Moscow');
    await page.fill('#leadDays', '14');
    await page.click('#save');
    await page.waitForSelector('#status.bad');
    expect(await page.textContent('[data-error-for="config.recency.cuts"]')).toBe('must be ascending (each cut point above the one before): 30 follows 90');
    expect(await page.textContent('[data-error-for="config.scale"]')).toBe('');
    await page.close();
    expect(savedSettings(p)).toBe(before);
  });
});
