export const app = {
  'app.name': 'Self-service sign-in',
} as const;
