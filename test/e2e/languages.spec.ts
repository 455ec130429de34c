// Languages (src/behaviour.md#languages) in the demo build, end to end: SMS sign-in, MFA by call and
// password reset in Arabic (the browser prefers it) and in Spanish (picked on the page), axe on every
// screen; the card mirrored in Arabic, measured, and a 360 px wide screenshot to look at; numbers and
// codes left to right, Arabic-Indic digits typed; the picker keeping what was typed and the focus.
import type { Locator, Page, TestInfo } from '@playwright/test';
import { expect, test } from './fixtures';
import { DEMO_PASSWORD, expectScreen, expectVisibleText, h1, main, paragraph, phoneCall } from './flows';

const MEGAN = 'megan@contoso.example';
const NEW_PASSWORD = 'Blue-Harbour-42';

const html = (page: Page) => page.locator('html');
const picker = (page: Page) => page.getByRole('banner').getByRole('combobox');
const appName = (page: Page) => page.getByRole('banner').getByRole('img', { name: 'Contoso' });
/** Digits as an Arabic keyboard types them: ٠١٢٣٤٥٦٧٨٩. */
const arabicIndic = (digits: string) =>
  digits.replace(/\d/g, (digit) => String.fromCharCode(0x660 + Number(digit)));

/** Each line of an element's text (left and right edges), and its card's content box. */
async function textLines(locator: Locator) {
  return locator.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    const lines = [...range.getClientRects()]
      .filter((rect) => rect.width > 0)
      .map((rect) => ({ left: rect.left, right: rect.right }));
    const card = element.closest('.card') as HTMLElement;
    const box = card.getBoundingClientRect();
    const style = getComputedStyle(card);
    const content = {
      left: box.left + Number.parseFloat(style.paddingLeft),
      right: box.right - Number.parseFloat(style.paddingRight),
    };
    return { lines, content };
  });
}

/**
 * The page reads right to left: every line of the heading (or `words`) starts at the card's right
 * edge and one stops short of the left; the language picker and the product's name swap sides.
 */
async function expectMirrored(page: Page, words: Locator = h1(page)) {
  await expect(html(page)).toHaveAttribute('dir', 'rtl');
  const { lines, content } = await textLines(words);
  for (const line of lines)
    expect(content.right - line.right, 'a line of the heading starts at the card’s right edge').toBeLessThan(
      3,
    );
  expect(
    Math.max(...lines.map((line) => line.left - content.left)),
    'and ends short of the left',
  ).toBeGreaterThan(8);
  const [name, chooser] = [await appName(page).boundingBox(), await picker(page).boundingBox()];
  expect(chooser!.x + chooser!.width, 'the language picker is on the left').toBeLessThan(name!.x);
}

/** The same measures the other way round in a left-to-right page. */
async function expectLeftToRight(page: Page) {
  await expect(html(page)).toHaveAttribute('dir', 'ltr');
  const { lines, content } = await textLines(h1(page));
  for (const line of lines) expect(line.left - content.left).toBeLessThan(3);
  expect(Math.max(...lines.map((line) => content.right - line.right))).toBeGreaterThan(8);
  const [name, chooser] = [await appName(page).boundingBox(), await picker(page).boundingBox()];
  expect(name!.x + name!.width).toBeLessThan(chooser!.x);
}

/** A screenshot of the page as a phone shows it, kept with the test's results to look at. */
async function phoneScreenshot(page: Page, testInfo: TestInfo, name: string) {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 360, height: 780 });
  const path = testInfo.outputPath(`${name}-360.png`);
  await page.screenshot({ path });
  await testInfo.attach(`${name} at 360 px`, { path, contentType: 'image/png' });
  // Nothing to scroll sideways on a phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  if (size) await page.setViewportSize(size);
}

/** The masked number inside a sentence: isolated left to right, shown as it is. */
async function expectMaskedLeftToRight(sentence: Locator, masked: string) {
  const number = sentence.locator('bdi[dir="ltr"]').first();
  await expect(number).toHaveText(masked);
  await expect(number).toHaveCSS('direction', 'ltr');
}

test.describe('in Arabic, from the browser’s preferred languages', () => {
  test.use({ locale: 'ar-EG' });

  test('SMS sign-in: right to left from the first paint, the number and code typed in Arabic-Indic digits', async ({
    page,
    demoPhone,
    axe,
  }, testInfo) => {
    await page.goto('/');
    await expectScreen(page, 'سجّل الدخول باستخدام هاتفك');
    await expect(html(page)).toHaveAttribute('lang', 'ar');
    await expect(picker(page)).toHaveValue('ar');
    await expect(page).toHaveTitle('سجّل الدخول باستخدام هاتفك – تسجيل الدخول بالخدمة الذاتية');
    await expectMirrored(page);
    const number = page.getByLabel('رقم الهاتف');
    await expect(number).toHaveAttribute('dir', 'ltr');
    await axe.check('ar: phone number');
    await phoneScreenshot(page, testInfo, 'ar-phone-number');

    await number.pressSequentially(arabicIndic('4255550100'));
    await expect(number).toHaveValue('(425) 555-0100');
    await page.getByRole('button', { name: 'إرسال الرمز' }).click();

    await expectScreen(page, 'أدخل الرمز');
    const sent = paragraph(page, 'أرسلنا رمزًا في رسالة نصية إلى');
    await expectVisibleText(sent, 'أرسلنا رمزًا في رسالة نصية إلى +1 ••• ••• ••00.');
    await expectMaskedLeftToRight(sent, '+1 ••• ••• ••00');
    const code = main(page).getByRole('textbox', { name: 'الرمز' });
    await expect(code).toHaveAttribute('dir', 'ltr');
    await expect(code).toHaveAccessibleDescription('يتكون من 6 أرقام.');
    await expectMirrored(page);
    await axe.check('ar: code entry');
    await phoneScreenshot(page, testInfo, 'ar-code');

    const texted = await demoPhone.latestCode({ to: '+1 425 555 0100' });
    // The text itself is in the page's language (the app sends Accept-Language); the panel is not.
    await expect(demoPhone.messages().first()).toContainText(`${texted} هو رمز التحقق الخاص بك من Contoso.`);
    await code.pressSequentially(arabicIndic(texted));
    await expectScreen(page, 'تم تسجيل دخولك');
    await expect(paragraph(page, 'سجّلت الدخول باسم')).toHaveText(
      'سجّلت الدخول باسم Adele Vance (adele@contoso.example).',
    );
    await expectVisibleText(
      paragraph(page, 'سجّلت الدخول برمز'),
      'سجّلت الدخول برمز أُرسل عبر رسالة نصية إلى +1 ••• ••• ••00.',
    );
    await axe.check('ar: signed in');
  });

  test('MFA by call: the methods, the call screen’s clock in Arabic words, answered with #', async ({
    page,
    demoPhone,
    axe,
  }) => {
    await page.goto('/sign-in/password');
    await expectScreen(page, 'تسجيل الدخول');
    await page.getByLabel('اسم المستخدم').fill(MEGAN);
    await page.getByLabel('كلمة المرور', { exact: true }).fill(DEMO_PASSWORD);
    await axe.check('ar: password');
    await page.getByRole('button', { name: 'تسجيل الدخول', exact: true }).click();

    await expectScreen(page, `${MEGAN}, تحقّق من هويتك`);
    const methods = main(page).getByRole('list', { name: 'طرق التحقق' }).getByRole('button');
    await expectVisibleText(methods.nth(0), /^إرسال رسالة نصية إلى \+1 ••• ••• ••10\s*طريقتك الافتراضية$/);
    await expect(methods.nth(0)).toHaveAccessibleName(
      'إرسال رسالة نصية إلى رقم برمز الدولة +1 ينتهي بالأرقام 10',
    );
    await expectVisibleText(
      methods.filter({ hasText: 'هاتف مكتبك' }),
      'الاتصال بهاتف مكتبك +1 ••• ••• ••12، الرقم الداخلي 1234',
    );
    await expectMirrored(page);
    await axe.check('ar: MFA methods');

    await methods.filter({ hasText: /^الاتصال بالرقم/ }).click();
    await expectScreen(page, 'أجب عن المكالمة');
    const intro = paragraph(page, 'نتصل الآن بالرقم');
    await expectVisibleText(
      intro,
      'نتصل الآن بالرقم +1 ••• ••• ••10. أجب عن المكالمة واضغط على # لإكمال تسجيل الدخول.',
    );
    await expectMaskedLeftToRight(intro, '+1 ••• ••• ••10');
    await expect(main(page).getByRole('status').filter({ hasText: 'هاتفك يرن.' })).toBeVisible();
    // Intl's Arabic words for the time: "مضت 5 ثوان…", "الوقت المتبقي للإجابة: 25 ثانية".
    await expect(main(page).getByText(/^مضت .+ منذ أن اتصلنا بك$/)).toBeVisible();
    await expect(main(page).getByText(/^الوقت المتبقي للإجابة: .*(ثانية|ثوان|ثانيتان)$/)).toBeVisible();
    await expect(main(page).getByText(/seconds?/)).toHaveCount(0);
    await axe.check('ar: call ringing');

    await demoPhone.answerCall('Answer and press #');
    await expectScreen(page, 'تم تسجيل دخولك');
    await expect(phoneCall(page, '+1 425 555 0110')).toContainText('Answered, # pressed: approved');
    await expectVisibleText(
      paragraph(page, 'سجّلت الدخول بكلمة المرور'),
      'سجّلت الدخول بكلمة المرور ومكالمة إلى +1 ••• ••• ••10.',
    );
    await axe.check('ar: signed in by call');
  });

  test('password reset: the complete number confirmed in Arabic-Indic digits, the code, a new password', async ({
    page,
    demoPhone,
    axe,
  }, testInfo) => {
    await page.goto('/reset-password');
    await expectScreen(page, 'استعد الوصول إلى حسابك');
    await expect(main(page).getByRole('status')).toHaveText('اكتمل التحقق التلقائي.', { timeout: 10_000 });
    await expect(page.getByLabel('اسم المستخدم')).toHaveAttribute('dir', 'ltr');
    // This heading fills its line: the field's label shows the alignment.
    await expectMirrored(page, main(page).locator('label').first());
    await axe.check('ar: reset, user name');
    await page.getByLabel('اسم المستخدم').fill(MEGAN);
    await page.getByRole('button', { name: 'التالي' }).click();

    await expectScreen(page, 'تحقّق من هويتك');
    await axe.check('ar: reset, methods');
    await main(page)
      .getByRole('button', { name: /^إرسال رسالة نصية إلى/ })
      .click();

    await expectScreen(page, 'أكّد رقم هاتفك');
    const confirm = main(page).getByRole('textbox', { name: 'رقم الهاتف' });
    await expect(confirm).toHaveAccessibleDescription('رمز البلد +1 مُدخَل مسبقًا، ويمكنك كتابته أيضًا.');
    await expectMaskedLeftToRight(main(page).locator('.field-hint'), '+1');
    await axe.check('ar: reset, confirm the number');
    await phoneScreenshot(page, testInfo, 'ar-confirm-number');
    await confirm.fill(arabicIndic('425 555 0110'));
    await page.getByRole('button', { name: 'متابعة' }).click();

    await expectScreen(page, 'أدخل الرمز');
    await axe.check('ar: reset, code');
    await main(page)
      .getByRole('textbox', { name: 'الرمز' })
      .pressSequentially(await demoPhone.latestCode({ to: '+1 425 555 0110', channel: 'sms' }));

    await expectScreen(page, `${MEGAN}, اختر كلمة مرور جديدة`);
    await expect(h1(page).locator('bdi[dir="ltr"]')).toHaveText(MEGAN);
    await expect(
      main(page)
        .getByRole('listitem')
        .filter({
          hasText: /3 أنواع على الأقل مما يلي: أحرف لاتينية صغيرة، أحرف لاتينية كبيرة، أرقام، رموز$/,
        }),
    ).toBeVisible();
    await axe.check('ar: reset, new password');
    await main(page).getByLabel('كلمة المرور الجديدة', { exact: true }).fill(NEW_PASSWORD);
    await main(page).getByLabel('تأكيد كلمة المرور الجديدة', { exact: true }).fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'إعادة تعيين كلمة المرور' }).click();

    await expectScreen(page, 'تمت إعادة تعيين كلمة المرور');
    await axe.check('ar: reset, done');
  });
});

test.describe('in Spanish, picked on the page', () => {
  /** Picks Español in the header, as a person does: the words change, the focus stays on the picker. */
  async function pickSpanish(page: Page) {
    await picker(page).focus();
    await picker(page).selectOption({ label: 'Español' });
    await expect(html(page)).toHaveAttribute('lang', 'es');
    await expect(picker(page)).toBeFocused();
  }

  test('SMS sign-in: the words change in place, the number typed is kept, the choice is remembered', async ({
    page,
    demoPhone,
    axe,
  }) => {
    await page.goto('/');
    await expectScreen(page, 'Sign in with your phone');
    await expect(picker(page)).toHaveAccessibleName('Language');
    await page.getByLabel('Phone number').pressSequentially('425 555 0100');

    await pickSpanish(page);
    await expectScreen(page, 'Inicia sesión con tu teléfono');
    await expect(page.getByLabel('Número de teléfono')).toHaveValue('(425) 555-0100');
    await expect(page).toHaveTitle('Inicia sesión con tu teléfono – Inicio de sesión de autoservicio');
    await expect(picker(page)).toHaveAccessibleName('Idioma');
    await expectLeftToRight(page);
    expect(await page.evaluate(() => ({ ...localStorage }))).toEqual({
      'self-service-sign-in.language': 'es',
    });
    await axe.check('es: phone number');

    await page.reload();
    await expectScreen(page, 'Inicia sesión con tu teléfono');
    await page.getByLabel('Número de teléfono').pressSequentially('425 555 0100');
    await page.getByRole('button', { name: 'Enviar código' }).click();

    await expectScreen(page, 'Escribe el código');
    await expectVisibleText(
      paragraph(page, 'Te enviamos un código'),
      'Te enviamos un código por SMS a +1 ••• ••• ••00.',
    );
    await axe.check('es: code entry');
    await main(page)
      .getByRole('textbox', { name: 'Código' })
      .pressSequentially(await demoPhone.latestCode({ to: '+1 425 555 0100' }));

    await expectScreen(page, 'Iniciaste sesión');
    await expect(paragraph(page, 'Sesión iniciada como')).toHaveText(
      'Sesión iniciada como Adele Vance (adele@contoso.example).',
    );
    await axe.check('es: signed in');
  });

  test('MFA by call to the office phone, with its extension; switched on the call screen, the call goes on', async ({
    page,
    demoPhone,
    axe,
  }) => {
    await page.goto('/sign-in/password');
    await pickSpanish(page);
    await expectScreen(page, 'Iniciar sesión');
    await page.getByLabel('Nombre de usuario').fill(MEGAN);
    await page.getByLabel('Contraseña', { exact: true }).fill(DEMO_PASSWORD);
    await axe.check('es: password');
    await page.getByRole('button', { name: 'Iniciar sesión', exact: true }).click();

    await expectScreen(page, `${MEGAN}, Verifica tu identidad`);
    const office = main(page).getByRole('button', { name: /^Llamar al teléfono de tu oficina/ });
    await expectVisibleText(office, 'Llamar al teléfono de tu oficina +1 ••• ••• ••12, extensión 1234');
    await axe.check('es: MFA methods');
    await office.click();

    await expectScreen(page, 'Contesta la llamada');
    await expectVisibleText(
      paragraph(page, 'Te estamos llamando'),
      'Te estamos llamando al +1 ••• ••• ••12, extensión 1234. Contesta y presiona # para terminar de iniciar sesión.',
    );
    await expect(main(page).getByText(/^Hace \d+ segundos? que te llamamos$/)).toBeVisible();
    await expect(main(page).getByText(/^Quedan \d+ segundos? para contestar$/)).toBeVisible();
    await axe.check('es: call ringing');

    // English and back while it rings: the same call, still checked.
    await picker(page).focus();
    await picker(page).selectOption({ label: 'English' });
    await expectScreen(page, 'Answer the call');
    await expect(picker(page)).toBeFocused();
    await pickSpanish(page);
    await expectScreen(page, 'Contesta la llamada');

    await demoPhone.answerCall('Answer and press #');
    await expectScreen(page, 'Iniciaste sesión');
    await expect(phoneCall(page, '+1 425 555 0112 ext. 1234')).toContainText('Answered, # pressed: approved');
    await axe.check('es: signed in by call');
  });

  test('password reset: switched to Spanish after the user name, then the authenticator code and a new password', async ({
    page,
    axe,
  }) => {
    await page.goto('/reset-password');
    await expectScreen(page, 'Get back into your account');
    await expect(main(page).getByRole('status')).toHaveText('Automatic check done.', { timeout: 10_000 });
    await page.getByLabel('User name').fill(MEGAN);
    await pickSpanish(page);
    await expectScreen(page, 'Recupera el acceso a tu cuenta');
    await expect(page.getByLabel('Nombre de usuario')).toHaveValue(MEGAN);
    await expect(main(page).getByRole('status')).toHaveText('Comprobación automática lista.');
    await axe.check('es: reset, user name');
    await page.getByRole('button', { name: 'Siguiente' }).click();

    await expectScreen(page, 'Verifica tu identidad');
    await axe.check('es: reset, methods');
    await main(page)
      .getByRole('button', { name: /^Usar un código de verificación de tu aplicación de autenticación/ })
      .click();

    await expectScreen(page, 'Escribe el código');
    await expect(paragraph(page, 'Abre tu aplicación de autenticación')).toBeVisible();
    await axe.check('es: reset, authenticator code');
    const entry = page
      .getByRole('complementary', { name: 'Demo phone', exact: true })
      .getByRole('region', { name: 'Authenticator app', exact: true })
      .getByRole('listitem')
      .filter({ hasText: MEGAN });
    const code = (await entry.textContent())?.match(/(?<!\d)\d{6}(?!\d)/)?.[0] ?? '';
    await main(page).getByRole('textbox', { name: 'Código' }).pressSequentially(code);

    await expectScreen(page, `${MEGAN}, Elige una contraseña nueva`);
    await expect(
      main(page)
        .getByRole('listitem')
        .filter({ hasText: /Al menos 3 de estos tipos: minúsculas, mayúsculas, números, símbolos$/ }),
    ).toBeVisible();
    await axe.check('es: reset, new password');
    await main(page).getByLabel('Contraseña nueva', { exact: true }).fill(NEW_PASSWORD);
    await main(page).getByLabel('Confirma la contraseña nueva', { exact: true }).fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Restablecer contraseña' }).click();

    await expectScreen(page, 'Tu contraseña se restableció');
    await axe.check('es: reset, done');
  });
});
