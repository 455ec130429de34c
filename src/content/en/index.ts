// English, the source catalog: one file per area so each flow owns its strings.
import { app } from './app';
import { errors } from './errors';
import { passwordSignIn } from './password-sign-in';
import { phone } from './phone';
import { signedIn } from './signed-in';
import { smsSignIn } from './sms-sign-in';
import { ui } from './ui';
import { verification } from './verification';

export const en = {
  ...app,
  ...ui,
  ...errors,
  ...phone,
  ...smsSignIn,
  ...passwordSignIn,
  ...signedIn,
  ...verification,
} as const;
