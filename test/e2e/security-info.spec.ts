// Security info (src/behaviour.md#security-info) in the demo build, end to end: signing in to get there
// and coming back; Newt adding a mobile by text, turning SMS sign-in on and signing in with it at the
// start page; an office phone with its extension by a call answered with #; the default chosen in its
// dialog; deleting with a dialog (focus back where it belongs); every refusal in words, what was typed
// kept; Megan's step-up before a change; Rose's step-up after an SMS sign-in; Grace's and Paul's SMS
// sign-in in words; a reload part-way; the keyboard alone; going offline. Every screen and every dialog
// is scanned with axe.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  authenticatorCode,
  codeField,
  DEMO_PASSWORD,
  digitsPattern,
  expectScreen,
  expectVisibleText,
  h1,
  main,
  paragraph,
  phoneCall,
  recordAddresses,
  sendCodeTo,
  tabTo,
  waysToVerify,
} from './flows';

const NEWT = 'newt@contoso.example';
const MEGAN = 'megan@contoso.example';
const ROSES_MOBILE = { number: '+1 425 555 0180', typed: '425 555 0180' };

/** Numbers nobody in the demo directory has (the fictional 555-01xx range). */
const NEWTS_MOBILE = { number: '+1 425 555 0190', typed: '425 555 0190', shown: '(425) 555-0190' };
const NEWTS_OFFICE = { number: '+1 425 555 0191', typed: '425 555 0191', extension: '77' };
const MEGANS_NEW_OFFICE = { number: '+1 425 555 0192', typed: '425 555 0192', extension: '4321' };
/** An internet (VoIP) number the simulator knows: it can't receive codes. */
const INTERNET_NUMBER = { typed: '425 555 0199', shown: '(425) 555-0199' };

const SECURITY_INFO = 'Security info';
const ADD_A_PHONE = 'Add a phone';
const STEP_UP = 'Verify it’s you';
/** The password sign-in's MFA screen ("megan@contoso.example, Verify your identity"). */
const MFA = /Verify your identity$/;

type PhoneTypeName = 'Mobile phone' | 'Alternate mobile phone' | 'Office phone';
type SecondFactor = 'none' | 'authenticator app' | 'text';
/** What the steps read off the demo phone panel (the `demoPhone` fixture). */
interface Handset {
  latestCode(options?: { to?: string; channel?: 'sms' }): Promise<string>;
}

// ---------------------------------------------------------------------------------------------------
// The page as a person sees it

const methodsList = (page: Page) => main(page).getByRole('list', { name: 'Your sign-in methods' });
const methodsHeading = (page: Page) =>
  main(page).getByRole('heading', { level: 2, name: 'Your sign-in methods' });
/** One entry of the list, by the type its heading starts with ("Mobile phone", "Office phone"). */
const entry = (page: Page, type: string) =>
  methodsList(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3, name: new RegExp(`^${type}( Default)?$`) }) });
const entryHeading = (page: Page, type: string) => entry(page, type).getByRole('heading', { level: 3 });
/** The "Default sign-in method" section's sentence. */
const defaultSentence = (page: Page) =>
  main(page).getByRole('region', { name: 'Default sign-in method' }).getByRole('paragraph');
/** The success message announced on the list ("Mobile phone added."). */
const notice = (page: Page) => main(page).getByRole('status').filter({ hasText: /\.$/ });
const refusal = (page: Page) => main(page).getByRole('alert');
const numberField = (page: Page) => main(page).getByRole('textbox', { name: 'Phone number', exact: true });
const extensionField = (page: Page) => main(page).getByRole('textbox', { name: 'Extension (optional)' });
const typeRadio = (page: Page, type: PhoneTypeName) =>
  main(page).getByRole('radio', { name: type, exact: true });

// ---------------------------------------------------------------------------------------------------
// Steps

/**
 * Opens /security-info signed out: the password page, the second factor if the person has one, and
 * back on Security info.
 */
async function signInToSecurityInfo(
  page: Page,
  handset: Handset,
  username: string,
  secondFactor: SecondFactor = 'none',
): Promise<void> {
  await page.goto('/security-info');
  await expect(page).toHaveURL(/\/sign-in\/password$/);
  await expectScreen(page, 'Sign in');
  await page.getByLabel('User name').fill(username);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  if (secondFactor !== 'none') {
    await expectScreen(page, MFA);
    const app = secondFactor === 'authenticator app';
    await waysToVerify(page)
      .filter({ hasText: app ? /authenticator app/ : /^Text / })
      .first()
      .click();
    await expectScreen(page, 'Enter the code');
    await codeField(page).pressSequentially(
      app ? await authenticatorCode(page, username) : await handset.latestCode({ channel: 'sms' }),
    );
  }
  await expectScreen(page, SECURITY_INFO);
  await expect(page).toHaveURL(/\/security-info$/);
}

/** "Add sign-in method", then the type, the number (and an extension), then "Text me a code" or "Call me". */
async function addPhone(
  page: Page,
  type: PhoneTypeName,
  typed: string,
  how: 'Text me a code' | 'Call me',
  extension?: string,
): Promise<void> {
  await main(page).getByRole('button', { name: 'Add sign-in method' }).click();
  await expectScreen(page, ADD_A_PHONE);
  await typeRadio(page, type).check();
  await numberField(page).pressSequentially(typed);
  if (extension) await extensionField(page).fill(extension);
  await main(page).getByRole('button', { name: how, exact: true }).click();
}

/** Newt, signed in, adds his mobile by text: listed, the default, announced. */
async function newtWithMobile(page: Page, handset: Handset): Promise<void> {
  await signInToSecurityInfo(page, handset, NEWT);
  await addPhone(page, 'Mobile phone', NEWTS_MOBILE.typed, 'Text me a code');
  await expectScreen(page, 'Enter the code');
  await codeField(page).pressSequentially(await handset.latestCode({ to: NEWTS_MOBILE.number }));
  await expect(notice(page)).toHaveText('Mobile phone added.');
}

/** Asks to delete the phone of `type` ("mobile phone") and confirms in the dialog. */
async function deleteConfirmed(page: Page, type: string): Promise<void> {
  await main(page)
    .getByRole('button', { name: `Delete your ${type}`, exact: true })
    .click();
  const dialog = page.getByRole('dialog', { name: `Delete your ${type}?` });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(dialog).toBeHidden();
}

// ---------------------------------------------------------------------------------------------------

test.describe('security info', () => {
  test('newt: signed out, signs in and comes back; adds a mobile by text; turns SMS sign-in on and signs in with it', async ({
    page,
    demoPhone,
    axe,
  }) => {
    const texted = () => demoPhone.latestCode({ to: NEWTS_MOBILE.number, channel: 'sms' });
    await page.goto('/security-info');
    await expect(page).toHaveURL(/\/sign-in\/password$/);
    // The password page, as the shell spec checks it (its axe scan is there).
    await expectScreen(page, 'Sign in');
    await page.getByLabel('User name').fill(NEWT);
    await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();

    // No methods: no second factor, straight back to Security info.
    await expectScreen(page, SECURITY_INFO);
    await expect(page).toHaveURL(/\/security-info$/);
    await expect(main(page)).toContainText(
      'These are the ways you prove it’s you when you sign in or reset your password.',
    );
    await expect(defaultSentence(page)).toHaveText('None yet. Your first phone becomes your default.');
    await expect(main(page).getByText('You haven’t added a way to verify yet.')).toBeVisible();
    await expect(methodsList(page)).toHaveCount(0);
    await expect(main(page).getByRole('button', { name: 'Change default sign-in method' })).toHaveCount(0);
    await axe.check('security info, no methods');

    await main(page).getByRole('button', { name: 'Add sign-in method' }).click();
    await expectScreen(page, ADD_A_PHONE);
    await expect(h1(page)).toBeFocused();
    await expect(main(page)).toContainText(
      'We’ll text or call the number to check it’s yours. It’s saved once you’ve verified it.',
    );
    await expect(typeRadio(page, 'Mobile phone')).toBeEnabled();
    await expect(typeRadio(page, 'Alternate mobile phone')).toBeDisabled();
    await expect(typeRadio(page, 'Alternate mobile phone')).toHaveAccessibleDescription(
      'Add a mobile phone first.',
    );
    await expect(typeRadio(page, 'Office phone')).toBeEnabled();
    await expect(page.getByLabel('Country or region')).toHaveValue('US');
    await expect(main(page).getByRole('button', { name: 'Text me a code' })).toBeVisible();
    await expect(main(page).getByRole('button', { name: 'Call me' })).toBeVisible();
    await axe.check('add a phone');

    // Nothing is sent until the form is complete.
    await main(page).getByRole('button', { name: 'Text me a code' }).click();
    await expect(main(page).getByText('Choose the type of phone.')).toBeVisible();
    await expect(main(page).getByRole('group', { name: 'Type of phone' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(await demoPhone.messageCount(), 'texts sent for an incomplete form').toBe(0);
    await axe.check('add a phone, no type chosen');

    await typeRadio(page, 'Mobile phone').check();
    await expect(main(page).getByText('Choose the type of phone.')).toHaveCount(0);
    await expect(extensionField(page)).toHaveCount(0);
    await numberField(page).pressSequentially(NEWTS_MOBILE.typed);
    await expect(numberField(page)).toHaveValue(NEWTS_MOBILE.shown);
    await main(page).getByRole('button', { name: 'Text me a code' }).click();

    await expectScreen(page, 'Enter the code');
    await expectVisibleText(paragraph(page, /We texted a code to/), 'We texted a code to +1 ••• ••• ••90.');
    await expect(main(page).getByRole('button', { name: 'Cancel' })).toBeVisible();
    await axe.check('add a phone, code entry');
    await codeField(page).pressSequentially(await texted());

    await expectScreen(page, SECURITY_INFO);
    await expect(notice(page)).toHaveText('Mobile phone added.');
    const mobile = entry(page, 'Mobile phone');
    await expect(entryHeading(page, 'Mobile phone')).toHaveText('Mobile phoneDefault');
    await expect(entryHeading(page, 'Mobile phone')).toHaveAccessibleName('Mobile phone Default');
    await expectVisibleText(mobile.getByRole('paragraph').first(), '+1 ••• ••• ••90');
    await expect(mobile.getByRole('paragraph').first()).toContainText('+1 number ending in 90');
    await expect(mobile).toContainText('SMS sign-in: Not enabled.');
    await expectVisibleText(defaultSentence(page), 'Text a code to +1 ••• ••• ••90');
    await expect(main(page).getByText('You haven’t added a way to verify yet.')).toHaveCount(0);
    await axe.check('security info, mobile added');

    await mobile.getByRole('button', { name: 'Enable for SMS sign-in' }).click();
    await expect(notice(page)).toHaveText(
      'SMS sign-in enabled: you can sign in with a code texted to your mobile phone.',
    );
    await expect(mobile).toContainText(
      'SMS sign-in: Ready: you can sign in with a code texted to this phone.',
    );
    await expect(mobile.getByRole('button', { name: 'Disable SMS sign-in' })).toBeVisible();
    await expect(mobile.getByRole('button', { name: 'Enable for SMS sign-in' })).toHaveCount(0);
    await axe.check('security info, SMS sign-in ready');

    // Sign out the way a person does, then sign in with the new mobile at the start page.
    await main(page).getByRole('link', { name: 'Back to your account' }).click();
    await expectScreen(page, 'You’re signed in');
    await expect(paragraph(page, 'Signed in as')).toHaveText(
      'Signed in as Newt Newman (newt@contoso.example).',
    );
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expectScreen(page, 'Sign in with your phone');

    await sendCodeTo(page, NEWTS_MOBILE.typed);
    await expectScreen(page, 'Enter the code');
    await codeField(page).pressSequentially(await texted());
    await expectScreen(page, 'You’re signed in');
    await expect(paragraph(page, 'Signed in as')).toHaveText(
      'Signed in as Newt Newman (newt@contoso.example).',
    );
    await expectVisibleText(
      paragraph(page, 'You signed in with'),
      'You signed in with a code sent by text message to +1 ••• ••• ••90.',
    );
    await axe.check('signed in by SMS with the new mobile');
  });

  test('newt: an office phone with its extension by a call answered with #; the default moves to it; the mobile deleted once confirmed', async ({
    page,
    demoPhone,
    axe,
  }) => {
    await newtWithMobile(page, demoPhone);

    await main(page).getByRole('button', { name: 'Add sign-in method' }).click();
    await expectScreen(page, ADD_A_PHONE);
    await expect(typeRadio(page, 'Mobile phone')).toBeDisabled();
    await expect(typeRadio(page, 'Mobile phone')).toHaveAccessibleDescription(
      'You already have one: change its number instead.',
    );
    await expect(typeRadio(page, 'Alternate mobile phone')).toBeEnabled();
    await typeRadio(page, 'Office phone').check();
    // An office phone is checked with a call: no text offered.
    await expect(main(page).getByRole('button', { name: 'Text me a code' })).toHaveCount(0);
    await expect(
      main(page).getByText('An office or alternate mobile phone is checked with a call.'),
    ).toBeVisible();
    await expect(extensionField(page)).toHaveAccessibleDescription('Digits only, up to 10.');
    await axe.check('add a phone, office');

    // His mobile's number as his office phone: refused at the field, everything typed kept.
    await numberField(page).pressSequentially(NEWTS_MOBILE.typed);
    await extensionField(page).fill(NEWTS_OFFICE.extension);
    await main(page).getByRole('button', { name: 'Call me', exact: true }).click();
    await expect(numberField(page)).toHaveAccessibleDescription(/That number is already one of your phones/);
    await expect(numberField(page)).toHaveAttribute('aria-invalid', 'true');
    await expect(numberField(page)).toHaveValue(NEWTS_MOBILE.shown);
    await expect(extensionField(page)).toHaveValue(NEWTS_OFFICE.extension);
    await expect(typeRadio(page, 'Office phone')).toBeChecked();
    await expectScreen(page, ADD_A_PHONE);
    expect(await phoneCall(page, NEWTS_MOBILE.number).count(), 'calls to a refused number').toBe(0);
    await axe.check('add a phone, number already one of his');

    await numberField(page).fill('');
    await numberField(page).pressSequentially(NEWTS_OFFICE.typed);
    await expect(numberField(page)).not.toHaveAttribute('aria-invalid', 'true');
    await main(page).getByRole('button', { name: 'Call me', exact: true }).click();

    await expectScreen(page, 'Answer the call');
    await expectVisibleText(
      paragraph(page, /We’re calling/),
      'We’re calling +1 ••• ••• ••91, extension 77. Answer it and press # to confirm it’s your phone.',
    );
    const call = phoneCall(page, `${NEWTS_OFFICE.number} ext. ${NEWTS_OFFICE.extension}`);
    await expect(call).toContainText('Ringing…');
    await axe.check('add a phone, call ringing');
    await demoPhone.answerCall('Answer and press #');

    await expect(notice(page)).toHaveText('Office phone added.', { timeout: 10_000 });
    await expectScreen(page, SECURITY_INFO);
    await expect(call).toContainText('Answered, # pressed: approved');
    const office = entry(page, 'Office phone');
    await expectVisibleText(office.getByRole('paragraph').first(), '+1 ••• ••• ••91, extension 77');
    await expect(entryHeading(page, 'Office phone')).toHaveText('Office phone');
    await expect(office).not.toContainText('SMS sign-in');
    await expect(office.getByRole('button', { name: 'Change number of your office phone' })).toBeVisible();
    await axe.check('security info, office added');

    // The default can't go while it is the default.
    await deleteConfirmed(page, 'mobile phone');
    await expect(refusal(page)).toContainText('This phone is your default sign-in method');
    await expect(refusal(page)).toContainText('Choose another default sign-in method, then delete it.');
    await expect(entryHeading(page, 'Mobile phone')).toHaveText('Mobile phoneDefault');
    await expect(main(page).getByRole('button', { name: 'Delete your mobile phone' })).toBeFocused();

    // The default moves to the office phone, in its dialog.
    const change = main(page).getByRole('button', { name: 'Change default sign-in method' });
    await expectVisibleText(change, 'Change');
    await change.click();
    const dialog = page.getByRole('dialog', { name: 'Change default sign-in method' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('heading', { name: 'Change default sign-in method' })).toBeFocused();
    await expect(dialog).toContainText('Choose the method we offer first when you sign in.');
    const options = dialog.getByRole('radio');
    await expect(options).toHaveCount(3);
    await expect(options.nth(0)).toHaveAccessibleName('Text a code to +1 number ending in 90');
    await expect(options.nth(0)).toBeChecked();
    await expect(options.nth(1)).toHaveAccessibleName('Call +1 number ending in 90');
    await expect(options.nth(2)).toHaveAccessibleName(
      /^Call your office phone \+1 number ending in 91 ?, extension 77$/,
    );
    // The dialog is modal: the refusal behind it is gone, the page behind is inert.
    await expect(refusal(page)).toHaveCount(0);
    await axe.check('default dialog');
    await options.nth(2).check();
    await dialog.getByRole('button', { name: 'Confirm' }).click();

    await expect(notice(page)).toHaveText('Default sign-in method changed.');
    await expect(dialog).toBeHidden();
    await expect(change).toBeFocused();
    await expect(entryHeading(page, 'Office phone')).toHaveText('Office phoneDefault');
    await expect(entryHeading(page, 'Mobile phone')).toHaveText('Mobile phone');
    await expectVisibleText(defaultSentence(page), 'Call your office phone +1 ••• ••• ••91, extension 77');

    // Delete the mobile: Cancel first changes nothing and gives focus back to the button.
    const deleteMobile = main(page).getByRole('button', { name: 'Delete your mobile phone' });
    await expectVisibleText(deleteMobile, 'Delete');
    await deleteMobile.click();
    const confirm = page.getByRole('dialog', { name: 'Delete your mobile phone?' });
    await expect(confirm).toBeVisible();
    await expectVisibleText(
      confirm.getByRole('paragraph'),
      'You won’t be able to use +1 ••• ••• ••90 to prove it’s you any more.',
    );
    await axe.check('delete dialog');
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect(confirm).toBeHidden();
    await expect(deleteMobile).toBeFocused();
    await expect(entry(page, 'Mobile phone')).toHaveCount(1);
    await expect(notice(page)).toHaveCount(0);

    // Escape closes it too.
    await deleteMobile.click();
    await expect(confirm).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(confirm).toBeHidden();
    await expect(deleteMobile).toBeFocused();

    await deleteMobile.click();
    await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(notice(page)).toHaveText('Mobile phone deleted.');
    await expect(confirm).toBeHidden();
    await expect(entry(page, 'Mobile phone')).toHaveCount(0);
    await expect(methodsHeading(page)).toBeFocused();
    await expect(entry(page, 'Office phone')).toHaveCount(1);
    await axe.check('security info, mobile deleted');
  });

  test('refusals in words, what was typed kept: the alternate first, a number already one of hers, an internet number', async ({
    page,
    demoPhone,
    axe,
  }) => {
    await signInToSecurityInfo(page, demoPhone, MEGAN, 'authenticator app');
    const headings = methodsList(page).getByRole('heading', { level: 3 });
    await expect(headings).toHaveText([
      'Mobile phoneDefault',
      'Alternate mobile phone',
      'Office phone',
      'Authenticator app',
      'Email',
    ]);
    await expectVisibleText(
      entry(page, 'Office phone').getByRole('paragraph').first(),
      '+1 ••• ••• ••12, extension 1234',
    );
    await expect(entry(page, 'Email')).toContainText('m•••@fabrikam.example');
    // Only phones are changed or deleted here.
    await expect(entry(page, 'Authenticator app').getByRole('button')).toHaveCount(0);
    await expect(entry(page, 'Email').getByRole('button')).toHaveCount(0);
    await axe.check('security info, megan');

    await deleteConfirmed(page, 'mobile phone');
    await expect(refusal(page)).toContainText('Delete the alternate mobile phone first');
    await expect(refusal(page)).toContainText(
      'The mobile phone can’t be deleted while you have an alternate mobile phone.',
    );
    await expect(entry(page, 'Mobile phone')).toHaveCount(1);
    await axe.check('security info, deleting the mobile refused');

    // Her office number as her alternate mobile: refused at the field, kept as typed.
    await main(page).getByRole('button', { name: 'Change number of your alternate mobile phone' }).click();
    await expectScreen(page, 'Change your alternate mobile phone number');
    await expect(refusal(page)).toHaveCount(0);
    await expectVisibleText(paragraph(page, /^Now:/), 'Now: +1 ••• ••• ••11');
    // The type stays: no radios, and a call only.
    await expect(main(page).getByRole('radio')).toHaveCount(0);
    await expect(main(page).getByRole('button', { name: 'Text me a code' })).toHaveCount(0);
    await axe.check('change the alternate mobile number');
    await numberField(page).pressSequentially('425 555 0112');
    await main(page).getByRole('button', { name: 'Call me' }).click();
    await expect(numberField(page)).toHaveAccessibleDescription(/That number is already one of your phones/);
    await expect(numberField(page)).toHaveAttribute('aria-invalid', 'true');
    await expect(numberField(page)).toHaveValue('(425) 555-0112');
    await expect(numberField(page)).toBeFocused();
    await expectScreen(page, 'Change your alternate mobile phone number');
    await expect(phoneCall(page, '+1 425 555 0112')).toHaveCount(0);
    await main(page).getByRole('button', { name: 'Cancel' }).click();
    await expectScreen(page, SECURITY_INFO);
    await expectVisibleText(
      entry(page, 'Alternate mobile phone').getByRole('paragraph').first(),
      '+1 ••• ••• ••11',
    );

    // An internet number for her office phone: refused at the field, the number and extension kept.
    await main(page).getByRole('button', { name: 'Change number of your office phone' }).click();
    await expectScreen(page, 'Change your office phone number');
    await numberField(page).pressSequentially(INTERNET_NUMBER.typed);
    await extensionField(page).fill('55');
    await main(page).getByRole('button', { name: 'Call me' }).click();
    await expect(numberField(page)).toHaveAccessibleDescription(
      /This number can’t receive verification codes/,
    );
    await expect(numberField(page)).toHaveAttribute('aria-invalid', 'true');
    await expect(numberField(page)).toHaveValue(INTERNET_NUMBER.shown);
    await expect(numberField(page), 'focus back in the field, its message read out').toBeFocused();
    await expect(extensionField(page)).toHaveValue('55');
    await expectScreen(page, 'Change your office phone number');
    expect(await demoPhone.messageCount(), 'texts sent for refused numbers').toBe(0);
  });

  test('megan proves it’s her first when her last verification is 11 minutes old, then her office number changes as typed', async ({
    page,
    demoPhone,
    axe,
  }) => {
    await page.clock.install();
    await signInToSecurityInfo(page, demoPhone, MEGAN, 'authenticator app');
    await page.clock.fastForward('11:00');

    await main(page).getByRole('button', { name: 'Change number of your office phone' }).click();
    await expectScreen(page, 'Change your office phone number');
    await expectVisibleText(paragraph(page, /^Now:/), 'Now: +1 ••• ••• ••12, extension 1234');
    await numberField(page).pressSequentially(MEGANS_NEW_OFFICE.typed);
    await extensionField(page).fill(MEGANS_NEW_OFFICE.extension);
    await main(page).getByRole('button', { name: 'Call me' }).click();

    await expectScreen(page, STEP_UP);
    await expect(h1(page)).toBeFocused();
    await expect(main(page)).toContainText(
      'Before you change your security info, prove it’s you with one of your methods.',
    );
    await expect(waysToVerify(page).filter({ hasText: /authenticator app/ })).toHaveCount(1);
    await expect(main(page).getByRole('button', { name: 'Cancel' })).toBeVisible();
    await axe.check('step-up, megan');
    await waysToVerify(page)
      .filter({ hasText: /authenticator app/ })
      .click();
    await expectScreen(page, 'Enter the code');
    await codeField(page).pressSequentially(await authenticatorCode(page, MEGAN));

    // The change goes on with what she typed: the new number rings, with its extension.
    await expectScreen(page, 'Answer the call');
    await expectVisibleText(
      paragraph(page, /We’re calling/),
      /^We’re calling \+1 ••• ••• ••92, extension 4321\./,
    );
    const call = phoneCall(page, `${MEGANS_NEW_OFFICE.number} ext. ${MEGANS_NEW_OFFICE.extension}`);
    await expect(call).toContainText('Ringing…');
    await demoPhone.answerCall('Answer and press #');

    await expect(notice(page)).toHaveText('Office phone number changed.', { timeout: 10_000 });
    await expectScreen(page, SECURITY_INFO);
    await expectVisibleText(
      entry(page, 'Office phone').getByRole('paragraph').first(),
      '+1 ••• ••• ••92, extension 4321',
    );
    await axe.check('security info, office number changed');
  });

  test('rose, signed in by SMS, proves it’s her before a change (cancelling changes nothing); her only method can’t be deleted', async ({
    page,
    demoPhone,
    axe,
  }) => {
    const texted = () => demoPhone.latestCode({ to: ROSES_MOBILE.number, channel: 'sms' });
    await sendCodeTo(page, ROSES_MOBILE.typed);
    await expectScreen(page, 'Enter the code');
    await codeField(page).pressSequentially(await texted());
    await expectScreen(page, 'You’re signed in');
    await page.getByRole('link', { name: 'Manage your security info' }).click();
    await expectScreen(page, SECURITY_INFO);
    const mobile = entry(page, 'Mobile phone');
    await expect(mobile.getByRole('paragraph').filter({ hasText: 'SMS sign-in:' })).toHaveText(
      'SMS sign-in: Ready: you can sign in with a code texted to this phone.',
    );
    await axe.check('security info, rose');

    // An SMS sign-in is one factor: it doesn't count as a step-up.
    const disable = mobile.getByRole('button', { name: 'Disable SMS sign-in' });
    await disable.click();
    await expectScreen(page, STEP_UP);
    await expect(h1(page)).toBeFocused();
    const methods = waysToVerify(page);
    await expect(methods).toHaveCount(2);
    await expect(methods.nth(0)).toHaveAccessibleName('Text +1 number ending in 80');
    await expect(methods.nth(0)).toHaveAccessibleDescription('Your default method');
    await expect(methods.nth(1)).toHaveAccessibleName('Call +1 number ending in 80');
    await axe.check('step-up, rose');
    await main(page).getByRole('button', { name: 'Cancel' }).click();
    await expectScreen(page, SECURITY_INFO);
    await expect(mobile).toContainText('SMS sign-in: Ready');
    await expect(notice(page)).toHaveCount(0);

    await disable.click();
    await expectScreen(page, STEP_UP);
    await methods.nth(0).click();
    await expectScreen(page, 'Enter the code');
    await expectVisibleText(paragraph(page, /We texted a code to/), 'We texted a code to +1 ••• ••• ••80.');
    await codeField(page).pressSequentially(await texted());
    await expect(notice(page)).toHaveText('SMS sign-in disabled.');
    await expectScreen(page, SECURITY_INFO);
    await expect(mobile.getByRole('paragraph').filter({ hasText: 'SMS sign-in:' })).toHaveText(
      'SMS sign-in: Not enabled.',
    );

    // Verified now: no second step-up. Her only method stays.
    await deleteConfirmed(page, 'mobile phone');
    await expect(refusal(page)).toContainText('This is your only sign-in method');
    await expect(refusal(page)).toContainText(
      'You need at least one way to verify it’s you. Add another method first, then delete this one.',
    );
    await expect(mobile).toHaveCount(1);
    await expect(h1(page)).toHaveText(SECURITY_INFO);

    await mobile.getByRole('button', { name: 'Enable for SMS sign-in' }).click();
    await expect(notice(page)).toHaveText(
      'SMS sign-in enabled: you can sign in with a code texted to your mobile phone.',
    );
    await expect(refusal(page)).toHaveCount(0);
    await expect(mobile).toContainText('SMS sign-in: Ready');
  });

  for (const { username, name, words } of [
    {
      username: 'grace@contoso.example',
      name: 'grace',
      words:
        'SMS sign-in: Not available: another account uses this number, and SMS sign-in needs a number that only one account uses.',
    },
    {
      username: 'paul@contoso.example',
      name: 'paul',
      words: 'SMS sign-in: Not allowed: your organization’s policy doesn’t allow SMS sign-in.',
    },
  ]) {
    test(`${name} reads why SMS sign-in isn’t possible, with no button to turn it on`, async ({
      page,
      demoPhone,
      axe,
    }) => {
      await signInToSecurityInfo(page, demoPhone, username, 'text');
      const mobile = entry(page, 'Mobile phone');
      await expect(mobile.getByRole('paragraph').filter({ hasText: 'SMS sign-in:' })).toHaveText(words);
      await expect(main(page).getByRole('button', { name: 'Enable for SMS sign-in' })).toHaveCount(0);
      await expect(main(page).getByRole('button', { name: 'Disable SMS sign-in' })).toHaveCount(0);
      await expect(mobile.getByRole('button', { name: 'Change number of your mobile phone' })).toBeVisible();
      await axe.check(`security info, ${name}`);
    });
  }

  test('"Cancel" on the code keeps the form as typed; a reload on the code picks the registration up again; no number or code in any address', async ({
    page,
    demoPhone,
    axe,
  }) => {
    const addresses = recordAddresses(page);
    await signInToSecurityInfo(page, demoPhone, NEWT);
    await addPhone(page, 'Mobile phone', NEWTS_MOBILE.typed, 'Text me a code');
    await expectScreen(page, 'Enter the code');

    // Cancel: back to the form as it was; nothing saved.
    await main(page).getByRole('button', { name: 'Cancel' }).click();
    await expectScreen(page, ADD_A_PHONE);
    await expect(typeRadio(page, 'Mobile phone')).toBeChecked();
    await expect(numberField(page)).toHaveValue(NEWTS_MOBILE.shown);
    await main(page).getByRole('button', { name: 'Cancel' }).click();
    await expectScreen(page, SECURITY_INFO);
    await expect(main(page).getByText('You haven’t added a way to verify yet.')).toBeVisible();
    await expect(notice(page)).toHaveCount(0);

    await addPhone(page, 'Mobile phone', NEWTS_MOBILE.typed, 'Text me a code');
    await expectScreen(page, 'Enter the code');
    const code = await demoPhone.latestCode({ to: NEWTS_MOBILE.number });
    const texts = await demoPhone.messageCount();

    await page.reload();
    await expectScreen(page, 'Enter the code');
    await expect(page).toHaveURL(/\/security-info$/);
    await expectVisibleText(paragraph(page, /We texted a code to/), 'We texted a code to +1 ••• ••• ••90.');
    expect(await demoPhone.messageCount(), 'texts after the reload').toBe(texts);
    await axe.check('add a phone, code entry after a reload');
    await codeField(page).pressSequentially(code);

    await expect(notice(page)).toHaveText('Your phone is saved.');
    await expectScreen(page, SECURITY_INFO);
    await expectVisibleText(entry(page, 'Mobile phone').getByRole('paragraph').first(), '+1 ••• ••• ••90');
    await expect(entryHeading(page, 'Mobile phone')).toHaveText('Mobile phoneDefault');

    // And a reload now shows the list, not the code again.
    await page.reload();
    await expectScreen(page, SECURITY_INFO);
    await expect(entry(page, 'Mobile phone')).toHaveCount(1);

    addresses.push(page.url());
    for (const address of addresses) {
      expect(address, 'an address the page showed').not.toMatch(digitsPattern('4255550190'));
      expect(address, 'an address the page showed').not.toMatch(digitsPattern('5550190'));
      expect(address, 'an address the page showed').not.toContain(code);
    }
    // The recorder saw the app's own address changes too (the way to sign in and back).
    expect(addresses.map((address) => new URL(address).pathname)).toEqual(
      expect.arrayContaining(['/security-info', '/sign-in/password']),
    );
  });

  test('the keyboard alone: from the list to "Mobile phone added."', async ({ page, demoPhone, axe }) => {
    await signInToSecurityInfo(page, demoPhone, NEWT);

    await tabTo(page, main(page).getByRole('button', { name: 'Add sign-in method' }));
    await page.keyboard.press('Enter');
    await expectScreen(page, ADD_A_PHONE);
    await expect(h1(page)).toBeFocused();

    // The radio group is one Tab stop; Space picks the focused radio.
    await tabTo(page, typeRadio(page, 'Mobile phone'));
    await page.keyboard.press('Space');
    await expect(typeRadio(page, 'Mobile phone')).toBeChecked();
    await tabTo(page, numberField(page));
    await page.keyboard.type(NEWTS_MOBILE.typed);
    await expect(numberField(page)).toHaveValue(NEWTS_MOBILE.shown);
    await tabTo(page, main(page).getByRole('button', { name: 'Text me a code' }));
    await page.keyboard.press('Enter');

    await expectScreen(page, 'Enter the code');
    await tabTo(page, codeField(page));
    await page.keyboard.type(await demoPhone.latestCode({ to: NEWTS_MOBILE.number }));

    await expect(notice(page)).toHaveText('Mobile phone added.');
    await expectScreen(page, SECURITY_INFO);
    await expect(entryHeading(page, 'Mobile phone')).toHaveText('Mobile phoneDefault');
    await axe.check('security info, added with the keyboard');
  });

  test('offline on the add form: a clear message, the form kept as typed; back online, "Try again" sends the code', async ({
    page,
    demoPhone,
    axe,
  }) => {
    await signInToSecurityInfo(page, demoPhone, NEWT);
    await main(page).getByRole('button', { name: 'Add sign-in method' }).click();
    await expectScreen(page, ADD_A_PHONE);
    await typeRadio(page, 'Mobile phone').check();
    await numberField(page).pressSequentially(NEWTS_MOBILE.typed);

    await page.context().setOffline(true);
    await main(page).getByRole('button', { name: 'Text me a code' }).click();
    await expectScreen(page, 'We couldn’t send your code');
    const alert = refusal(page);
    await expect(alert).toContainText('We can’t reach the sign-in service');
    await expect(alert).toContainText(
      'Check your internet connection, then try again. Nothing you entered is lost.',
    );
    await axe.check('add a phone, offline');

    // "Cancel": the form, still as typed.
    await main(page).getByRole('button', { name: 'Cancel' }).click();
    await expectScreen(page, ADD_A_PHONE);
    await expect(typeRadio(page, 'Mobile phone')).toBeChecked();
    await expect(numberField(page)).toHaveValue(NEWTS_MOBILE.shown);

    // Still offline: the same message again.
    await main(page).getByRole('button', { name: 'Text me a code' }).click();
    await expectScreen(page, 'We couldn’t send your code');
    await main(page).getByRole('button', { name: 'Try again' }).click();
    await expect(refusal(page)).toContainText('We can’t reach the sign-in service');
    await expectScreen(page, 'We couldn’t send your code');
    expect(await demoPhone.messageCount(), 'texts sent offline').toBe(0);

    // Back online, "Try again" sends the code to the number as typed.
    await page.context().setOffline(false);
    await main(page).getByRole('button', { name: 'Try again' }).click();
    await expectScreen(page, 'Enter the code');
    await expectVisibleText(paragraph(page, /We texted a code to/), 'We texted a code to +1 ••• ••• ••90.');
    await codeField(page).pressSequentially(await demoPhone.latestCode({ to: NEWTS_MOBILE.number }));
    await expect(notice(page)).toHaveText('Mobile phone added.');
  });
});
