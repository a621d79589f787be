import type { KeyboardEvent } from 'react';

/**
 * For a form's onKeyDown: Enter in a date picker confirms the date and must not also submit the whole form
 * (the browser's implicit submission). The picker has handled the key by the time it bubbles here.
 */
export function keepEnterInDateFields(event: KeyboardEvent<HTMLFormElement>): void {
  if (event.key === 'Enter' && (event.target as HTMLElement).closest('.ant-picker')) event.preventDefault();
}
