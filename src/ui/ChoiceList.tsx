import { type ReactNode, useId } from 'react';

interface Choice {
  id: string;
  label: ReactNode;
  /** Read as the button's description, after its name. */
  description?: ReactNode;
  onSelect: () => void;
}

interface ChoiceListProps {
  choices: readonly Choice[];
  /** Names the list for screen readers when the heading above does not. */
  label?: string;
  /** While one choice is being carried out, the others (and it) ignore presses but stay readable. */
  busy?: boolean;
}

/** A list of large buttons, one per option: the ways to verify, the ways to sign in. */
export function ChoiceList({ choices, label, busy = false }: ChoiceListProps) {
  const prefix = useId();
  return (
    <ul className="choice-list" aria-label={label}>
      {choices.map((choice) => {
        const labelId = `${prefix}-${choice.id}-label`;
        const descriptionId = `${prefix}-${choice.id}-description`;
        return (
          <li key={choice.id}>
            <button
              type="button"
              className="choice"
              aria-labelledby={labelId}
              aria-describedby={choice.description ? descriptionId : undefined}
              aria-disabled={busy || undefined}
              onClick={busy ? undefined : choice.onSelect}
            >
              <span id={labelId} className="choice-label">
                {choice.label}
              </span>
              {choice.description && (
                <span id={descriptionId} className="choice-description">
                  {choice.description}
                </span>
              )}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
