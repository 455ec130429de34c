import { useSelector } from '@xstate/react';
import type { ActorRefFrom } from 'xstate';
import { errorText } from '../../content/errors';
import { t } from '../../content/i18n';
import type { Country } from '../../phone/countries';
import { PhoneNumberField } from '../../phone/PhoneNumberField';
import { Actions, Button, ErrorMessage, Page, TextLink } from '../../ui';
import type { smsSignInMachine } from './machine';

/** Step 1: the phone number. Stays on screen, busy, while the first code is being sent. */
export function PhoneScreen({
  actor,
  sending,
}: {
  actor: ActorRefFrom<typeof smsSignInMachine>;
  sending: boolean;
}) {
  const phone = useSelector(actor, (s) => s.context.phone);
  const country = useSelector(actor, (s) => s.context.country);
  const problem = useSelector(actor, (s) => s.context.phoneProblem);
  const backendError = useSelector(actor, (s) => s.context.backendError);
  // A refusal of the number itself reads as a field message; anything else as an alert.
  const numberRefused =
    backendError?.code === 'invalid-phone-number' || backendError?.code === 'validation-failed';
  const backendText = backendError ? errorText(backendError) : null;
  return (
    <Page
      heading={t('smsSignIn.heading')}
      intro={t('smsSignIn.intro')}
      secondary={[
        <TextLink key="password" to="/sign-in/password">
          {t('smsSignIn.withPassword')}
        </TextLink>,
      ]}
    >
      {backendText && !numberRefused && (
        <ErrorMessage title={backendText.title}>{backendText.detail}</ErrorMessage>
      )}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          actor.send({ type: 'PHONE.SUBMIT' });
        }}
      >
        <PhoneNumberField
          value={phone}
          country={country as Country | undefined}
          onChange={(value, nextCountry) =>
            actor.send({ type: 'PHONE.CHANGE', phone: value, country: nextCountry })
          }
          problem={problem}
          backendMessage={numberRefused && backendText ? backendText.title : null}
          disabled={sending}
        />
        <Actions>
          <Button type="submit" busy={sending}>
            {sending ? t('smsSignIn.sending') : t('smsSignIn.submit')}
          </Button>
        </Actions>
      </form>
    </Page>
  );
}
