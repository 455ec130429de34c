// What a masked number ("+1 ••• ••• ••10") still says: its calling code and its last digits.

/** "+1 ••• ••• ••10" → the calling code ("1") and the digits shown at the end ("10"). */
export function maskParts(masked: string): { callingCode: string; lastDigits: string } | null {
  const match = /^\+(\d{1,3})\D.*?(\d+)$/.exec(masked);
  return match ? { callingCode: match[1]!, lastDigits: match[2]! } : null;
}
