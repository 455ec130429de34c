/** sessionStorage when the browser allows it (it is gone when the tab closes); null otherwise. */
export function tabStorage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null; // storage disabled: flows still work, they just cannot survive a reload
  }
}
