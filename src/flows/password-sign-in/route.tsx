import { useActorRef, useSelector } from '@xstate/react';
import { useEffect, useMemo } from 'react';
import { useNavigate } from 'react-router';
import { t } from '../../content/i18n';
import { Progress } from '../../ui';
import { flowMemory } from '../flow-memory';
import { VerificationView } from '../verification/VerificationView';
import type { WaysOut } from '../verification/ways-out';
import { passwordSignInMachine } from './machine';
import { BlockedScreen, ChooseMethodScreen, CredentialsScreen } from './screens';

/** `/sign-in/password`: user name and password, then phone MFA (SPEC flow 2). */
export function Component() {
  const navigate = useNavigate();
  const actor = useActorRef(passwordSignInMachine, {
    input: { resumeFlowId: flowMemory.recall('password-sign-in') },
  });
  const screen = useSelector(actor, (s) =>
    s.status === 'done'
      ? 'done'
      : s.matches('choosingMethod')
        ? 'choosingMethod'
        : s.matches('verifying')
          ? 'verifying'
          : s.matches('blocked')
            ? 'blocked'
            : s.matches('resuming')
              ? 'resuming'
              : 'credentials',
  );
  const verification = useSelector(actor, (s) => s.children.verification);
  const methods = useSelector(actor, (s) => s.context.methods);
  const methodId = useSelector(actor, (s) => s.context.methodId);

  useEffect(() => {
    if (screen === 'done') navigate('/signed-in', { replace: true });
  }, [screen, navigate]);

  const ways = useMemo<WaysOut>(
    () => ({
      methods,
      currentMethodId: methodId,
      onSelectMethod: (id) => actor.send({ type: 'METHOD.SELECT', methodId: id }),
      anotherWay: { label: t('mfa.anotherWay'), onSelect: () => actor.send({ type: 'ANOTHER_WAY' }) },
      restart: { label: t('mfa.startAgain'), onSelect: () => actor.send({ type: 'RESTART' }) },
    }),
    [actor, methods, methodId],
  );

  switch (screen) {
    case 'choosingMethod':
      return <ChooseMethodScreen actor={actor} starting={false} />;
    case 'verifying':
      return verification ? (
        <VerificationView
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
    default:
      return <CredentialsScreen actor={actor} />;
  }
}
