// The dashboard's end-to-end tests drive a real Chromium (playwright-core cannot download one
// here). Debian's package provides it; install it when missing and we are allowed to.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const executable = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (existsSync(executable)) process.exit(0);

const isRoot = process.getuid?.() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (!isRoot || !hasApt) {
  console.error(`Chromium not found at ${executable}. Install it (Debian/Ubuntu: sudo apt-get install -y chromium)`
    + ' or set CHROMIUM_PATH to a Chromium/Chrome binary; the dashboard tests need it.');
  process.exit(1);
}
console.error('Installing Chromium from Debian packages for the dashboard tests…');
execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
