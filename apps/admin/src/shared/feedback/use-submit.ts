import { useState } from 'react';
import { App } from 'antd';
import { describeError } from '../api/errors';

/**
 * A dialog's submit: a busy flag while `action` runs, then its success text, or the refusal's text
 * (the dialog stays open to correct). Returns [submit, busy].
 */
export function useSubmit<A extends unknown[]>(
  action: (...args: A) => Promise<string>,
): [(...args: A) => Promise<void>, boolean] {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const submit = async (...args: A) => {
    setBusy(true);
    try {
      void message.success(await action(...args));
    } catch (err) {
      void message.error(describeError(err));
    } finally {
      setBusy(false);
    }
  };
  return [submit, busy];
}
