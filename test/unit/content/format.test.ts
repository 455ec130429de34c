// Numbers, plurals, waits and times in the page's language: Intl's words (NumberFormat units,
// PluralRules, DateTimeFormat), the same in Node as in the browser.
import { verificationErrors } from '../../../src/content/en/verification-errors';
import { verificationScreens } from '../../../src/content/en/verification-screens';
import { addMessages, setLanguage, t, translateWith } from '../../../src/content/i18n';
import { formatDuration } from '../../../src/ui/countdown';

translateWith(() => import('../../../src/content/translations'));
await addMessages({ verificationErrors, verificationScreens });

afterAll(() => setLanguage('en', { quietly: false }));

describe('in Spanish', () => {
  beforeAll(() => setLanguage('es', { quietly: false }));

  it('names waits the Spanish way', () => {
    expect(formatDuration(1)).toBe('1 segundo');
    expect(formatDuration(45)).toBe('45 segundos');
    expect(formatDuration(60)).toBe('1 minuto');
    expect(formatDuration(11 * 60 + 5)).toBe('12 minutos');
    expect(formatDuration(3600)).toBe('1 hora');
    expect(formatDuration(23 * 3600 + 1)).toBe('24 horas');
    expect(t('error.too-many-requests.detail', { wait: formatDuration(90) })).toBe(
      'Espera 2 minutos y vuelve a intentarlo.',
    );
  });

  it('picks one, many or other', () => {
    expect(t('error.wrong-code.detail', { count: 1 })).toMatch(/Te queda 1 intento\.$/);
    expect(t('error.wrong-code.detail', { count: 3 })).toMatch(/Te quedan 3 intentos\.$/);
    expect(t('error.wrong-code.detail', { count: 1_000_000 })).toMatch(
      /Te quedan 1\.000\.000 de intentos\.$/,
    );
  });

  it('writes numbers with Spanish grouping, and leaves text slots alone', () => {
    expect(t('verification.step', { current: 1, total: 2 })).toBe('Paso 1 de 2');
    expect(t('error.reference', { reference: '0042-AB' })).toBe('Referencia para tu administrador: 0042-AB');
  });

  it('tells the time the Spanish way', () => {
    const at = new Date('2026-03-01T15:04:00Z');
    expect(new Intl.DateTimeFormat('es', { timeStyle: 'short', timeZone: 'UTC' }).format(at)).toBe('15:04');
  });
});

describe('in Arabic', () => {
  beforeAll(() => setLanguage('ar', { quietly: false }));

  it('names waits with Arabic’s own forms (one and two without a number)', () => {
    expect(formatDuration(1)).toBe('ثانية');
    expect(formatDuration(2)).toBe('ثانيتان');
    expect(formatDuration(5)).toBe('5 ثوان');
    expect(formatDuration(45)).toBe('45 ثانية');
    expect(formatDuration(120)).toBe('دقيقتان');
    expect(formatDuration(11 * 60)).toBe('11 دقيقة');
    expect(formatDuration(3 * 3600)).toBe('3 ساعات');
  });

  it('puts a wait where its form is right: the subject of the sentence', () => {
    expect(t('error.resend-cooldown.detail', { wait: formatDuration(120) })).toBe(
      'يمكنك طلب رمز جديد بعد أن تمضي دقيقتان.',
    );
  });

  it('picks among the six plural forms', () => {
    const left = (count: number) => t('error.wrong-code.detail', { count }).split('. ').at(-1);
    expect(left(0)).toBe('لم تتبقَّ لديك أي محاولة.');
    expect(left(1)).toBe('تبقّت لديك محاولة واحدة.');
    expect(left(2)).toBe('تبقّت لديك محاولتان.');
    expect(left(3)).toBe('تبقّت لديك 3 محاولات.');
    expect(left(11)).toBe('تبقّت لديك 11 محاولة.');
    expect(left(100)).toBe('تبقّت لديك 100 محاولة.');
    expect(t('verification.code.hint', { count: 6 })).toBe('يتكون من 6 أرقام.');
  });

  it('tells the time the Arabic way', () => {
    const at = new Date('2026-03-01T15:04:00Z');
    expect(new Intl.DateTimeFormat('ar', { timeStyle: 'short', timeZone: 'UTC' }).format(at)).toBe('3:04 م');
  });
});
