// The language picker on every page: words change in place, the flow, what was typed and the focus
// stay; <html lang dir> follow; the choice is remembered (the code only); nothing is read out again.
import { act, screen, waitFor, within } from '@testing-library/react';
import { identity } from '../../../mocks/node';
import { bootLanguage } from '../../../src/content/boot-language';
import { setLanguage, translateWith } from '../../../src/content/i18n';
import { LANGUAGE_KEY } from '../../../src/content/languages';
import { axe } from '../../support/axe';
import { renderApp, settleDownloads } from './render-app';

const h1 = (name: string | RegExp) => screen.findByRole('heading', { level: 1, name }, { timeout: 3000 });
const picker = () => within(screen.getByRole('banner')).getByRole('combobox');
const html = document.documentElement;

afterEach(async () => {
  await act(() => setLanguage('en', { quietly: false }));
  localStorage.clear();
});
afterAll(settleDownloads);

describe('language picker', () => {
  it('is in the header of every page, labelled, each language named in itself', async () => {
    const { container, navigate } = await renderApp('/sign-in/password');
    await h1('Sign in');
    expect(picker()).toHaveAccessibleName('Language');
    const options = within(picker()).getAllByRole('option');
    expect(options.map((option) => [option.textContent, option.getAttribute('lang')])).toEqual([
      ['English', 'en'],
      ['Español', 'es'],
      ['العربية', 'ar'],
    ]);
    expect(picker()).toHaveValue('en');
    expect(await axe(container)).toHaveNoViolations();
    await navigate('/no/such/page');
    await h1('Page not found');
    expect(picker()).toHaveAccessibleName('Language');
  });

  it('switches the words in place: what was typed, the focus and the page stay', async () => {
    const { user, pathname } = await renderApp('/sign-in/password');
    await h1('Sign in');
    await user.type(screen.getByLabelText('User name'), 'megan@contoso.example');
    await user.type(screen.getByLabelText('Password', { selector: 'input' }), 'half-typed');

    await user.selectOptions(picker(), 'es');
    const heading = await h1('Iniciar sesión');
    expect(screen.getByLabelText('Nombre de usuario')).toHaveValue('megan@contoso.example');
    expect(screen.getByLabelText('Contraseña', { selector: 'input' })).toHaveValue('half-typed');
    expect(picker()).toHaveFocus();
    expect(heading).not.toHaveFocus();
    expect(pathname()).toBe('/sign-in/password');
    expect(html).toHaveAttribute('lang', 'es');
    expect(html).toHaveAttribute('dir', 'ltr');
    await waitFor(() => expect(document.title).toBe('Iniciar sesión – Inicio de sesión de autoservicio'));
    expect({ ...localStorage }).toEqual({ [LANGUAGE_KEY]: 'es' });

    await user.selectOptions(picker(), 'ar');
    await h1('تسجيل الدخول');
    expect(html).toHaveAttribute('lang', 'ar');
    expect(html).toHaveAttribute('dir', 'rtl');
    const username = screen.getByLabelText('اسم المستخدم');
    expect(username).toHaveValue('megan@contoso.example');
    expect(username).toHaveAttribute('dir', 'ltr');
    expect(picker()).toHaveFocus();
    expect({ ...localStorage }).toEqual({ [LANGUAGE_KEY]: 'ar' });
  });

  it('keeps the step of a flow and the code half typed, and mutes live regions while the words change', async () => {
    const { user } = await renderApp('/');
    await h1('Sign in with your phone');
    await user.type(screen.getByLabelText('Phone number'), '4255550100');
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    await h1('Enter the code');
    const code = identity.demoPhone.messages().find((message) => message.code)!.code!;
    await user.type(screen.getByLabelText('Code'), code.slice(0, 3));

    await user.selectOptions(picker(), 'ar');
    await h1('أدخل الرمز');
    const field = screen.getByLabelText('الرمز');
    expect(field).toHaveValue(code.slice(0, 3));
    expect(field).toHaveAttribute('dir', 'ltr');
    expect(picker()).toHaveFocus();
    // The sentence is Arabic; the masked number in it reads left to right.
    const sent = screen.getByText(/أرسلنا رمزًا في رسالة نصية إلى/);
    expect(sent.querySelector('bdi[dir="ltr"]')).toHaveTextContent('+1 ••• ••• ••00');
    // Every polite region is silent for a moment, then speaks again.
    const regions = screen.getAllByRole('status');
    expect(regions.length).toBeGreaterThan(0);
    for (const region of regions) expect(region).toHaveAttribute('aria-live', 'off');
    await waitFor(() => {
      for (const region of screen.getAllByRole('status'))
        expect(region).not.toHaveAttribute('aria-live', 'off');
    });

    await user.type(field, code.slice(3));
    await h1('تم تسجيل دخولك');
  });

  it('says so when a language can’t be downloaded, and stays as it was', async () => {
    translateWith(() => Promise.reject(new TypeError('Failed to fetch')));
    try {
      const { user } = await renderApp('/sign-in/password');
      await h1('Sign in');
      await user.type(screen.getByLabelText('User name'), 'megan@contoso.example');
      await user.selectOptions(picker(), 'ar');
      expect(await within(screen.getByRole('banner')).findByRole('alert')).toHaveTextContent(
        'We couldn’t switch to العربية. Check your internet connection and try again.',
      );
      expect(picker()).toHaveValue('en');
      expect(picker()).toHaveFocus();
      expect(html).toHaveAttribute('lang', 'en');
      expect(screen.getByLabelText('User name')).toHaveValue('megan@contoso.example');
      expect({ ...localStorage }).toEqual({});
    } finally {
      translateWith(() => import('../../../src/content/translations'));
    }
  });

  it('reads Arabic-Indic digits in the code', async () => {
    await act(() => setLanguage('ar', { quietly: false }));
    const { user } = await renderApp('/');
    await h1('سجّل الدخول باستخدام هاتفك');
    await user.type(screen.getByLabelText('رقم الهاتف'), '4255550100');
    await user.click(screen.getByRole('button', { name: 'إرسال الرمز' }));
    await h1('أدخل الرمز');
    const code = identity.demoPhone.messages().find((message) => message.code)!.code!;
    const arabicIndic = [...code].map((digit) => String.fromCharCode(0x660 + Number(digit))).join('');
    await user.type(screen.getByLabelText('الرمز'), arabicIndic);
    await h1('تم تسجيل دخولك');
  });
});

describe('a browser that prefers Arabic', () => {
  it('gets the first page in Arabic, right to left, with no English shown before it', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['ar-SA', 'en']);
    await bootLanguage();
    const shown: string[] = [];
    const watch = new MutationObserver(() => shown.push(document.body.textContent ?? ''));
    watch.observe(document.body, { childList: true, subtree: true, characterData: true });
    await renderApp('/');
    await h1('سجّل الدخول باستخدام هاتفك');
    watch.disconnect();
    expect(shown.join('\n')).not.toMatch(/Sign in|Phone number|Send code|Loading/);
    expect(html).toHaveAttribute('dir', 'rtl');
    expect(picker()).toHaveValue('ar');
    // Nothing is remembered until the person picks a language.
    expect({ ...localStorage }).toEqual({});
  });
});
