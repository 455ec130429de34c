import { formatDuration, useSecondsLeft } from './countdown';

interface CallClockProps {
  startedAt: number | null;
  endsAt: number | null;
  /** The words for the time since the call was placed, and for the time left to answer. */
  elapsed: (wait: string) => string;
  left: (wait: string) => string;
}

/** Time since a call was placed and time left to answer it: a visible clock, ticking once a second. */
export function CallClock({ startedAt, endsAt, elapsed, left }: CallClockProps) {
  const secondsLeft = useSecondsLeft(endsAt);
  if (startedAt === null || endsAt === null) return null;
  const since = Math.max(0, Math.floor((Date.now() - startedAt) / 1000));
  const total = Math.max(1, Math.round((endsAt - startedAt) / 1000));
  return (
    <div className="call-clock">
      <progress max={total} value={Math.min(since, total)} aria-hidden="true" />
      <p>
        <span>{elapsed(formatDuration(since))}</span>
        {/* Past the call's deadline the app still waits a little for its outcome: no "0 seconds left". */}
        {secondsLeft > 0 && <span>{left(formatDuration(secondsLeft))}</span>}
      </p>
    </div>
  );
}
