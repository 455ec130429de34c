import { SignInPageText } from '../../branding/SignInPageText';
import { errorText } from '../../content/errors';
import { t } from '../../content/i18n';
import type { Country } from '../../phone/countries';
import { PhoneNumberField } from '../../phone/PhoneNumberField';
import { ErrorTextMessage } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Form } from '../../ui/Form';
import { Actions, Page } from '../../ui/Page';
import { TextLink } from '../../ui/TextLink';
import type { SmsSignInEvent } from './machine';
import type { PhoneData } from './screen';

/** Step 1: the phone number. Stays on screen, busy, while the first code is being sent. */
export function PhoneScreen({ screen, send }: { screen: PhoneData; send: (event: SmsSignInEvent) => void }) {
  const alert = screen.alert ? errorText(screen.alert) : null;
  return (
    <Page
      heading={t('smsSignIn.heading')}
      intro={t('smsSignIn.intro')}
      footnote={<SignInPageText />}
      secondary={[
        <TextLink key="password" to="/sign-in/password">
          {t('smsSignIn.withPassword')}
        </TextLink>,
      ]}
    >
      {alert && <ErrorTextMessage text={alert} />}
      <Form onSubmit={() => send({ type: 'PHONE.SUBMIT' })}>
        <PhoneNumberField
          value={screen.phone}
          country={screen.country as Country | undefined}
          onChange={(phone, country) => send({ type: 'PHONE.CHANGE', phone, country })}
          problem={screen.problem}
          backendMessage={screen.fieldError ? errorText(screen.fieldError).title : null}
          disabled={screen.sending}
        />
        <Actions>
          <Button type="submit" busy={screen.sending}>
            {screen.sending ? t('smsSignIn.sending') : t('smsSignIn.submit')}
          </Button>
        </Actions>
      </Form>
    </Page>
  );
}
