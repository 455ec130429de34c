// The one table from stable error codes to what the person reads: a title and a next step.
import { createElement, type ReactNode } from 'react';
import type { AppErrorCode, ErrorInfo } from '../api/errors';
import { formatDuration } from '../ui/countdown';
import { Ltr } from '../ui/Ltr';
import { type MessageId, t } from './i18n';
import { rich } from './rich';

export interface ErrorText {
  title: string;
  detail: string;
  /** "Reference for your administrator: …", the reference left to right in any language. */
  reference: ReactNode;
}

// Typed without casts: a code with no message in the catalog fails to compile.
const titleId = (code: AppErrorCode): MessageId => `error.${code}.title`;
const detailId = (code: AppErrorCode): MessageId => `error.${code}.detail`;

/** What was asked for when the failure came: a call's next step is another call, not a new code. */
export type Attempt = 'code' | 'call';

/** Next steps that read differently for a call. */
const CALL_DETAIL: Partial<Record<AppErrorCode, MessageId>> = {
  'resend-cooldown': 'error.resend-cooldown.call.detail',
};

/**
 * The message for a failure. `secondsLeft` is the live countdown for throttles (the view ticks it);
 * without it the wait the backend gave is used. `attempt` words the next step for what was asked.
 */
export function errorText(error: ErrorInfo, secondsLeft?: number, attempt: Attempt = 'code'): ErrorText {
  const seconds = secondsLeft ?? error.retryAfterSeconds;
  const wait = formatDuration(seconds ?? 0);
  // A busy service that named no wait (no Retry-After) gets a general one.
  const detail =
    error.code === 'service-unavailable' && seconds == null
      ? 'error.service-unavailable.later'
      : ((attempt === 'call' ? CALL_DETAIL[error.code] : undefined) ?? detailId(error.code));
  return {
    title: t(titleId(error.code)),
    detail: t(detail, { wait, count: error.attemptsLeft ?? 0 }),
    reference: error.reference
      ? rich('error.reference', { reference: createElement(Ltr, null, error.reference) })
      : null,
  };
}
