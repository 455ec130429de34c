import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { TextField } from '../../../src/ui/TextField';
import { axe } from '../../support/axe';

describe('TextField', () => {
  it('is labelled by its visible label and described by its hint, with no placeholder', async () => {
    const { container } = render(
      <TextField label="User name" hint="For example, megan@contoso.example" autoComplete="username" />,
    );
    const input = screen.getByRole('textbox', { name: 'User name' });
    expect(input).toHaveAccessibleDescription('For example, megan@contoso.example');
    expect(input).not.toHaveAttribute('placeholder');
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(input).toHaveAttribute('autocomplete', 'username');
    await userEvent.type(input, 'megan');
    expect(input).toHaveValue('megan');
    expect(await axe(container)).toHaveNoViolations();
  });

  it('shows an error at the field: invalid, described by hint and error, "Error:" for screen readers', async () => {
    const { container } = render(
      <TextField
        label="Phone number"
        hint="Include the area code"
        error="Enter a phone number, like 425 555 0100"
      />,
    );
    const input = screen.getByRole('textbox', { name: 'Phone number' });
    expect(input).toBeInvalid();
    expect(input).toHaveAccessibleDescription(
      'Include the area code Error: Enter a phone number, like 425 555 0100',
    );
    expect(screen.getByText('Enter a phone number, like 425 555 0100')).toBeVisible();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('marks optional fields, keeps a caller’s own description and passes the ref to the input', () => {
    const ref = createRef<HTMLInputElement>();
    render(
      <>
        <p id="extra">We never share it.</p>
        <TextField
          label="Extension"
          optional
          width="short"
          inputMode="numeric"
          aria-describedby="extra"
          ref={ref}
        />
      </>,
    );
    const input = screen.getByRole('textbox', { name: 'Extension (optional)' });
    expect(input).toHaveAccessibleDescription('We never share it.');
    expect(input).toHaveAttribute('inputmode', 'numeric');
    expect(ref.current).toBe(input);
  });
});
