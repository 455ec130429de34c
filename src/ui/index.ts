// The design system the flows compose. Styles live in src/styles (components.css), one class per piece.
export { Alert, type AlertProps, type AlertTone, ErrorMessage } from './Alert';
export { AnnouncerProvider, LiveRegion, useAnnounce } from './announcer';
export { Button, type ButtonProps } from './Button';
export { ButtonLink } from './ButtonLink';
export { CallClock } from './CallClock';
export { type Choice, ChoiceList } from './ChoiceList';
export { Countdown, formatDuration, secondsUntil, useSecondsLeft } from './countdown';
export { FieldFrame, type FieldProps, useFieldIds } from './field';
export { HeadingFocusProvider, useHeadingFocus } from './heading-focus';
export { LinkButton } from './LinkButton';
export { Notice } from './Notice';
export { Actions, Page, SecondaryLinks } from './Page';
export { PasswordField, type PasswordFieldProps } from './PasswordField';
export { documentTitle, PageTitleProvider, usePageTitle } from './page-title';
export { Progress, Spinner } from './Spinner';
export { StepHeading } from './StepHeading';
export { TextField, type TextFieldProps } from './TextField';
export { TextLink } from './TextLink';
