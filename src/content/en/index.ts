// English, the source catalog: one file per area so each flow owns its strings.
import { app } from './app';
import { ui } from './ui';

export const en = {
  ...app,
  ...ui,
} as const;
