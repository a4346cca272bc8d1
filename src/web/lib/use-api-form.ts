import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from './api';
import { fieldErrors } from './form-errors';

/**
 * A form that saves through the API: its values, the server's per-field messages, one message for
 * the whole form and the saving flag. `submitWith(save)` is the form's onSubmit: it clears the old
 * messages, runs `save`, and on failure shows the server's field messages and its message (a stale
 * save, 409, goes to `onConflict` when one is given).
 */
export function useApiForm<V extends object>(init: () => V) {
  const { t } = useTranslation();
  const [values, setValues] = useState<V>(init);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const set = <K extends keyof V>(key: K, value: V[K]) => setValues((v) => ({ ...v, [key]: value }));

  const submitWith =
    (save: () => Promise<void>, onConflict?: (err: ApiError) => void) => async (e: FormEvent) => {
      e.preventDefault();
      setSaving(true);
      setErrors({});
      setMessage(null);
      try {
        await save();
      } catch (err) {
        if (err instanceof ApiError && err.isConflict && onConflict) onConflict(err);
        else if (err instanceof ApiError) {
          setErrors(fieldErrors(err));
          setMessage(err.message);
        } else setMessage(t('errors.generic'));
      } finally {
        setSaving(false);
      }
    };

  return { values, setValues, set, errors, message, setMessage, saving, submitWith };
}
