// العربية: the areas on every page (as en/index.ts), downloaded before the first render when the
// page is in Arabic; each flow's own area downloads with its screens.
import { app } from './app';
import { errors } from './errors';
import { ui } from './ui';
import { verification } from './verification';

export const messages = {
  ...app,
  ...ui,
  ...errors,
  ...verification,
} as const;
