import { useSelector } from '@xstate/react';
import { useMemo } from 'react';
import type { ActorRefFrom, SnapshotFrom } from 'xstate';
import { t } from '../../content/i18n';
import { Progress } from '../../ui';
import { LazyVerificationView, usePreloadVerification } from '../verification/LazyVerificationView';
import type { WaysOut } from '../verification/ways-out';
import type { passwordSignInMachine } from './machine';
import { BlockedScreen, ChooseMethodScreen, CredentialsScreen } from './screens';

type Actor = ActorRefFrom<typeof passwordSignInMachine>;

/** The one selector from the flow's state to its screen. */
export function screenOf(snapshot: SnapshotFrom<typeof passwordSignInMachine>) {
  if (snapshot.status === 'done') return 'done';
  for (const state of ['resuming', 'choosingMethod', 'verifying', 'blocked'] as const) {
    if (snapshot.matches(state)) return state;
  }
  return 'credentials';
}

/** Password sign-in and MFA, driven by the machine's state. */
export function PasswordSignInView({ actor }: { actor: Actor }) {
  const screen = useSelector(actor, screenOf);
  const verification = useSelector(actor, (s) => s.children.verification);
  const methods = useSelector(actor, (s) => s.context.methods);
  const methodId = useSelector(actor, (s) => s.context.methodId);
  usePreloadVerification();

  const ways = useMemo<WaysOut>(
    () => ({
      methods,
      currentMethodId: methodId,
      onSelectMethod: (id) => actor.send({ type: 'METHOD.SELECT', methodId: id }),
      anotherWay: { label: t('mfa.anotherWay'), onSelect: () => actor.send({ type: 'ANOTHER_WAY' }) },
      cancelCall: () => actor.send({ type: 'CALL.CANCEL' }),
      restart: { label: t('mfa.startAgain'), onSelect: () => actor.send({ type: 'RESTART' }) },
    }),
    [actor, methods, methodId],
  );

  switch (screen) {
    case 'choosingMethod':
      return <ChooseMethodScreen actor={actor} starting={false} />;
    case 'verifying':
      return verification ? (
        <LazyVerificationView
          actor={verification}
          ways={ways}
          starting={<ChooseMethodScreen actor={actor} starting />}
        />
      ) : null;
    case 'blocked':
      return <BlockedScreen actor={actor} />;
    case 'resuming':
    case 'done':
      return <Progress />;
    case 'credentials':
      return <CredentialsScreen actor={actor} />;
  }
}
