import type { ErrorInfo } from '../../api/errors';
import type { PhoneType } from '../../api/types';
import { errorText } from '../../content/errors';
import { t } from '../../content/i18n';
import { rich } from '../../content/rich';
import { Alert, ErrorTextMessage } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { Form } from '../../ui/Form';
import { Ltr } from '../../ui/Ltr';
import { Actions, Page } from '../../ui/Page';
import { Progress } from '../../ui/Spinner';
import { TextLink } from '../../ui/TextLink';
import { Masked } from '../verification/Masked';
import type { Notice, SecurityInfoEvent } from './machine';
import type { DefaultItem, MethodItem, SecurityInfoScreen } from './screen';

type Send = (event: SecurityInfoEvent) => void;
type Screen<N extends SecurityInfoScreen['name']> = Extract<SecurityInfoScreen, { name: N }>;

const METHODS_HEADING_ID = 'security-info-methods';

const typeName = (kind: MethodItem['kind']) => t(`securityInfo.type.${kind}`);

function noticeText(notice: Notice): string {
  switch (notice.kind) {
    case 'added':
      return notice.phoneType
        ? t('securityInfo.notice.added', { type: typeName(notice.phoneType) })
        : t('securityInfo.notice.addedPhone');
    case 'changed':
    case 'deleted':
      return t(`securityInfo.notice.${notice.kind}`, { type: typeName(notice.phoneType ?? 'mobile') });
    default:
      return t(`securityInfo.notice.${notice.kind}`);
  }
}

/** "+1 ••• ••• ••12, extension 1234": masked for the eye, read out as its last digits. */
export function Destination({ shown, extension }: { shown: string; extension: string | null }) {
  const masked = <Masked value={shown} />;
  if (!extension) return masked;
  return (
    <>{rich('securityInfo.withExtension', { destination: masked, extension: <Ltr>{extension}</Ltr> })}</>
  );
}

function DefaultMethodWords({ item }: { item: DefaultItem }) {
  const destination = item.shown ? <Destination shown={item.shown} extension={item.extension} /> : null;
  return <>{rich(`securityInfo.default.${item.method}`, { destination })}</>;
}

const typeIn = (type: PhoneType) => t(`securityInfo.typeIn.${type}`);

/** Which phone a button acts on, for screen readers: "Delete" is read "Delete your office phone". */
function For({
  id,
  type,
}: {
  id: 'securityInfo.changeNumber.for' | 'securityInfo.delete.for';
  type: PhoneType;
}) {
  return (
    <>
      {' '}
      <span className="visually-hidden">{t(id, { type: typeIn(type) })}</span>
    </>
  );
}

function MethodRow({ item, busy, send }: { item: MethodItem; busy: boolean; send: Send }) {
  const { phoneId, kind } = item;
  const phoneType = kind === 'email' || kind === 'authenticator-app' ? null : kind;
  return (
    <li className="method-item">
      <div className="method-item__summary">
        <h3 className="method-item__type">
          {typeName(item.kind)}
          {item.isDefault && <span className="badge">{t('securityInfo.isDefault')}</span>}
        </h3>
        <p className="method-item__detail">
          {item.kind === 'authenticator-app' ? (
            item.shown
          ) : item.kind === 'email' ? (
            <Ltr>{item.shown}</Ltr>
          ) : (
            <Destination shown={item.shown} extension={item.extension} />
          )}
        </p>
        {item.sms && (
          <p className="method-item__sms">
            <strong>{t('securityInfo.sms.label')}:</strong> {t(`securityInfo.sms.${item.sms.state}`)}
          </p>
        )}
      </div>
      {phoneId && phoneType && (
        <div className="method-item__actions">
          {item.sms?.action && (
            <Button
              variant="secondary"
              busy={busy}
              onClick={() =>
                send({
                  type: item.sms?.action === 'enable' ? 'SMS.ENABLE' : 'SMS.DISABLE',
                  methodId: phoneId,
                })
              }
            >
              {t(item.sms.action === 'enable' ? 'securityInfo.sms.enable' : 'securityInfo.sms.disable')}
            </Button>
          )}
          <Button variant="secondary" onClick={() => send({ type: 'CHANGE', methodId: phoneId })}>
            {t('securityInfo.changeNumber')}
            <For id="securityInfo.changeNumber.for" type={phoneType} />
          </Button>
          <Button variant="secondary" onClick={() => send({ type: 'DELETE', methodId: phoneId })}>
            {t('securityInfo.delete')}
            <For id="securityInfo.delete.for" type={phoneType} />
          </Button>
        </div>
      )}
    </li>
  );
}

const methodsHeading = () => document.getElementById(METHODS_HEADING_ID);

function DeleteDialog({ item, busy, send }: { item: MethodItem; busy: boolean; send: Send }) {
  return (
    <Dialog
      heading={t('securityInfo.delete.heading', { type: typeIn(item.kind as PhoneType) })}
      onCancel={() => send({ type: 'CANCEL' })}
      busy={busy}
      fallbackFocus={methodsHeading}
    >
      <p>
        {rich('securityInfo.delete.body', {
          destination: <Destination shown={item.shown} extension={item.extension} />,
        })}
      </p>
      <Actions>
        <Button busy={busy} onClick={() => send({ type: 'DELETE.CONFIRM' })}>
          {busy ? t('securityInfo.delete.deleting') : t('securityInfo.delete.confirm')}
        </Button>
        <Button
          variant="secondary"
          onClick={() => send({ type: 'CANCEL' })}
          aria-disabled={busy || undefined}
        >
          {t('securityInfo.cancel')}
        </Button>
      </Actions>
    </Dialog>
  );
}

function DefaultDialog({
  dialog,
  send,
}: {
  dialog: Extract<NonNullable<Screen<'overview'>['dialog']>, { kind: 'default' }>;
  send: Send;
}) {
  const alert = dialog.error ? errorText(dialog.error) : null;
  return (
    <Dialog
      heading={t('securityInfo.defaultDialog.heading')}
      onCancel={() => send({ type: 'CANCEL' })}
      busy={dialog.busy}
    >
      <p>{t('securityInfo.defaultDialog.intro')}</p>
      {alert && <ErrorTextMessage text={alert} />}
      <Form onSubmit={() => send({ type: 'DEFAULT.SAVE' })}>
        <fieldset className="radios">
          <legend className="visually-hidden">{t('securityInfo.defaultDialog.legend')}</legend>
          {dialog.options.map((option) => (
            <label key={option.method} className="radio">
              <input
                type="radio"
                name="default-method"
                value={option.method}
                checked={dialog.chosen === option.method}
                onChange={() => send({ type: 'DEFAULT.SELECT', method: option.method })}
              />
              <span>
                <DefaultMethodWords item={option} />
              </span>
            </label>
          ))}
        </fieldset>
        <Actions>
          <Button type="submit" busy={dialog.busy}>
            {dialog.busy ? t('securityInfo.saving') : t('securityInfo.defaultDialog.save')}
          </Button>
          <Button
            variant="secondary"
            onClick={() => send({ type: 'CANCEL' })}
            aria-disabled={dialog.busy || undefined}
          >
            {t('securityInfo.cancel')}
          </Button>
        </Actions>
      </Form>
    </Dialog>
  );
}

/** Every method, the default, SMS sign-in; changes start here and come back here, announced. */
export function OverviewScreen({ screen, send }: { screen: Screen<'overview'>; send: Send }) {
  const alert = screen.alert ? errorText(screen.alert) : null;
  const { dialog } = screen;
  return (
    <Page
      heading={t('securityInfo.heading')}
      intro={t('securityInfo.intro')}
      secondary={[
        <TextLink key="back" to="/signed-in">
          {t('securityInfo.back')}
        </TextLink>,
      ]}
    >
      {screen.notice && <Alert tone="success">{noticeText(screen.notice)}</Alert>}
      {alert && <ErrorTextMessage text={alert} />}
      <section className="security-default" aria-labelledby="security-info-default">
        <h2 id="security-info-default" className="section-heading">
          {t('securityInfo.default.heading')}
        </h2>
        <p>
          {screen.defaultMethod ? (
            <DefaultMethodWords item={screen.defaultMethod} />
          ) : (
            t('securityInfo.default.none')
          )}
        </p>
        {screen.canChangeDefault && (
          <Button variant="secondary" onClick={() => send({ type: 'DEFAULT.CHANGE' })}>
            <span aria-hidden="true">{t('securityInfo.default.change')}</span>
            <span className="visually-hidden">{t('securityInfo.default.changeLabel')}</span>
          </Button>
        )}
      </section>
      <section aria-labelledby={METHODS_HEADING_ID}>
        <h2 id={METHODS_HEADING_ID} className="section-heading" tabIndex={-1}>
          {t('securityInfo.methods.heading')}
        </h2>
        {screen.items.length === 0 ? (
          <p>{t('securityInfo.methods.none')}</p>
        ) : (
          <ul className="method-items" aria-labelledby={METHODS_HEADING_ID}>
            {screen.items.map((item) => (
              <MethodRow key={item.phoneId ?? item.kind} item={item} busy={screen.busy} send={send} />
            ))}
          </ul>
        )}
        <Actions>
          <Button onClick={() => send({ type: 'ADD' })}>{t('securityInfo.add')}</Button>
        </Actions>
      </section>
      {dialog?.kind === 'delete' && <DeleteDialog item={dialog.item} busy={dialog.busy} send={send} />}
      {dialog?.kind === 'default' && <DefaultDialog dialog={dialog} send={send} />}
    </Page>
  );
}

/** The list could not be read: why, and try again. */
export function LoadFailedScreen({ error, send }: { error: ErrorInfo | null; send: Send }) {
  const text = error ? errorText(error) : null;
  return (
    <Page
      heading={t('securityInfo.loadFailed.heading')}
      secondary={[
        <TextLink key="back" to="/signed-in">
          {t('securityInfo.back')}
        </TextLink>,
      ]}
    >
      {text && <ErrorTextMessage text={text} />}
      <Actions>
        <Button onClick={() => send({ type: 'RETRY' })}>{t('securityInfo.tryAgain')}</Button>
      </Actions>
    </Page>
  );
}

export function WorkingScreen() {
  return <Progress>{t('securityInfo.loading')}</Progress>;
}
