// viewer.test.js — drives the dyad web viewer in headless Chromium through
// puppeteer-core: search, open a document, check the highlights and the
// tooltip, check that a hostile article's markup stayed text and no
// injected script ran, draw the timeline and the graph, and save
// screenshots.  Usage: node viewer.test.js URL SHOTS_DIR
// Last line "N passed, N failed".
'use strict';
const puppeteer = require('puppeteer-core');

const [url, shots] = process.argv.slice(2);
let pass = 0, fail = 0;
function check(name, cond, detail) { if (cond) pass++; else { fail++; console.log('FAIL browser: ' + name + (detail ? ' (' + detail + ')' : '')); } }

(async () => {
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: 'new',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    let dialogs = 0;
    const external = [];
    page.on('dialog', async (d) => { dialogs++; await d.dismiss(); });
    page.on('request', (r) => { if (!r.url().startsWith(url) && !r.url().startsWith('data:')) external.push(r.url()); });
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));

    await page.goto(url, { waitUntil: 'networkidle0' });
    check('page title', (await page.title()).includes('dyad'));
    await page.waitForSelector('#results li.result', { timeout: 10000 });
    check('article list', (await page.$$('#results li.result')).length >= 3);
    await page.screenshot({ path: shots + '/01-articles.png', fullPage: true });

    // search
    await page.type('#q', 'Vienna border');
    await page.click('button[type=submit]');
    await page.waitForFunction(() => document.querySelectorAll('#results li.result').length === 1, { timeout: 10000 });
    check('search narrows to one article', true);

    // open the wire story and check its highlights
    await page.goto(url + '#', { waitUntil: 'networkidle0' });
    await page.evaluate(() => { document.getElementById('q').value = 'Abdelatty'; });
    await page.click('button[type=submit]');
    await page.waitForFunction(() => document.querySelectorAll('#results a.doc-link').length === 1, { timeout: 10000 });
    await page.evaluate(() => document.querySelector('#results a.doc-link').click());
    await page.waitForSelector('#doc-text .mark', { timeout: 10000 });
    const counts = await page.evaluate(() => ({
      quote: document.querySelectorAll('#doc-text .mark.quote').length,
      speaker: document.querySelectorAll('#doc-text .mark.speaker').length,
      time: document.querySelectorAll('#doc-text .mark.time').length,
      statements: document.querySelectorAll('#side-statements li').length,
    }));
    check('quotations highlighted', counts.quote > 0);
    check('speakers highlighted', counts.speaker > 0);
    check('dates highlighted', counts.time > 0);
    check('quotation list', counts.statements > 0);
    /* a quotation may be split into several marks where a date or a
       speaker inside it is marked too: look at all of them together */
    const quoteText = await page.$$eval('#doc-text .mark.quote', (els) => els.map((e) => e.textContent).join(''));
    check('highlight covers quotation text', quoteText.length > 3);
    /* hover a date mark with no other mark inside it (an event's verb may
       sit inside a date's words and carry its own tooltip); the event is
       sent to the element itself, since the centre of a mark that wraps
       over two lines can fall on other text */
    await page.$eval('#doc-text .mark.time:not(:has(.mark))', (e) =>
      e.dispatchEvent(new MouseEvent('mouseover', { bubbles: true })));
    /* the tooltip is shown on the next frame: wait for it (bounded) */
    await page.waitForFunction(() => !document.querySelector('#tip').hidden, { timeout: 5000 }).catch(() => {});
    const tip = await page.$eval('#tip', (e) => ({ hidden: e.hidden, text: e.textContent }));
    check('tooltip on hover', !tip.hidden && tip.text.includes('Date: '), JSON.stringify(tip));
    await page.screenshot({ path: shots + '/02-document.png', fullPage: true });

    // the hostile article: its markup must be text, nothing may run
    await page.goto(url + '#', { waitUntil: 'networkidle0' });
    await page.evaluate(() => { document.getElementById('q').value = 'hostile'; });
    await page.click('button[type=submit]');
    await page.waitForFunction(() => [...document.querySelectorAll('#results a.doc-link')].some((a) => a.textContent.startsWith('Hostile')), { timeout: 10000 });
    const listTitle = await page.$eval('#results a.doc-link', (e) => e.textContent);
    check('hostile title shown as text', listTitle.includes('<script>'));
    await page.evaluate(() => document.querySelector('#results a.doc-link').click());
    await page.waitForSelector('#doc-text .mark.quote', { timeout: 10000 });
    await new Promise((r) => setTimeout(r, 500));
    const h = await page.evaluate(() => ({
      pwned: window.__dyad_pwned === true,
      imgs: document.querySelectorAll('img').length,
      scripts: [...document.querySelectorAll('script')].map((s) => s.getAttribute('src')),
      text: document.getElementById('doc-text').textContent,
      quote: [...document.querySelectorAll('#doc-text .mark.quote')].map((e) => e.textContent).join(' '),
    }));
    check('no injected script ran', !h.pwned && dialogs === 0);
    check('no injected element', h.imgs === 0);
    check('only our script', h.scripts.length === 1 && h.scripts[0] === '/app.js');
    check('hostile text kept as text', h.text.includes('<script>') && h.text.includes('onerror='));
    check('hostile quotation highlighted as text', h.quote.includes('<img'));
    await page.screenshot({ path: shots + '/03-hostile.png', fullPage: true });

    // timeline and graph
    await page.goto(url + '#timeline', { waitUntil: 'networkidle0' });
    await page.waitForSelector('#timeline svg circle.dot', { timeout: 10000 });
    check('timeline dots', (await page.$$('#timeline svg circle.dot')).length >= 2);
    await page.screenshot({ path: shots + '/04-timeline.png', fullPage: true });
    await page.goto(url + '#graph', { waitUntil: 'networkidle0' });
    await page.waitForSelector('#graph svg line.edge', { timeout: 10000 });
    check('graph edges', (await page.$$('#graph svg line.edge')).length >= 2);
    await page.screenshot({ path: shots + '/05-graph.png', fullPage: true });

    check('no page errors', errors.length === 0 || (console.log(errors.join('\n')), false));
    check('no request outside the server', external.length === 0 || (console.log(external.join('\n')), false));
  } catch (e) {
    fail++;
    console.log('FAIL browser: ' + (e && e.stack || e));
  } finally {
    await browser.close();
  }
  console.log(pass + ' passed, ' + fail + ' failed');
  process.exit(fail ? 1 : 0);
})();
