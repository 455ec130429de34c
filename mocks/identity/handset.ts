// The demo phone (demo-phone.ts) over the service's state: what the personas' handsets received,
// the calls ringing on them, their authenticator app, and the keypad.

import { currentAuthenticatorCode } from './authenticator';
import type { AuthenticatorEntry, DemoAccount, DemoPhone } from './demo-phone';
import type { Persona } from './directory';
import { TENANTS } from './policy';
import type { Store } from './store';
import { callProgress, phoneCallView } from './telephony';
import { answerFromHandset } from './verification';

/** Newest first; records are appended as they happen, so among equal times the later one wins. */
const newestFirst = <T extends { at: number }>(items: readonly T[]): T[] =>
  [...items].reverse().sort((a, b) => b.at - a.at);

/** The personas' rows, each of `anyone`'s rows after the last persona of its flow (else at the end). */
function accountList(personas: readonly Persona[], anyone: readonly DemoAccount[]): DemoAccount[] {
  const rows = personas.map((persona) => ({ ...persona.demo }));
  for (const row of anyone) {
    const last = rows.findLastIndex((candidate) => candidate.flow === row.flow);
    rows.splice(last === -1 ? rows.length : last + 1, 0, { ...row });
  }
  return rows;
}

export function createDemoPhone(
  store: Store,
  personas: readonly Persona[],
  anyone: readonly DemoAccount[] = [],
): DemoPhone {
  return {
    messages: () => store.transact((ctx) => newestFirst(ctx.state.handset.messages)),
    calls: () =>
      store.transact((ctx) =>
        newestFirst(ctx.state.handset.calls.map((call) => phoneCallView(call, ctx.now))),
      ),
    authenticator: () =>
      store.transact((ctx) =>
        ctx.state.users.flatMap((user): AuthenticatorEntry[] => {
          if (!user.authenticator) return [];
          const { code, validForSeconds } = currentAuthenticatorCode(user.authenticator.secret, ctx.now);
          return [
            { account: user.username, issuer: TENANTS[user.tenant].displayName, code, validForSeconds },
          ];
        }),
      ),
    accounts: () => accountList(personas, anyone),
    answer: (callId, answer) => store.transact((ctx) => answerFromHandset(ctx, callId, answer)),
    subscribe: (listener) => store.subscribe(listener),
    clear: () =>
      store.transact((ctx) => {
        // A call still ringing cannot be wished away: its flow is waiting for it.
        ctx.state.handset = {
          messages: [],
          calls: ctx.state.handset.calls.filter((call) => callProgress(call, ctx.now).live),
        };
      }),
  };
}
