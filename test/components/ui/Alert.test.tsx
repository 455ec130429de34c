import { render, screen } from '@testing-library/react';
import { Alert, ErrorMessage } from '../../../src/ui/Alert';
import { Notice } from '../../../src/ui/Notice';
import { axe } from '../../support/axe';

describe('Alert, ErrorMessage and Notice', () => {
  it('announces errors at once, with "Error:" before the title for screen readers', async () => {
    const { container } = render(
      <ErrorMessage title="You've hit our limit on text verification codes">
        Try again in 12 minutes.
      </ErrorMessage>,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent("Error: You've hit our limit on text verification codes");
    expect(alert).toHaveTextContent('Try again in 12 minutes.');
    expect(
      screen.getByRole('heading', { name: "Error: You've hit our limit on text verification codes" }),
    ).toBeVisible();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('gives information politely (status), not as an alert', async () => {
    const { container } = render(
      <>
        <Alert tone="success">We sent a new code.</Alert>
        <Alert tone="warning" title="Didn't get it?">
          <p>Try again, or use another method.</p>
        </Alert>
        <Alert>Your phone number is private.</Alert>
      </>,
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getAllByRole('status')).toHaveLength(3);
    expect(screen.getByRole('heading', { name: "Didn't get it?" })).toBeVisible();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('Notice is part of the page: a note, not a live region', async () => {
    const { container } = render(
      <Notice title="Private">Your authentication phone is not published in the directory.</Notice>,
    );
    expect(screen.getByRole('note')).toHaveTextContent(
      'Your authentication phone is not published in the directory.',
    );
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();
  });
});
