import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PasswordField } from '../../../src/ui/PasswordField';
import { axe } from '../../support/axe';

describe('PasswordField', () => {
  it('hides the password until the toggle is pressed, and keeps focus on the toggle', async () => {
    const user = userEvent.setup();
    const { container } = render(<PasswordField label="Password" />);
    const input = screen.getByLabelText('Password');
    const toggle = screen.getByRole('button', { name: 'Show password' });
    expect(input).toHaveAttribute('type', 'password');
    expect(input).toHaveAttribute('autocomplete', 'current-password');
    expect(toggle).toHaveAttribute('aria-pressed', 'false');

    await user.type(input, 'Passw0rd!demo');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(toggle).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'Password' })).toHaveValue('Passw0rd!demo');

    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(input).toHaveAttribute('type', 'password');
    expect(await axe(container)).toHaveNoViolations();
  });

  it('hides the password again when the form is submitted, so the browser stores it as a password', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn((event: SubmitEvent) => event.preventDefault());
    render(
      <form onSubmit={(event) => onSubmit(event.nativeEvent as SubmitEvent)}>
        <PasswordField label="New password" autoComplete="new-password" />
        <button type="submit">Reset password</button>
      </form>,
    );
    await user.click(screen.getByRole('button', { name: 'Show password' }));
    expect(screen.getByLabelText('New password')).toHaveAttribute('type', 'text');
    await user.click(screen.getByRole('button', { name: 'Reset password' }));
    expect(onSubmit).toHaveBeenCalledOnce();
    expect(screen.getByLabelText('New password')).toHaveAttribute('type', 'password');
    expect(screen.getByLabelText('New password')).toHaveAttribute('autocomplete', 'new-password');
  });

  it('shows errors like any field', async () => {
    const { container } = render(<PasswordField label="Password" error="Enter your password" />);
    const input = screen.getByLabelText('Password');
    expect(input).toBeInvalid();
    expect(input).toHaveAccessibleDescription('Error: Enter your password');
    expect(await axe(container)).toHaveNoViolations();
  });
});
