import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode, useState } from 'react';
import { Button } from '../../../src/ui/Button';
import { HeadingFocusProvider } from '../../../src/ui/heading-focus';
import { LinkButton } from '../../../src/ui/LinkButton';
import { Actions, Page } from '../../../src/ui/Page';
import { PageTitleProvider, usePageTitle } from '../../../src/ui/page-title';
import { StepHeading } from '../../../src/ui/StepHeading';
import { TextField } from '../../../src/ui/TextField';
import { axe } from '../../support/axe';

function TwoSteps() {
  const [step, setStep] = useState<'phone' | 'code'>('phone');
  return step === 'phone' ? (
    <Page
      heading="Sign in"
      intro="Enter the phone number you use for work."
      secondary={[
        <LinkButton key="password">Sign in with a password</LinkButton>,
        <LinkButton key="help">Can't sign in?</LinkButton>,
      ]}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setStep('code');
        }}
      >
        <TextField label="Phone number" />
        <Actions>
          <Button type="submit">Next</Button>
        </Actions>
      </form>
    </Page>
  ) : (
    <Page heading="Enter the code" caption="+1 ••• ••• ••00">
      <LinkButton onClick={() => setStep('phone')}>Use a different number</LinkButton>
    </Page>
  );
}

function Wizard({ strict = false }: { strict?: boolean }) {
  const [step, setStep] = useState(1);
  const content = (
    <HeadingFocusProvider>
      <StepHeading focusKey={step} caption={`Step ${step} of 2`}>
        Get back into your account
      </StepHeading>
      <button type="button" onClick={() => setStep((s) => (s === 1 ? 2 : 1))}>
        Continue
      </button>
    </HeadingFocusProvider>
  );
  return strict ? <StrictMode>{content}</StrictMode> : content;
}

function Titled({ page }: { page: string }) {
  usePageTitle(page);
  return null;
}

describe('Page', () => {
  it('lays out one task: heading, intro, form with its primary action, secondary links in a list', async () => {
    const { container } = render(<TwoSteps />);
    expect(screen.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    expect(screen.getByText('Enter the phone number you use for work.')).toBeVisible();
    const links = screen.getByRole('list');
    expect(links).toHaveTextContent("Sign in with a passwordCan't sign in?");
    expect(document.title).toBe('Sign in – Self-service sign-in');
    expect(await axe(container)).toHaveNoViolations();
  });

  it('moves focus to the heading of each new step and names the step in the title', async () => {
    const user = userEvent.setup();
    render(
      <PageTitleProvider>
        <HeadingFocusProvider>
          <TwoSteps />
        </HeadingFocusProvider>
      </PageTitleProvider>,
    );
    // The first heading of a page load leaves focus where the browser put it.
    expect(document.body).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Next' }));
    const heading = screen.getByRole('heading', { level: 1, name: '+1 ••• ••• ••00, Enter the code' });
    expect(heading).toHaveFocus();
    await waitFor(() => expect(document.title).toBe('Enter the code – Self-service sign-in'));

    // Back to the first step: it is a new step now, so it takes focus.
    await user.click(screen.getByRole('button', { name: 'Use a different number' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Sign in' })).toHaveFocus();
    await waitFor(() => expect(document.title).toBe('Sign in – Self-service sign-in'));
  });
});

describe('StepHeading', () => {
  it('takes focus when its key changes, even though the element stays, and not on first load (StrictMode too)', async () => {
    const user = userEvent.setup();
    render(<Wizard strict />);
    const heading = screen.getByRole('heading', { name: 'Step 1 of 2, Get back into your account' });
    expect(heading).toHaveAttribute('tabindex', '-1');
    expect(heading).not.toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('heading', { name: 'Step 2 of 2, Get back into your account' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('heading', { name: 'Step 1 of 2, Get back into your account' })).toHaveFocus();
  });

  it('outside the app shell, every heading takes focus (a flow screen tested on its own)', () => {
    render(<StepHeading>Verify your identity</StepHeading>);
    expect(screen.getByRole('heading', { name: 'Verify your identity' })).toHaveFocus();
  });
});

describe('usePageTitle', () => {
  it('the innermost title wins and the route title comes back when it goes', async () => {
    const { rerender } = render(
      <PageTitleProvider fallback="Sign in">
        <Titled page="Enter the code" />
      </PageTitleProvider>,
    );
    await waitFor(() => expect(document.title).toBe('Enter the code – Self-service sign-in'));
    rerender(<PageTitleProvider fallback="Sign in">{null}</PageTitleProvider>);
    await waitFor(() => expect(document.title).toBe('Sign in – Self-service sign-in'));
    rerender(<PageTitleProvider>{null}</PageTitleProvider>);
    await waitFor(() => expect(document.title).toBe('Self-service sign-in'));
  });
});
