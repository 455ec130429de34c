// What the demo phone panel (and the end-to-end tests through it) can see and do: the "handset" of
// every persona. Implemented by the simulated identity service; the panel only renders it.
import type { CallStatus, Channel } from '../../src/api/types';

export type MessageChannel = Extract<Channel, 'sms' | 'rcs' | 'whatsapp' | 'email'>;

export interface PhoneMessage {
  id: string;
  /** epoch ms (the service's clock) */
  at: number;
  /** Who it was delivered to, as the handset would show it: "+1 425 555 0100" or an e-mail address. */
  to: string;
  channel: MessageChannel;
  /** The sender as the handset shows it, e.g. "Contoso" or the WhatsApp business number. */
  sender: string;
  /** The whole text, code included. */
  body: string;
  /** The code in `body`, if any (for the panel's copy button and the tests). */
  code?: string;
}

export type CallAnswer = 'press-hash' | 'press-zero-hash' | 'voicemail' | 'no-key' | 'decline';

export interface PhoneCall {
  id: string;
  at: number;
  /** The number that rings, as the handset shows it, e.g. "+1 425 555 0112 ext. 1234". */
  to: string;
  status: CallStatus;
  /** True while the panel can still answer it (status ringing). */
  canAnswer: boolean;
}

export interface AuthenticatorEntry {
  account: string;
  issuer: string;
  code: string;
  /** Seconds until the code changes. */
  validForSeconds: number;
}

export interface DemoAccount {
  /** What to type to sign in: a phone number ("+1 425 555 0100") or a user name. */
  signIn: string;
  password?: string;
  flow: 'SMS sign-in' | 'password + MFA' | 'password reset' | 'security info';
  /** What happens, in a few words, as the persona table says it (src/behaviour.md#demo-personas). */
  behaviour: string;
}

export interface DemoPhone {
  messages(): PhoneMessage[]; // newest first
  calls(): PhoneCall[]; // newest first
  authenticator(): AuthenticatorEntry[];
  accounts(): DemoAccount[];
  /** Does nothing if the call has already stopped ringing (rang out, went to voicemail, was hung up). */
  answer(callId: string, answer: CallAnswer): void;
  /**
   * Called whenever a text arrives or a call is placed, answered or hung up. The service runs no
   * timers: a call that rings out or goes to voicemail by itself is worked out when it is read, and
   * nothing notifies at that moment. So the panel re-reads calls() on a 1 s interval while a call
   * is live (status ringing or answered).
   */
  subscribe(listener: () => void): () => void;
  /** Forget every message and every ended call (not the directory; a live call keeps ringing). */
  clear(): void;
}
