import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { defaultCountry } from '../../phone/countries';
import { useLazyFlow } from '../lazy-flow';
import { rememberedFlow, rememberedFlowSecret } from '../remembered-flow';
import type { SmsSignInActor } from './flow';
import type { SmsSignInEvent, SmsSignInInput, SmsSignInOutput } from './machine';
import { type PhoneData, type SmsSignInScreen, smsSignInScreen } from './screen';
import { SmsSignInView } from './View';

const PATHS: Record<SmsSignInOutput['to'], string> = {
  'signed-in': '/signed-in',
  'password-sign-in': '/sign-in/password',
};

interface Typed {
  phone: string;
  country: string | undefined;
}

const keystroke = (_typed: Typed, event: SmsSignInEvent): Typed | null =>
  event.type === 'PHONE.CHANGE' ? { phone: event.phone, country: event.country } : null;

/** `/`: sign in with a phone number and a texted code (src/behaviour.md#sms-sign-in). */
export function Component() {
  const navigate = useNavigate();
  const resumeFlowId = rememberedFlow('sms-sign-in');
  // The number's form runs before XState and the statechart (../lazy-flow.ts).
  const { screen, send, snapshot } = useLazyFlow<
    ReturnType<SmsSignInActor['getSnapshot']>,
    SmsSignInEvent,
    Typed,
    SmsSignInInput,
    SmsSignInScreen
  >({
    load: () => import('./flow').then((flow) => flow.startSmsSignIn),
    immediately: resumeFlowId !== null,
    typed: { phone: '', country: defaultCountry() },
    keystroke,
    submit: 'PHONE.SUBMIT',
    input: (typed) => ({
      resumeFlowId,
      resumeFlowSecret: rememberedFlowSecret('sms-sign-in'),
      defaultCountry: defaultCountry(),
      typed,
    }),
    select: smsSignInScreen,
    before: (typed, { busy, alert }): SmsSignInScreen => {
      const phone: PhoneData = { ...typed, problem: null, fieldError: null, alert, sending: busy };
      // resuming: the code screen is on its way, the number's form stays up, busy (as the statechart shows it)
      return resumeFlowId !== null
        ? { name: 'verifying', phone: { ...phone, sending: true } }
        : { name: 'phone', ...phone };
    },
  });
  const next = snapshot?.output?.to ?? null;
  useEffect(() => {
    if (next) navigate(PATHS[next], { replace: next === 'signed-in' });
  }, [next, navigate]);
  return <SmsSignInView screen={screen} send={send} verification={snapshot?.children.verification} />;
}
