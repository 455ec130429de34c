import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ChoiceList } from '../../../src/ui/ChoiceList';
import { Progress, Spinner } from '../../../src/ui/Spinner';
import { axe } from '../../support/axe';

describe('Progress and Spinner', () => {
  it('say in words what is happening; the spinner itself is hidden from screen readers', async () => {
    const { container } = render(
      <>
        <Progress>Sending your code…</Progress>
        <Progress />
        <Spinner />
      </>,
    );
    const [sending, loading] = screen.getAllByRole('status');
    expect(sending).toHaveTextContent('Sending your code…');
    expect(loading).toHaveTextContent('Loading…');
    for (const spinner of container.querySelectorAll('.spinner'))
      expect(spinner).toHaveAttribute('aria-hidden', 'true');
    expect(await axe(container)).toHaveNoViolations();
  });
});

describe('ChoiceList', () => {
  it('offers each option as a button named by its label and described by its details', async () => {
    const onText = vi.fn();
    const onCall = vi.fn();
    const { container } = render(
      <ChoiceList
        label="Ways to verify"
        choices={[
          {
            id: 'text',
            label: 'Text +1 ••• ••• ••10',
            description: 'We’ll send a 6-digit code',
            onSelect: onText,
          },
          { id: 'call', label: 'Call +1 ••• ••• ••10', onSelect: onCall },
        ]}
      />,
    );
    expect(screen.getByRole('list', { name: 'Ways to verify' })).toBeVisible();
    const text = screen.getByRole('button', { name: 'Text +1 ••• ••• ••10' });
    expect(text).toHaveAccessibleDescription('We’ll send a 6-digit code');
    await userEvent.click(screen.getByRole('button', { name: 'Call +1 ••• ••• ••10' }));
    expect(onCall).toHaveBeenCalledOnce();
    expect(onText).not.toHaveBeenCalled();
    expect(await axe(container)).toHaveNoViolations();
  });
});
