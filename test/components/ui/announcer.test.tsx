import { act, fireEvent, render, screen } from '@testing-library/react';
import { AnnouncerProvider, LiveRegion, useAnnounce } from '../../../src/ui/announcer';
import { axe } from '../../support/axe';

function Resend() {
  const announce = useAnnounce();
  return (
    <button type="button" onClick={() => announce('We sent a new code.')}>
      Send a new code
    </button>
  );
}

describe('announcements', () => {
  it('reads a message politely, and reads it again when it repeats', async () => {
    vi.useFakeTimers();
    const { container } = render(
      <AnnouncerProvider>
        <Resend />
      </AnnouncerProvider>,
    );
    try {
      // fireEvent, not user-event: Testing Library's async wrapper waits on a real setTimeout.
      const region = screen.getByRole('status');
      expect(region).toBeEmptyDOMElement();

      fireEvent.click(screen.getByRole('button', { name: 'Send a new code' }));
      act(() => vi.advanceTimersByTime(150));
      expect(region).toHaveTextContent('We sent a new code.');

      // Emptied first: the same words become a change the screen reader reads again.
      fireEvent.click(screen.getByRole('button', { name: 'Send a new code' }));
      expect(region).toBeEmptyDOMElement();
      act(() => vi.advanceTimersByTime(150));
      expect(region).toHaveTextContent('We sent a new code.');
    } finally {
      vi.useRealTimers();
    }
    expect(await axe(container)).toHaveNoViolations();
  });

  it('says plainly when the provider is missing', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<Resend />)).toThrow(/AnnouncerProvider/);
  });

  it('LiveRegion is a polite status, hidden unless asked to show', () => {
    render(
      <>
        <LiveRegion>Calling…</LiveRegion>
        <LiveRegion visible>12 seconds</LiveRegion>
      </>,
    );
    const [hidden, shown] = screen.getAllByRole('status');
    expect(hidden).toHaveAttribute('aria-live', 'polite');
    expect(hidden).toHaveClass('visually-hidden');
    expect(shown).not.toHaveClass('visually-hidden');
  });
});
