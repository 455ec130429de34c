// What a person typed into the prerendered first screen before the app's code ran. React hydrates a
// controlled field without reading it: the DOM shows the typed text while the flow's state still holds
// the empty value, and the next render would wipe it. This hands it to the app as if just typed.

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

const nativeValue = (field: Field) =>
  Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value')?.set;

/** A field whose value is not the one the HTML (or React) gave it. */
function changedByHand(field: Field): boolean {
  if (field instanceof HTMLSelectElement) {
    const option = field.selectedOptions[0];
    return option !== undefined && !option.defaultSelected;
  }
  if (field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio'))
    return false;
  return field.value !== field.defaultValue;
}

let done = false;

/**
 * Once, for the first page shown (a no-op after a fresh render): for each field in `container` changed
 * before hydration, React's onChange runs with its value: React's
 * own record of the value is reset to the HTML's (through the property React watches), the typed value
 * put back underneath it, and the event React listens for dispatched.
 */
export function keepTypedBeforeHydration(container: ParentNode | null): void {
  if (done) return;
  done = true;
  // Only a hydrated page has fields a person could change before the app ran (src/main.tsx).
  if (!document.getElementById('root')?.hasAttribute('data-prerendered')) return;
  for (const field of container?.querySelectorAll<Field>('input, textarea, select') ?? []) {
    if (!changedByHand(field)) continue;
    const typed = field.value;
    const setNative = nativeValue(field);
    if (!setNative) continue;
    if (field instanceof HTMLSelectElement) {
      const original = [...field.options].find((option) => option.defaultSelected);
      field.value = original?.value ?? '';
      setNative.call(field, typed);
      field.dispatchEvent(new Event('change', { bubbles: true }));
    } else {
      field.value = field.defaultValue;
      setNative.call(field, typed);
      field.dispatchEvent(new Event('input', { bubbles: true }));
    }
  }
}
