// Phone numbers as the messaging provider and the service know them, whoever holds them: how a text
// reaches a number (SMS, RCS or WhatsApp: the handset's apps, not an account's setting), the texts
// and calls it recently got, and whether texts and calls to it are blocked ("having trouble
// verifying"). Nothing here depends on an account, so SMS sign-in's answers about a number cannot
// tell whether anyone registered it (src/behaviour.md#security-and-privacy).

import type { DeliveryKind, VerificationMethodType } from '../../src/api/types';
import { MINUTE } from './clock';
import { countInWindow, limitKey, recordEvent } from './limits';
import { LIMITS, type Tenant } from './policy';
import type { Context, IdentityState, TextChannel } from './state';

/** One number of the demo's messaging provider table (mocks/personas.ts), in the words of the docs. */
export interface NumberProfile {
  /** E.164. */
  number: string;
  /** How the messaging provider reaches it; a number not listed gets SMS. */
  channel?: TextChannel;
  /**
   * How a tenant with delivery optimisation (a trial, policy.ts) sends it a code, whichever way
   * was asked: texts only (a call comes as a text) or calls only (a text comes as a call).
   */
  deliveredBy?: DeliveryKind;
  /** Texts and calls to it are blocked when the service starts, for the usual time (LIMITS.numberBlock). */
  blocked?: boolean;
  /** Texts it already got in the last hour (minutes ago), so its text limit is reached. */
  textsMinutesAgo?: number[];
}

/** The limit subject of a number: its texts and calls count here, whoever asked for them. */
export const numberSubject = (e164: string): string => `number:${e164}`;

/** The number's part of a fresh state: its channel, its seeded block, its recent texts. */
export function seedNumbers(
  profiles: readonly NumberProfile[],
  now: number,
): Pick<IdentityState, 'numbers' | 'numberBlocks'> & { events: IdentityState['events'] } {
  const numbers: IdentityState['numbers'] = {};
  const numberBlocks: IdentityState['numberBlocks'] = {};
  const events: IdentityState['events'] = {};
  for (const profile of profiles) {
    if ((profile.channel && profile.channel !== 'sms') || profile.deliveredBy) {
      numbers[profile.number] = {
        channel: profile.channel ?? 'sms',
        whatsAppNoticeSent: false,
        ...(profile.deliveredBy ? { deliveredBy: profile.deliveredBy } : {}),
      };
    }
    if (profile.blocked) numberBlocks[profile.number] = { until: now + LIMITS.numberBlock };
    if (profile.textsMinutesAgo?.length) {
      events[limitKey.texts(numberSubject(profile.number))] = profile.textsMinutesAgo
        .map((minutes) => now - minutes * MINUTE)
        .sort((a, b) => a - b);
    }
  }
  return { numbers, numberBlocks, events };
}

/** How the messaging provider delivers a text to this number. */
export const textChannelOf = (ctx: Context, e164: string): TextChannel =>
  ctx.state.numbers[e164]?.channel ?? 'sms';

/**
 * How a code asked for as `asked` really goes to this number: the other way only in a tenant with
 * delivery optimisation, for a number that route reaches better.
 */
export function deliveryFor(ctx: Context, tenant: Tenant, e164: string, asked: DeliveryKind): DeliveryKind {
  const by = ctx.state.numbers[e164]?.deliveredBy;
  return tenant.deliveryOptimised && by ? by : asked;
}

/** deliveryFor, for any kind of verification: only a text or a call to a phone can change. */
export function sendsAs(
  ctx: Context,
  tenant: Tenant,
  phone: { e164: string } | undefined,
  asked: VerificationMethodType,
): VerificationMethodType {
  return phone && (asked === 'sms' || asked === 'voice')
    ? deliveryFor(ctx, tenant, phone.e164, asked)
    : asked;
}

/**
 * The first text to a WhatsApp number comes with an SMS saying so (Entra's notice). True once per
 * number: the notice is due now (and is marked as given).
 */
export function whatsAppNoticeDue(ctx: Context, e164: string): boolean {
  const entry = ctx.state.numbers[e164];
  if (entry?.channel !== 'whatsapp' || entry.whatsAppNoticeSent) return false;
  entry.whatsAppNoticeSent = true;
  return true;
}

/** Texts and calls to this number are blocked now ("having trouble verifying"). */
export function numberBlocked(ctx: Context, e164: string): boolean {
  const block = ctx.state.numberBlocks[e164];
  return block !== undefined && block.until > ctx.now;
}

/**
 * A wrong code for a text sent to this number, in any flow. The Nth in the window blocks texts and
 * calls to the number for LIMITS.numberBlock. True when this one blocked it.
 */
export function countWrongCode(ctx: Context, e164: string): boolean {
  const key = limitKey.wrongCodes(numberSubject(e164));
  recordEvent(ctx, key);
  if (countInWindow(ctx, key, LIMITS.wrongCodesPerNumber) < LIMITS.wrongCodesPerNumber.max) return false;
  ctx.state.numberBlocks[e164] = { until: ctx.now + LIMITS.numberBlock };
  return true;
}

export function pruneNumberBlocks(ctx: Context): void {
  for (const [e164, { until }] of Object.entries(ctx.state.numberBlocks)) {
    if (until <= ctx.now) delete ctx.state.numberBlocks[e164];
  }
}
