// Phone number entry, wherever a person types a number.
export const phone = {
  'phone.country.label': 'Country or region',
  'phone.country.none': 'Choose a country or region',
  'phone.number.label': 'Phone number',
  'phone.number.hint': 'Spaces, dashes and brackets are fine.',
  'phone.problem.required': 'Enter your phone number.',
  'phone.problem.country':
    'Choose your country or region, or type the number starting with + and its country code.',
  'phone.problem.tooShort': 'This number is too short. Check that you typed all of it.',
  'phone.problem.tooLong': 'This number is too long. Check it and try again.',
  'phone.problem.invalid':
    'This isn’t a valid phone number for the country chosen. Check the number and the country.',
} as const;
