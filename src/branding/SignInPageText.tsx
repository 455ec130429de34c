import { signInPageText } from 'virtual:branding/sign-in-page-text';

/** The organisation's own note on its sign-in pages (Entra calls it "sign-in page text"). */
export function SignInPageText() {
  return <p className="sign-in-page-text">{signInPageText}</p>;
}
