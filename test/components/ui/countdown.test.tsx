import { act, render, screen } from '@testing-library/react';
import { Countdown, formatDuration, secondsUntil } from '../../../src/ui/countdown';
import { axe } from '../../support/axe';

const T0 = Date.UTC(2026, 10, 27, 9, 0, 0);

describe('durations', () => {
  it('name a wait the way people say it, rounding up', () => {
    expect(formatDuration(1)).toBe('1 second');
    expect(formatDuration(45)).toBe('45 seconds');
    expect(formatDuration(60)).toBe('1 minute');
    expect(formatDuration(11 * 60 + 5)).toBe('12 minutes');
    expect(formatDuration(3600)).toBe('1 hour');
    expect(formatDuration(23 * 3600 + 1)).toBe('24 hours');
    expect(secondsUntil(T0 + 1_001, T0)).toBe(2);
    expect(secondsUntil(T0 - 5_000, T0)).toBe(0);
    expect(secondsUntil(null, T0)).toBe(0);
  });
});

describe('Countdown', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(T0);
  });
  afterEach(() => vi.useRealTimers());

  const format = (seconds: number) => `You can get a new code in ${formatDuration(seconds)}`;
  const ready = 'You can get a new code now';

  it('counts down on screen every second but speaks only now and then, and at the end', async () => {
    const { container } = render(
      <Countdown deadline={T0 + 30_000} format={format} ready={ready} announceEvery={10} />,
    );
    const region = screen.getByRole('status');
    expect(
      screen.getByText('You can get a new code in 30 seconds', { selector: '.countdown' }),
    ).toBeVisible();
    expect(region).toBeEmptyDOMElement();

    act(() => vi.advanceTimersByTime(1_000));
    expect(
      screen.getByText('You can get a new code in 29 seconds', { selector: '.countdown' }),
    ).toBeVisible();
    expect(region).toBeEmptyDOMElement();

    act(() => vi.advanceTimersByTime(9_000));
    expect(region).toHaveTextContent('You can get a new code in 20 seconds');
    act(() => vi.advanceTimersByTime(5_000));
    expect(region).toHaveTextContent('You can get a new code in 20 seconds');
    act(() => vi.advanceTimersByTime(5_000));
    expect(region).toHaveTextContent('You can get a new code in 10 seconds');

    act(() => vi.advanceTimersByTime(10_000));
    expect(screen.getByText('You can get a new code now', { selector: '.countdown' })).toBeVisible();
    expect(region).toHaveTextContent('You can get a new code now');
    expect(vi.getTimerCount()).toBe(0); // stops ticking at 0
    vi.useRealTimers();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('does not announce a new, longer deadline as news', () => {
    const { rerender } = render(
      <Countdown deadline={T0 + 2_000} format={format} ready={ready} announceEvery={10} />,
    );
    act(() => vi.advanceTimersByTime(2_000));
    expect(screen.getByRole('status')).toHaveTextContent('You can get a new code now');
    rerender(<Countdown deadline={T0 + 32_000} format={format} ready={ready} announceEvery={10} />);
    expect(
      screen.getByText('You can get a new code in 30 seconds', { selector: '.countdown' }),
    ).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent('You can get a new code now');
  });

  it('never words a wait of 0 seconds: the ready words, or nothing, take its place', () => {
    const asked: number[] = [];
    const counting = (seconds: number) => {
      asked.push(seconds);
      return format(seconds);
    };
    const { rerender } = render(<Countdown deadline={T0 + 1_000} format={counting} ready={ready} />);
    act(() => vi.advanceTimersByTime(1_000));
    expect(screen.getByText(ready, { selector: '.countdown' })).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent(ready);
    // a deadline already past, as a screen meets it in the moment before its flow moves on
    rerender(<Countdown deadline={T0 - 5_000} format={counting} ready={null} />);
    expect(document.querySelector('.countdown')).toBeNull();
    expect(asked.every((seconds) => seconds > 0)).toBe(true);
    expect(document.body).not.toHaveTextContent(/\b0 seconds/);
  });
});
