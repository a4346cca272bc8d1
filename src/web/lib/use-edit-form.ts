import { type UseFormInput, useForm } from '@mantine/form';
import type { QueryKey } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useApiMutation } from './use-api-mutation';

/**
 * The form of an edit modal for one versioned object (`item`; null: a new one): the form, the
 * save (written with the version the form was loaded at) and, on a stale write (409), what the
 * server has now with the way to load it into the form.
 */
export function useEditForm<
  TItem extends { version: number },
  TValues extends Record<string, unknown>,
>(opts: {
  item: TItem | null;
  toValues: (item: TItem | null) => TValues;
  validate?: UseFormInput<TValues>['validate'];
  save: (values: TValues, version: number) => Promise<TItem>;
  invalidate: QueryKey[];
  successMessage: string;
  onSuccess: () => void;
}) {
  const [version, setVersion] = useState(opts.item?.version ?? 0);
  const form = useForm<TValues>({ initialValues: opts.toValues(opts.item), validate: opts.validate });
  const save = useApiMutation<TValues, TItem, TItem>({
    mutationFn: (v) => opts.save(v, version),
    invalidate: opts.invalidate,
    form,
    successMessage: opts.successMessage,
    onSuccess: opts.onSuccess,
  });
  const conflict = save.conflict;
  const onSubmit = form.onSubmit((v) => save.mutate(v));
  /** On 409: the server's object as `render` shows it, and how to load it into the form. */
  const conflictView = (render: (current: TItem) => ReactNode) =>
    conflict && {
      current: render(conflict),
      onReload: () => {
        form.setValues(opts.toValues(conflict));
        setVersion(conflict.version);
        save.clearConflict();
      },
    };
  return {
    form,
    save,
    onSubmit,
    conflictView,
    /** What a `FormModal`/`FormBody` needs of this form: submit, saving, the error, the 409 view. */
    bodyProps: (render: (current: TItem) => ReactNode) => ({
      onSubmit,
      saving: save.isPending,
      error: save.error,
      conflict: conflictView(render),
    }),
  };
}
