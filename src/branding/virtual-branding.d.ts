// The organisation's branding, as the build read it from the branding file (vite-plugin.ts).
declare module 'virtual:branding' {
  export const organizationName: string;
  /** https:// addresses of the organisation's pages. */
  export const links: { privacy: string; terms: string; help: string };
  /** URLs of the logo on a light and on a dark page, and each file's intrinsic size in pixels. */
  export const logo: {
    light: string;
    dark: string;
    size: Record<'light' | 'dark', { width: number; height: number }>;
  };
}

declare module 'virtual:branding/sign-in-page-text' {
  /** A short plain-text note for the sign-in pages. */
  export const signInPageText: string;
}
