import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { Button } from '../../../src/ui/Button';
import { ButtonLink } from '../../../src/ui/ButtonLink';
import { LinkButton } from '../../../src/ui/LinkButton';
import { TextLink } from '../../../src/ui/TextLink';
import { axe } from '../../support/axe';

function SendForm({ onSubmit }: { onSubmit: () => void }) {
  const [busy, setBusy] = useState(false);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
        setBusy(true);
      }}
    >
      <label htmlFor="phone">Phone number</label>
      <input id="phone" />
      <Button type="submit" busy={busy}>
        Send code
      </Button>
    </form>
  );
}

describe('Button', () => {
  it('is a button named by its label, type "button" unless told otherwise', async () => {
    const onClick = vi.fn();
    render(<Button onClick={onClick}>Next</Button>);
    const button = screen.getByRole('button', { name: 'Next' });
    expect(button).toHaveAttribute('type', 'button');
    expect(button).not.toHaveAttribute('aria-busy');
    await userEvent.click(button);
    expect(onClick).toHaveBeenCalledOnce();
  });

  it('while busy keeps its name and focus, says it is busy, and ignores clicks and Enter', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    const { container } = render(<SendForm onSubmit={onSubmit} />);
    const button = screen.getByRole('button', { name: 'Send code' });

    await user.click(button);
    expect(onSubmit).toHaveBeenCalledOnce();
    expect(button).toHaveFocus();
    expect(button).toHaveAttribute('aria-busy', 'true');
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toBeEnabled(); // not `disabled`: focus would fall to the page
    expect(screen.getByRole('button', { name: 'Send code' })).toBe(button);

    await user.click(button);
    await user.type(screen.getByLabelText('Phone number'), '{Enter}');
    expect(onSubmit).toHaveBeenCalledOnce();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('has a secondary variant', () => {
    render(<Button variant="secondary">Cancel</Button>);
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveClass('button--secondary');
  });
});

describe('LinkButton, TextLink and ButtonLink', () => {
  it('keep the roles their behaviour needs, whatever they look like', async () => {
    const onClick = vi.fn();
    const router = createMemoryRouter([
      {
        path: '/',
        element: (
          <>
            <LinkButton onClick={onClick}>Use a different number</LinkButton>
            <TextLink to="/sign-in/password">Sign in with a password</TextLink>
            <ButtonLink to="/">Back to sign in</ButtonLink>
          </>
        ),
      },
    ]);
    const { container } = render(<RouterProvider router={router} />);
    await userEvent.click(screen.getByRole('button', { name: 'Use a different number' }));
    expect(onClick).toHaveBeenCalledOnce();
    expect(screen.getByRole('link', { name: 'Sign in with a password' })).toHaveAttribute(
      'href',
      '/sign-in/password',
    );
    expect(screen.getByRole('link', { name: 'Back to sign in' })).toHaveClass('button', 'button--primary');
    expect(await axe(container)).toHaveNoViolations();
  });
});
