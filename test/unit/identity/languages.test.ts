// The texts and e-mails the simulated service sends are in the language the request asked for (its
// Accept-Language, which the app sets to the page's language), English otherwise.
import { describe, expect, it } from 'vitest';
import { bodyOf, createHarness } from './harness';

describe('the words of texts and e-mails', () => {
  const textTo = (number: string, language?: string | null) => {
    const h = createHarness();
    bodyOf(h.service.startSmsSignIn({ phoneNumber: number }, { ...h.key(), language }), 201);
    const text = h.phone.messages()[0]!;
    return { text, code: h.latestCode() };
  };

  it('follow the first language of Accept-Language that the service writes in', () => {
    const arabic = textTo('+14255550100', 'ar-EG,ar;q=0.9,en;q=0.8');
    expect(arabic.text.body).toBe(
      `${arabic.code} هو رمز التحقق الخاص بك من Contoso. لا تشاركه مع أحد.\n\n@localhost #${arabic.code}`,
    );
    const spanish = textTo('+14255550100', 'fr-FR, es;q=0.8');
    expect(spanish.text.body).toBe(
      `${spanish.code} es tu código de verificación de Contoso. No lo compartas.\n\n@localhost #${spanish.code}`,
    );
  });

  it('are English without the header, or for a language the service does not write in', () => {
    for (const language of [undefined, null, '', 'de-DE,fr;q=0.5', '*']) {
      const { text, code } = textTo('+14255550100', language);
      expect(text.body, String(language)).toBe(
        `${code} is your Contoso verification code. Don't share it.\n\n@localhost #${code}`,
      );
    }
  });

  it('include the text that says codes now come by WhatsApp', () => {
    const whatsApp = createHarness();
    bodyOf(
      whatsApp.service.startSmsSignIn({ phoneNumber: '+14255550101' }, { ...whatsApp.key(), language: 'es' }),
      201,
    );
    expect(whatsApp.phone.messages().map((message) => message.body)).toContainEqual(
      'A partir de ahora, Contoso te enviará los códigos de verificación por WhatsApp desde el +1 217 302 1989.',
    );
  });
});
