// Texts and e-mails as the person's handset receives them. Only what a persona would really get is
// delivered: nothing goes to a number that has no account (see verification.ts).
import type { PhoneMessage } from './demo-phone';
import { displayNumber, type PhoneNumber } from './phone-numbers';
import type { Tenant } from './policy';
import { randomId } from './random';
import type { Context, TextChannel } from './state';

/** The WhatsApp business number verification codes come from (Entra's, per the seed document). */
const WHATSAPP_SENDER = '+1 217 302 1989';

/**
 * What the person's phone and inbox receive, in the language the request asked for (its
 * Accept-Language: the page's language), English otherwise. Numbers and codes stay as they are.
 */
const WORDS = {
  en: {
    code: (code: string, org: string) => `${code} is your ${org} verification code. Don't share it.`,
    whatsAppNotice: (org: string) =>
      `${org} will send your verification codes by WhatsApp from now on, from ${WHATSAPP_SENDER}.`,
    emailSender: (org: string) => `${org} account team`,
    email: (code: string, org: string) =>
      `Use ${code} to reset the password of your ${org} account. If you didn't ask for this, ignore this e-mail.`,
  },
  es: {
    code: (code: string, org: string) => `${code} es tu código de verificación de ${org}. No lo compartas.`,
    whatsAppNotice: (org: string) =>
      `A partir de ahora, ${org} te enviará los códigos de verificación por WhatsApp desde el ${WHATSAPP_SENDER}.`,
    emailSender: (org: string) => `Equipo de cuentas de ${org}`,
    email: (code: string, org: string) =>
      `Usa ${code} para restablecer la contraseña de tu cuenta de ${org}. Si no lo pediste, ignora este correo.`,
  },
  ar: {
    code: (code: string, org: string) => `${code} هو رمز التحقق الخاص بك من ${org}. لا تشاركه مع أحد.`,
    whatsAppNotice: (org: string) =>
      `من الآن فصاعدًا، سترسل ${org} رموز التحقق إليك عبر واتساب من الرقم ${WHATSAPP_SENDER}.`,
    emailSender: (org: string) => `فريق حسابات ${org}`,
    email: (code: string, org: string) =>
      `استخدم الرمز ${code} لإعادة تعيين كلمة مرور حسابك في ${org}. إذا لم تطلب ذلك، فتجاهل هذه الرسالة.`,
  },
} as const;

/** The first language of an Accept-Language header that the texts are written in. */
function wordsFor(ctx: Context) {
  const tags = (ctx.language ?? '').split(',').map((tag) => tag.split(';')[0]!.trim().toLowerCase());
  const base = tags.map((tag) => tag.split('-')[0]).find((tag) => tag && tag in WORDS);
  return WORDS[(base ?? 'en') as keyof typeof WORDS];
}

/** Who the handset shows a code is from: WhatsApp's business number, else the tenant's name. */
const senderFor = (channel: TextChannel, tenant: Tenant) =>
  channel === 'whatsapp' ? WHATSAPP_SENDER : tenant.displayName;

/**
 * The sender the backend can promise, for the screen's help: WhatsApp's number or the RCS verified
 * name. An SMS sender varies by country and route (short codes in the US and Canada), so none.
 */
export const promisedSender = (channel: TextChannel, tenant: Tenant): string | null =>
  channel === 'sms' ? null : senderFor(channel, tenant);

/**
 * A texted code ends with the origin-bound line (`@host #code`, alone on the last line), which
 * browsers with WebOTP read to fill the code in on that host's page, and only there. RCS carries it
 * too, as an RCS message falls back to SMS where RCS can't reach the phone; a browser never sees a
 * WhatsApp message, so it goes without.
 */
const codeText = (ctx: Context, channel: TextChannel, tenant: Tenant, code: string) => {
  const text = wordsFor(ctx).code(code, tenant.displayName);
  return channel === 'whatsapp' ? text : `${text}\n\n@${ctx.host} #${code}`;
};

function deliver(ctx: Context, message: Omit<PhoneMessage, 'id' | 'at'>): void {
  ctx.state.handset.messages.push({ id: randomId(ctx.random, 12), at: ctx.now, ...message });
}

export function deliverTextCode(
  ctx: Context,
  to: PhoneNumber,
  channel: TextChannel,
  tenant: Tenant,
  code: string,
): void {
  deliver(ctx, {
    to: displayNumber(to),
    channel,
    sender: senderFor(channel, tenant),
    body: codeText(ctx, channel, tenant, code),
    code,
  });
}

/** Entra tells a person by SMS the first time their codes come by WhatsApp instead. */
export function deliverWhatsAppNotice(ctx: Context, to: PhoneNumber, tenant: Tenant): void {
  deliver(ctx, {
    to: displayNumber(to),
    channel: 'sms',
    sender: tenant.displayName,
    body: wordsFor(ctx).whatsAppNotice(tenant.displayName),
  });
}

export function deliverEmailCode(ctx: Context, address: string, tenant: Tenant, code: string): void {
  deliver(ctx, {
    to: address,
    channel: 'email',
    sender: wordsFor(ctx).emailSender(tenant.displayName),
    body: wordsFor(ctx).email(code, tenant.displayName),
    code,
  });
}
