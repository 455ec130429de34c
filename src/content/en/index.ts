// English, the source catalog: one file per area so each flow owns its strings.
import { app } from './app';

export const en = {
  ...app,
} as const;
