import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { VerificationMethod } from '../../../src/api/types';
import { MethodList } from '../../../src/flows/verification/MethodList';
import { listMethods } from '../../../src/flows/verification/methods';
import { smsMethod, voiceMethod } from '../../support/flows';

const limited = (retryAfterSeconds?: number): VerificationMethod => ({
  ...voiceMethod,
  available: false,
  unavailableReason: 'call-limit',
  ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
});

describe('the list of methods', () => {
  it('counts a limit down to when it lifts', () => {
    render(
      <MethodList
        methods={listMethods([smsMethod, limited(90)], Date.now())}
        busy={false}
        onSelect={() => {}}
      />,
    );
    expect(screen.getByText(/Not available for 2 minutes/)).toBeVisible();
  });

  it('says a limit holds for now, without a made-up wait, when the backend named none', () => {
    render(
      <MethodList
        methods={listMethods([smsMethod, limited()], Date.now())}
        busy={false}
        onSelect={() => {}}
      />,
    );
    expect(
      screen.getByText(/Not available right now: you’ve hit our limit on verification calls/),
    ).toBeVisible();
    expect(screen.queryByText(/0 seconds/)).toBeNull();
  });

  it('ignores presses while the chosen method starts, yet stays readable', async () => {
    const onSelect = vi.fn();
    render(<MethodList methods={listMethods([smsMethod], Date.now())} busy onSelect={onSelect} />);
    const button = screen.getByRole('button', { name: /^Text/ });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(button);
    expect(onSelect).not.toHaveBeenCalled();
  });
});
