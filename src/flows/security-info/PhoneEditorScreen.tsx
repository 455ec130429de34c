// The add/change phone form. It carries the phone-number input and its numbering plans, so it loads
// only when someone adds or changes a phone (security-info/View.tsx).
import { useEffect, useId } from 'react';
import { phone as phoneWords } from '../../content/en/phone';
import { errorText } from '../../content/errors';
import { addMessages, t } from '../../content/i18n';
import { rich } from '../../content/rich';
import type { Country } from '../../phone/countries';
import { toAsciiDigits } from '../../phone/digits';
import { toDirectoryNumber } from '../../phone/directory';
import { PhoneNumberField } from '../../phone/PhoneNumberField';
import { phoneProblem } from '../../phone/validate';
import { ErrorTextMessage } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Form } from '../../ui/Form';
import { LinkButton } from '../../ui/LinkButton';
import { Actions, Page } from '../../ui/Page';
import { TextField } from '../../ui/TextField';
import type { SecurityInfoEvent } from './machine';
import type { EditorData } from './screen';
import { Destination } from './screens';

// The phone field's words load with it.
addMessages({ phone: phoneWords });

type Send = (event: SecurityInfoEvent) => void;

/** The number as typed, with what the field knows about it: directory format, what is wrong. */
const numberEvent = (phone: string, country: string | undefined): SecurityInfoEvent => ({
  type: 'DRAFT.NUMBER',
  phone,
  country,
  directory: phone ? toDirectoryNumber(phone) : null,
  problem: phoneProblem(phone),
});

export function PhoneEditorScreen({ screen, send }: { screen: EditorData; send: Send }) {
  const typeHintId = useId();
  const extensionId = useId();
  const alert = screen.alert ? errorText(screen.alert) : null;

  // An extension the backend refused: back in that field, where its message is read out.
  const extensionRefused = screen.extensionError !== null && !screen.extensionProblem;
  useEffect(() => {
    if (extensionRefused) document.getElementById(extensionId)?.focus();
  }, [extensionRefused, extensionId]);

  const heading =
    screen.mode === 'add' || !screen.phoneType
      ? t('securityInfo.editor.addHeading')
      : t(`securityInfo.editor.changeHeading.${screen.phoneType}`);
  const calls = screen.verifyBy.includes('voice');
  const texts = screen.verifyBy.includes('sms');
  return (
    <Page
      heading={heading}
      intro={t('securityInfo.editor.intro')}
      secondary={[
        <LinkButton key="cancel" onClick={() => send({ type: 'CANCEL' })}>
          {t('securityInfo.cancel')}
        </LinkButton>,
      ]}
    >
      {alert && <ErrorTextMessage text={alert} />}
      {screen.current && (
        <p>
          {rich('securityInfo.editor.current', {
            destination: <Destination shown={screen.current.shown} extension={screen.current.extension} />,
          })}
        </p>
      )}
      <Form
        onSubmit={() =>
          // Enter in a field: the first way offered (a text for a mobile, else a call).
          send({ type: 'DRAFT.SUBMIT', verifyBy: texts ? 'sms' : 'voice' })
        }
      >
        {screen.mode === 'add' && (
          <fieldset
            className="radios"
            aria-invalid={screen.typeProblem || undefined}
            aria-describedby={screen.typeProblem ? typeHintId : undefined}
          >
            <legend className="field-label">{t('securityInfo.editor.typeLegend')}</legend>
            {screen.typeProblem && (
              <p id={typeHintId} className="field-error">
                <span className="visually-hidden">{t('ui.errorPrefix')} </span>
                {t('securityInfo.editor.problem.type-required')}
              </p>
            )}
            {screen.typeOptions.map((option) => {
              const reasonId = `${typeHintId}-${option.phoneType}`;
              return (
                <div key={option.phoneType} className="radio-option">
                  <label className="radio">
                    <input
                      type="radio"
                      name="phone-type"
                      value={option.phoneType}
                      checked={screen.phoneType === option.phoneType}
                      disabled={option.refusal !== null || screen.busy}
                      aria-describedby={option.refusal ? reasonId : undefined}
                      onChange={() => send({ type: 'DRAFT.TYPE', phoneType: option.phoneType })}
                    />
                    <span>{t(`securityInfo.type.${option.phoneType}`)}</span>
                  </label>
                  {option.refusal && (
                    <p id={reasonId} className="radio-hint">
                      {t(`securityInfo.editor.refusal.${option.refusal}`)}
                    </p>
                  )}
                </div>
              );
            })}
          </fieldset>
        )}
        <PhoneNumberField
          value={screen.phone}
          country={screen.country as Country | undefined}
          onChange={(phone, country) => send(numberEvent(phone, country))}
          problem={screen.phoneProblem}
          backendMessage={screen.numberError ? errorText(screen.numberError).title : null}
          disabled={screen.busy}
        />
        {screen.phoneType === 'office' && (
          <TextField
            id={extensionId}
            label={t('securityInfo.editor.extension.label')}
            hint={t('securityInfo.editor.extension.hint')}
            name="extension"
            width="short"
            dir="ltr"
            inputMode="numeric"
            autoComplete="off"
            value={screen.extension}
            readOnly={screen.busy}
            // Digits typed in any script (Arabic-Indic…) are an extension's 0-9, as in the phone field.
            onChange={(event) =>
              send({ type: 'DRAFT.EXTENSION', extension: toAsciiDigits(event.target.value.trim()) })
            }
            error={
              screen.extensionProblem
                ? t('securityInfo.editor.problem.extension')
                : screen.extensionError
                  ? errorText(screen.extensionError).title
                  : null
            }
          />
        )}
        {screen.phoneType && !texts && <p className="hint">{t('securityInfo.editor.callOnly')}</p>}
        <Actions>
          {texts && (
            <Button type="submit" busy={screen.busy}>
              {t('securityInfo.editor.sms')}
            </Button>
          )}
          {calls && (
            <Button
              type={texts ? 'button' : 'submit'}
              variant={texts ? 'secondary' : 'primary'}
              busy={screen.busy}
              onClick={texts ? () => send({ type: 'DRAFT.SUBMIT', verifyBy: 'voice' }) : undefined}
            >
              {t('securityInfo.editor.voice')}
            </Button>
          )}
        </Actions>
      </Form>
    </Page>
  );
}
