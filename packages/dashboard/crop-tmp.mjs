import { chromium } from 'playwright-core';
const [,, file, y, h, out] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox'] });
const p = await b.newPage({ viewport: { width: 1440, height: Number(h) } });
await p.goto('file://' + file);
await p.evaluate((y) => { const i = document.querySelector('img'); i.style.cssText = 'position:absolute;left:0;top:0;width:auto;height:auto;max-width:none;max-height:none;margin:0'; window.scrollTo(0, Number(y)); }, y);
await p.waitForTimeout(200);
await p.screenshot({ path: out });
await b.close();
