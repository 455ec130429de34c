// Strings of the shared UI pieces (src/ui): words that belong to a control, not to a flow.
export const ui = {
  'ui.optional': '(optional)',
  'ui.errorPrefix': 'Error:',
  'ui.password.show': 'Show password',
  'ui.loading': 'Loading…',
} as const;
