import { type ReactNode, useId, useState } from 'react';
import { currentLocale, t } from '../../content/i18n';
import { rich } from '../../content/rich';
import { Button } from '../../ui/Button';
import type { HelpAction, HelpTopic, HelpTopics, SupportDetails } from './help';
import { Masked } from './Masked';
import type { Send } from './machine';

interface HelpTopicListProps {
  help: HelpTopics;
  maskedDestination: string;
  send: Send;
  /** What the resend action shows: the button, or how long until a new code can be asked for. */
  resend?: ReactNode;
}

/**
 * What else might help, one line per topic until opened: a disclosure button (aria-expanded) in a
 * heading each, so keyboards and screen readers reach every topic, and the screen stays calm.
 */
export function HelpTopicList({ help, maskedDestination, send, resend }: HelpTopicListProps) {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  if (help.topics.length === 0) return null;
  return (
    <ul className="help-topics" aria-label={t('verification.help.topics')}>
      {help.topics.map((topic) => (
        <Topic
          key={topic.id}
          topic={topic}
          open={open.has(topic.id)}
          onToggle={() => toggle(topic.id)}
          params={{ destination: <Masked value={maskedDestination} />, sender: help.sender ?? '' }}
          support={topic.id === 'provider' ? help.support : null}
          actions={topic.actions.map((action) => (
            <Action key={actionKey(action)} action={action} send={send} resend={resend} />
          ))}
        />
      ))}
    </ul>
  );
}

interface TopicProps {
  topic: HelpTopic;
  open: boolean;
  onToggle: () => void;
  params: Record<string, ReactNode>;
  support: SupportDetails | null;
  actions: ReactNode[];
}

function Topic({ topic, open, onToggle, params, support, actions }: TopicProps) {
  const bodyId = useId();
  return (
    <li className="help-topic">
      <h3 className="help-topic__heading">
        <button
          type="button"
          className="help-topic__toggle"
          aria-expanded={open}
          aria-controls={open ? bodyId : undefined}
          onClick={onToggle}
        >
          {t(topic.title)}
        </button>
      </h3>
      {/* Only an open topic is in the page: a closed one's countdown and buttons are not there twice. */}
      {open && (
        <div id={bodyId} className="help-topic__body">
          <p>{rich(topic.body, params)}</p>
          {support && <SupportList support={support} />}
          {actions.length > 0 && <div className="help-topic__actions">{actions}</div>}
        </div>
      )}
    </li>
  );
}

/** The reference and time a help desk needs to find what was sent, in the page's language. */
function SupportList({ support }: { support: SupportDetails }) {
  const time =
    support.at === null
      ? null
      : new Intl.DateTimeFormat(currentLocale(), {
          hour: 'numeric',
          minute: '2-digit',
          timeZoneName: 'short',
        }).format(support.at);
  return (
    <dl className="help-reference">
      <div>
        <dt>{t('verification.help.reference')}</dt>
        <dd>
          <code>{support.reference}</code>
        </dd>
      </div>
      {time && (
        <div>
          <dt>{t('verification.help.time')}</dt>
          <dd>
            <time dateTime={new Date(support.at ?? 0).toISOString()}>{time}</time>
          </dd>
        </div>
      )}
    </dl>
  );
}

const actionKey = (action: HelpAction) =>
  action.kind === 'method'
    ? `method-${action.method.id}`
    : action.kind === 'leave'
      ? action.way
      : action.kind;

function Action({ action, send, resend }: { action: HelpAction; send: Send; resend?: ReactNode }) {
  switch (action.kind) {
    case 'resend':
      return <>{resend}</>;
    case 'callAgain':
      return (
        <Button variant="secondary" onClick={() => send({ type: 'CALL.AGAIN' })}>
          {t('verification.call.again')}
        </Button>
      );
    case 'method':
      return (
        <Button
          variant="secondary"
          onClick={() => send({ type: 'LEAVE', leave: { way: 'method', methodId: action.method.id } })}
        >
          {t(action.label)}
        </Button>
      );
    case 'leave':
      return (
        <Button variant="secondary" onClick={() => send({ type: 'LEAVE', leave: { way: action.way } })}>
          {t(action.label)}
        </Button>
      );
  }
}
