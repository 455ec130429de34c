// The organisation's branding on the page (the data comes from the build: vite-plugin.ts).
import { links, logo, organizationName } from 'virtual:branding';
import { t } from '../content/i18n';

/** The organisation's logo, the dark variant on a dark page; its text alternative is the name. */
export function BrandLogo() {
  return (
    <picture>
      {/* The sizes reserve the logo's box before the file arrives, so the header doesn't shift */}
      <source srcSet={logo.dark} media="(prefers-color-scheme: dark)" {...logo.size.dark} />
      <img className="brand-logo" src={logo.light} alt={organizationName} {...logo.size.light} />
    </picture>
  );
}

/** The organisation's privacy, terms and help pages, each opening in a new tab (the sign-in stays). */
export function BrandLinks() {
  const items = [
    [links.privacy, t('app.footer.privacyLink')],
    [links.terms, t('app.footer.termsLink')],
    [links.help, t('app.footer.helpLink')],
  ] as const;
  return (
    <ul className="brand-links">
      {items.map(([href, label]) => (
        <li key={label}>
          <a href={href} target="_blank" rel="noopener noreferrer">
            {label} <span className="visually-hidden">{t('app.newTab')}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
