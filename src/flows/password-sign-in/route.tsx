// replaced by the flow: a stand-in so the route table builds until the real route lands.
export function Component() {
  return <h1>Sign in with a password</h1>;
}
