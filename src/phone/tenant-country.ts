// The tenant's default country as the build sets it, without the phone library: flows whose first
// screen has no phone field (security info) read it here, so that library still loads with the field.

/** VITE_DEFAULT_COUNTRY as an ISO 3166 alpha-2 code, United States when unset or not a code. */
export function configuredCountry(): string {
  const configured = import.meta.env.VITE_DEFAULT_COUNTRY?.toUpperCase() ?? '';
  return /^[A-Z]{2}$/.test(configured) ? configured : 'US';
}
