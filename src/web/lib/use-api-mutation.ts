import { notifications } from '@mantine/notifications';
import { type QueryKey, useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from './api';
import { fieldErrors } from './form-errors';

/**
 * The one way the web app writes: TanStack `useMutation` plus what every write needs.
 * - the server's per-field messages go to the form (`form.setErrors`, keys under `fieldPrefix`),
 *   its message to `error`;
 * - a stale write (409 CONFLICT) puts the server's current object in `conflict` (shown with
 *   `ConflictAlert`; the user's typing stays until they reload it);
 * - on success the listed queries (and the audit log) are invalidated and `successMessage` shown.
 */
export function useApiMutation<TVars, TResult = unknown, TCurrent = unknown>(opts: {
  mutationFn: (vars: TVars) => Promise<TResult>;
  invalidate?: QueryKey[];
  form?: { setErrors: (errors: Record<string, string>) => void };
  fieldPrefix?: string;
  successMessage?: string;
  onSuccess?: (result: TResult, vars: TVars) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const [errorCode, setErrorCode] = useState<string | null>(null);
  const [conflict, setConflict] = useState<TCurrent | null>(null);
  const mutation = useMutation({
    mutationFn: opts.mutationFn,
    onMutate: () => {
      setError(null);
      setErrorCode(null);
      setConflict(null);
    },
    onSuccess: async (result, vars) => {
      await Promise.all(
        [...(opts.invalidate ?? []), ['audit']].map((queryKey) =>
          queryClient.invalidateQueries({ queryKey }),
        ),
      );
      if (opts.successMessage) notifications.show({ color: 'green', message: opts.successMessage });
      opts.onSuccess?.(result, vars);
    },
    onError: (err) => {
      if (err instanceof ApiError && err.isConflict && err.current !== undefined) {
        setConflict(err.current as TCurrent);
        for (const queryKey of opts.invalidate ?? []) void queryClient.invalidateQueries({ queryKey });
      } else if (err instanceof ApiError) {
        opts.form?.setErrors(fieldErrors(err, opts.fieldPrefix));
        setError(err.message);
        setErrorCode(err.code);
      } else setError(t('errors.generic'));
    },
  });
  return {
    ...mutation,
    /** The server's message for the last failed write (not a conflict). */
    error,
    /** The server's error code for that failure (e.g. THROTTLED). */
    errorCode,
    /** On 409: the object as it is on the server now. */
    conflict,
    clearConflict: () => setConflict(null),
    /** Forgets the last failure (message, code and conflict), e.g. when the form is reset. */
    clearFailure: () => {
      setError(null);
      setErrorCode(null);
      setConflict(null);
    },
  };
}
