// @vitest-environment node
// The branding file as the build reads it (src/branding/vite-plugin.ts): one error, naming the file,
// that lists every problem, so a deployer fixes them in one go.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBranding } from '../../../src/branding/vite-plugin';

const SAMPLE_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../src/branding');
const sample = JSON.parse(readFileSync(join(SAMPLE_DIR, 'branding.json'), 'utf8'));

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'branding-'));
  for (const logo of ['contoso-logo-light.svg', 'contoso-logo-dark.svg'])
    copyFileSync(join(SAMPLE_DIR, logo), join(dir, logo));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The smallest PNG header a reader needs: the signature and the IHDR chunk with the size. */
function png(width: number, height: number): Uint8Array {
  const bytes = new Uint8Array(33);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const view = new DataView(bytes.buffer);
  view.setUint32(16, width);
  view.setUint32(20, height);
  bytes.set([8, 6, 0, 0, 0], 24);
  return bytes;
}

function write(content: unknown): string {
  const file = join(dir, 'branding.json');
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

describe('loadBranding', () => {
  it('reads the Contoso sample, with its logos next to it', () => {
    const { branding, logo } = loadBranding(join(SAMPLE_DIR, 'branding.json'));
    expect(branding.organizationName).toBe('Contoso');
    expect(logo).toEqual({
      light: join(SAMPLE_DIR, 'contoso-logo-light.svg'),
      dark: join(SAMPLE_DIR, 'contoso-logo-dark.svg'),
    });
  });

  it('reads a copy elsewhere, its logos relative to it', () => {
    expect(loadBranding(write(sample)).logo.dark).toBe(join(dir, 'contoso-logo-dark.svg'));
  });

  it('refuses a file that is not there', () => {
    expect(() => loadBranding(join(dir, 'nowhere.json'))).toThrow(
      /nowhere\.json can't be used:\n {2}- there is no such file/,
    );
  });

  it('refuses a file that is not JSON', () => {
    expect(() => loadBranding(write('{ "organizationName": '))).toThrow(
      /branding\.json can't be used:\n {2}- it is not JSON/,
    );
  });

  it('lists the fields that are wrong and points to the README', () => {
    const file = write({ ...sample, organizationName: '', links: { ...sample.links, help: undefined } });
    expect(() => loadBranding(file)).toThrow(
      `can't be used:\n  - organizationName must not be empty\n  - links.help is missing\nSee the README, "Brand it".`,
    );
  });

  it('names a logo file that is not there', () => {
    const file = write({ ...sample, logo: { ...sample.logo, dark: 'dark/logo.svg' } });
    expect(() => loadBranding(file)).toThrow(/- logo\.dark: there is no file .*dark\/logo\.svg/);
  });

  it("reads each logo's intrinsic size, so the page can reserve its box", () => {
    writeFileSync(join(dir, 'wide.png'), png(300, 60));
    const { size } = loadBranding(write({ ...sample, logo: { ...sample.logo, dark: 'wide.png' } }));
    expect(size).toEqual({ light: { width: 252, height: 40 }, dark: { width: 300, height: 60 } });
  });

  it('refuses a logo whose size cannot be read', () => {
    writeFileSync(join(dir, 'sizeless.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>');
    const file = write({ ...sample, logo: { ...sample.logo, light: 'sizeless.svg' } });
    expect(() => loadBranding(file)).toThrow(/- logo\.light: its size can't be read.*viewBox/);
  });

  it('refuses an accent below WCAG AA, naming the colours and the ratio', () => {
    const file = write({
      ...sample,
      accent: { ...sample.accent, light: { color: '#ffcc00', textColor: '#ffffff' } },
    });
    expect(() => loadBranding(file)).toThrow(
      '- accent.light.textColor #ffffff on accent.light.color #ffcc00 (the primary button) has a contrast ratio of 1.51:1; WCAG AA needs 4.5:1',
    );
  });
});
