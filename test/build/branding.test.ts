// The branding as built (npm run test:build, after npm run build and npm run build:demo): both builds
// carry the Contoso sample's name, links, logos and accent colours; and a build with a branding file
// that is wrong stops, saying which field and why.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const sample = JSON.parse(readFileSync(join(root, 'src/branding/branding.json'), 'utf8'));

function assets(dir: string, extension: string): { name: string; text: string }[] {
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir}/index.html is missing: build first.`);
  return readdirSync(join(dir, 'assets'))
    .filter((name) => name.endsWith(extension))
    .map((name) => ({ name, text: readFileSync(join(dir, 'assets', name), 'utf8') }));
}

describe.each([
  ['the production build', 'dist'],
  ['the demo build', 'dist-demo'],
])('%s', (_build, folder) => {
  const dir = join(root, folder);

  it('carries the organisation’s name, sign-in page text and links', () => {
    const js = assets(dir, '.js')
      .map((file) => file.text)
      .join('\n');
    expect(js).toContain(JSON.stringify(sample.organizationName).slice(1, -1));
    expect(js).toContain(sample.signInPageText);
    for (const link of Object.values<string>(sample.links)) expect(js).toContain(link);
  });

  it('ships both logos as files of their own, which the script points to', () => {
    const svgs = assets(dir, '.svg').map((file) => file.name);
    const light = svgs.find((name) => /^contoso-logo-light-.*\.svg$/.test(name));
    const dark = svgs.find((name) => /^contoso-logo-dark-.*\.svg$/.test(name));
    expect(light && dark, svgs.join(', ')).toBeTruthy();
    const js = assets(dir, '.js')
      .map((file) => file.text)
      .join('\n');
    expect(js).toContain(`/assets/${light}`);
    expect(js).toContain(`/assets/${dark}`);
  });

  it('sets the accent colours over the theme tokens, light then dark', () => {
    const css = assets(dir, '.css')
      .map((file) => file.text)
      .join('\n')
      .toLowerCase();
    const { light, dark } = sample.accent;
    const lightAt = css.lastIndexOf(`--color-primary:${light.color}`);
    const darkAt = css.lastIndexOf(`--color-primary:${dark.color}`);
    expect(lightAt, 'the light accent').toBeGreaterThan(css.lastIndexOf('--color-primary:#0b57d0'));
    expect(darkAt, 'the dark accent, after the light one').toBeGreaterThan(lightAt);
    expect(css.slice(0, darkAt)).toMatch(/@media \(prefers-color-scheme:\s*dark\)\s*\{\s*:root\s*\{$/);
    for (const token of ['--color-link', '--color-focus']) expect(css).toContain(`${token}:${light.color}`);
  });
});

describe('a build with a wrong branding file', () => {
  function build(branding: unknown): { status: number | null; output: string } {
    const dir = mkdtempSync(join(tmpdir(), 'branding-build-'));
    try {
      const file = join(dir, 'branding.json');
      writeFileSync(file, JSON.stringify(branding));
      const result = spawnSync('npx', ['vite', 'build', '--outDir', join(dir, 'out'), '--emptyOutDir'], {
        cwd: root,
        env: { ...process.env, BRANDING_FILE: file },
        encoding: 'utf8',
      });
      return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it('stops, naming the field that is wrong', () => {
    const { status, output } = build({ ...sample, accent: { ...sample.accent, dark: { color: 'blue' } } });
    expect(status).not.toBe(0);
    expect(output).toContain("branding.json can't be used");
    expect(output).toContain(
      'accent.dark.color must be a colour written #rrggbb, such as #0067b8 (got "blue")',
    );
    expect(output).toContain('accent.dark.textColor is missing');
  });

  it('stops when the accent fails WCAG AA, naming the colours and the ratio', () => {
    const { status, output } = build({
      ...sample,
      logo: {
        light: `${root}/src/branding/contoso-logo-light.svg`,
        dark: `${root}/src/branding/contoso-logo-dark.svg`,
      },
      accent: { ...sample.accent, light: { color: '#ffcc00', textColor: '#ffffff' } },
    });
    expect(status).not.toBe(0);
    expect(output).toContain(
      'accent.light.textColor #ffffff on accent.light.color #ffcc00 (the primary button) has a contrast ratio of 1.51:1; WCAG AA needs 4.5:1',
    );
  });
});
