import { Alert, Button, Checkbox, Radio, Stack, Switch, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  NOTIFICATION_KINDS,
  type NotificationPreferencesInput,
  type NotificationPreferencesView,
} from '../../../shared/schemas/notifications';
import { ConflictAlert } from '../../components/conflict-alert';
import { PageHeader } from '../../components/page-header';
import { ErrorState, PageLoader } from '../../components/page-state';
import { useApiMutation } from '../../lib/use-api-mutation';
import { usePageTitle } from '../../lib/use-page-title';
import { prefsKey, savePreferences, usePreferences } from './queries';

const EMAIL_KINDS = NOTIFICATION_KINDS.filter((k) => k !== 'digest');

/** /notifications/preferences: the address (users.email), email on/off, now or daily, muted kinds. */
export function NotificationPreferencesPage() {
  const { t } = useTranslation();
  usePageTitle(t('inbox.prefs.title'));
  const { data, error, refetch } = usePreferences();
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <PageLoader />;
  return <PreferencesForm current={data} onReload={() => void refetch()} />;
}

function PreferencesForm({
  current,
  onReload,
}: {
  current: NotificationPreferencesView;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState<NotificationPreferencesInput>(current);
  const [errors, setErrors] = useState<Record<string, string>>({});
  useEffect(() => setValues(current), [current]);
  const save = useApiMutation<
    NotificationPreferencesInput,
    NotificationPreferencesView,
    NotificationPreferencesView
  >({
    mutationFn: savePreferences,
    invalidate: [prefsKey],
    form: { setErrors },
    successMessage: t('inbox.prefs.saved'),
  });
  const set = (patch: Partial<NotificationPreferencesInput>) => setValues((v) => ({ ...v, ...patch }));
  return (
    <Stack maw={560}>
      <PageHeader title={t('inbox.prefs.title')} help={t('inbox.prefs.help')} />
      {!current.smtpConfigured && <Alert color="yellow">{t('inbox.prefs.noSmtp')}</Alert>}
      {save.conflict && <ConflictAlert current={save.conflict.email ?? '—'} onReload={onReload} />}
      {save.error && !Object.keys(errors).length && <Alert color="red">{save.error}</Alert>}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setErrors({});
          save.mutate({ ...values, email: values.email?.trim() ? values.email.trim() : null });
        }}
      >
        <Stack>
          <TextInput
            type="email"
            label={t('inbox.prefs.email')}
            value={values.email ?? ''}
            onChange={(e) => set({ email: e.currentTarget.value })}
            error={errors.email}
            autoComplete="email"
          />
          <Switch
            label={t('inbox.prefs.emailEnabled')}
            checked={values.emailEnabled}
            onChange={(e) => set({ emailEnabled: e.currentTarget.checked })}
          />
          <Radio.Group
            label={t('inbox.prefs.mode')}
            value={values.emailMode}
            onChange={(v) => set({ emailMode: v as NotificationPreferencesInput['emailMode'] })}
          >
            <Stack gap={6} mt={4}>
              <Radio value="immediate" label={t('inbox.prefs.immediate')} />
              <Radio value="daily" label={t('inbox.prefs.daily')} />
            </Stack>
          </Radio.Group>
          <Checkbox.Group
            label={t('inbox.prefs.muted')}
            value={values.mutedKinds}
            onChange={(v) => set({ mutedKinds: v as NotificationPreferencesInput['mutedKinds'] })}
          >
            <Stack gap={6} mt={4}>
              {EMAIL_KINDS.map((k) => (
                <Checkbox key={k} value={k} label={t(`inbox.kind.${k}`)} />
              ))}
            </Stack>
          </Checkbox.Group>
          <Button type="submit" loading={save.isPending} w="fit-content">
            {t('inbox.prefs.save')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
