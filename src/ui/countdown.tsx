import { useEffect, useRef, useState } from 'react';
import { currentLocale } from '../content/i18n';
import { LiveRegion } from './announcer';

/** Whole seconds from `now` to `deadline` (epoch ms), never negative; 0 without a deadline. */
export function secondsUntil(deadline: number | null, now: number): number {
  return deadline === null ? 0 : Math.max(0, Math.ceil((deadline - now) / 1000));
}

/** "12 minutes", "12 minutos", "12 دقيقة": the language's own words, plural forms and digits. */
const inUnit = (value: number, unit: 'second' | 'minute' | 'hour') =>
  value.toLocaleString(currentLocale(), { style: 'unit', unit, unitDisplay: 'long' });

/**
 * "45 seconds", "12 minutes", "2 hours": a wait named the way people say it (rounded up), in the
 * page's language. Intl.NumberFormat's units rather than Intl.DurationFormat, which Node 20 lacks:
 * the same words in the browser and in the tests.
 */
export function formatDuration(seconds: number): string {
  if (seconds < 60) return inUnit(seconds, 'second');
  if (seconds < 3600) return inUnit(Math.ceil(seconds / 60), 'minute');
  return inUnit(Math.ceil(seconds / 3600), 'hour');
}

/**
 * Seconds left until an absolute deadline, re-rendering once a second (on the second boundary) until 0.
 * Keep the deadline in the flow's state, not a ticking counter: only the component showing it re-renders.
 */
export function useSecondsLeft(deadline: number | null): number {
  const [, setTick] = useState(0);
  useEffect(() => {
    if (deadline === null) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const wake = () => {
      setTick((tick) => tick + 1);
      const remaining = deadline - Date.now();
      if (remaining > 0) timer = setTimeout(wake, remaining % 1000 || 1000);
    };
    const remaining = deadline - Date.now();
    if (remaining > 0) timer = setTimeout(wake, remaining % 1000 || 1000);
    return () => clearTimeout(timer);
  }, [deadline]);
  // Read the clock while rendering so a new deadline is right on its first render, not a tick later.
  return secondsUntil(deadline, Date.now());
}

interface CountdownProps {
  deadline: number | null;
  /**
   * The words for a number of seconds left (at least 1), e.g. (s) => t('code.resendIn', { wait:
   * formatDuration(s) }).
   */
  format: (secondsLeft: number) => string;
  /**
   * What shows once the wait is over ("You can try again now."), or nothing (null). Required, so no
   * countdown can say "in 0 seconds" in the moment before the flow's own timer moves it on.
   */
  ready: string | null;
  /** Screen readers hear the count at multiples of this many seconds and at 0, not every second. */
  announceEvery?: number;
}

/** A visible countdown that is announced now and then (see announceEvery) and when it reaches 0. */
export function Countdown({ deadline, format, ready, announceEvery = 10 }: CountdownProps) {
  const seconds = useSecondsLeft(deadline);
  const [spoken, setSpoken] = useState('');
  const previous = useRef(seconds);
  const text = seconds > 0 ? format(seconds) : (ready ?? '');
  useEffect(() => {
    // Only a count going down is news: the first value, or a new deadline, arrives with its own step text.
    const ticked = seconds < previous.current;
    previous.current = seconds;
    if (ticked && (seconds === 0 || seconds % announceEvery === 0)) setSpoken(text);
  }, [seconds, announceEvery, text]);
  return (
    <>
      {text && <span className="countdown">{text}</span>}
      <LiveRegion>{spoken}</LiveRegion>
    </>
  );
}
