import { errorText } from '../../content/errors';
import { t } from '../../content/i18n';
import { rich } from '../../content/rich';
import { ErrorTextMessage } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Form } from '../../ui/Form';
import { Ltr } from '../../ui/Ltr';
import { Actions, Page } from '../../ui/Page';
import { TextField } from '../../ui/TextField';
import { Masked } from './Masked';
import type { Send } from './machine';
import type { VerificationScreen } from './screen';
import { waysOutLinks } from './WaysOutLinks';

type ConfirmScreen = Extract<VerificationScreen, { name: 'confirmNumber' }>;

/** "Enter your complete number": nothing is sent to the phone until it matches the masked one. */
export function ConfirmNumberScreen({ screen, send }: { screen: ConfirmScreen; send: Send }) {
  const alert = screen.alert ? errorText(screen.alert) : null;
  const fieldError =
    screen.fieldError === 'mismatch'
      ? t('verification.confirm.problem.mismatch')
      : screen.fieldError && t(`verification.confirm.problem.${screen.fieldError}`);
  return (
    <Page
      heading={t('verification.confirm.heading')}
      caption={screen.step && t('verification.step', screen.step)}
      intro={
        <p>
          {rich('verification.confirm.intro', { destination: <Masked value={screen.maskedDestination} /> })}
        </p>
      }
      secondary={waysOutLinks(screen.ways, send)}
    >
      {alert && <ErrorTextMessage text={alert} />}
      <Form onSubmit={() => send({ type: 'NUMBER.SUBMIT' })}>
        <TextField
          label={t('verification.confirm.label')}
          hint={
            screen.callingCode
              ? rich('verification.confirm.hint', { callingCode: <Ltr>{`+${screen.callingCode}`}</Ltr> })
              : undefined
          }
          name="phone"
          type="tel"
          autoComplete="tel"
          inputMode="tel"
          dir="ltr"
          value={screen.value}
          readOnly={screen.busy}
          onChange={(event) => send({ type: 'NUMBER.CHANGE', number: event.target.value })}
          error={fieldError || null}
        />
        <Actions>
          <Button type="submit" busy={screen.busy}>
            {screen.busy ? t('verification.confirm.checking') : t('verification.confirm.submit')}
          </Button>
        </Actions>
      </Form>
    </Page>
  );
}
