/**
 * Screens are plain data, compared by value: an equal screen is no reason to render again (the
 * selectors build a new object on every snapshot).
 */
export const sameScreen = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
