#!/usr/bin/env node
// Makes sure the browser the end-to-end tests drive is there (runs before `npm test` and `npm run test:e2e`).
//
// Playwright cannot download its own browsers on these machines, so the tests drive Debian's Chromium
// (test/e2e/playwright.config.ts). This finds it at $CHROMIUM_PATH, else /usr/bin/chromium; if it is
// missing and apt-get can be used (as root, or with passwordless sudo) it installs Debian's `chromium`
// package; otherwise it says how to get one and exits non-zero.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';

const DEFAULT_PATH = '/usr/bin/chromium';
const custom = process.env.CHROMIUM_PATH;
const path = custom || DEFAULT_PATH;

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function version(file) {
  const result = spawnSync(file, ['--version'], { encoding: 'utf8', timeout: 20_000 });
  // Debian's wrapper script prints a harmless "[: … unexpected operator" line on stderr: ignore stderr.
  const line = (result.stdout || '').trim().split('\n').pop();
  return result.status === 0 && line ? line : null;
}

function fail(lines) {
  console.error(['', ...lines, ''].join('\n'));
  process.exit(1);
}

function found(file) {
  const v = version(file);
  if (!v) {
    fail([
      `✗ ${file} exists but \`${file} --version\` failed.`,
      '  Reinstall it (Debian: apt-get install --reinstall chromium) or point CHROMIUM_PATH at a working',
      '  Chromium or Chrome binary.',
    ]);
  }
  console.info(`✓ Chromium for the end-to-end tests: ${file} (${v})`);
  process.exit(0);
}

if (isExecutable(path)) found(path);

if (custom) {
  fail([
    `✗ CHROMIUM_PATH is set to ${custom}, but there is no executable there.`,
    '  Point it at a Chromium or Chrome binary, or unset it to use /usr/bin/chromium.',
  ]);
}

const howTo = [
  'The end-to-end tests drive a locally installed Chromium (`npx playwright install` cannot download here).',
  'Install one, then run the tests again:',
  '  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium',
  '  elsewhere:      CHROMIUM_PATH=/path/to/chromium-or-chrome npm test',
];

const hasAptGet = ['/usr/bin/apt-get', '/bin/apt-get'].some(existsSync);
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const canSudo =
  !isRoot && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore', timeout: 10_000 }).status === 0;

if (!hasAptGet || !(isRoot || canSudo)) {
  fail([
    `✗ No Chromium at ${DEFAULT_PATH}${hasAptGet ? ' and apt-get needs a password here' : ' and no apt-get here'}.`,
    ...howTo.map((l) => `  ${l}`),
  ]);
}

const prefix = isRoot ? [] : ['sudo', '-n'];
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
function run(args) {
  const [cmd, ...rest] = [...prefix, ...args];
  console.info(`$ ${[cmd, ...rest].join(' ')}`);
  return spawnSync(cmd, rest, { stdio: 'inherit', env }).status === 0;
}

console.info(`Chromium is missing at ${DEFAULT_PATH}: installing Debian's chromium package…`);
const installed = run(['apt-get', 'update']) && run(['apt-get', 'install', '-y', 'chromium']);

if (installed && isExecutable(DEFAULT_PATH)) found(DEFAULT_PATH);
fail([
  installed
    ? `✗ apt-get installed chromium, but there is still no ${DEFAULT_PATH}.`
    : '✗ Installing chromium with apt-get failed.',
  ...howTo.map((l) => `  ${l}`),
]);
