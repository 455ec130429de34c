// Strings of the shared UI pieces (src/ui): words that belong to a control, not to a flow.
export const ui = {
  'ui.optional': '(optional)',
  'ui.errorPrefix': 'Error:',
  'ui.password.show': 'Show password',
  'ui.loading': 'Loading…',
  'ui.duration.seconds': { one: '{count} second', other: '{count} seconds' },
  'ui.duration.minutes': { one: '{count} minute', other: '{count} minutes' },
  'ui.duration.hours': { one: '{count} hour', other: '{count} hours' },
} as const;
