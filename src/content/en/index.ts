// English, the source catalog: one file per area so each flow owns its strings. The parts here are
// on every page; each flow's own part loads with its screens (registered by its View with
// addMessages), so a page downloads only the words it can show.
import { app } from './app';
import { errors } from './errors';
import { ui } from './ui';
import { verification } from './verification';

export const en = {
  ...app,
  ...ui,
  ...errors,
  ...verification,
} as const;
