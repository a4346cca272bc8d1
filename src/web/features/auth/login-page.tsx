import {
  Alert,
  Box,
  Button,
  Center,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import type { MeView } from '../../../shared/schemas/auth';
import { LanguageSwitch } from '../../components/language-switch';
import { PageLoader } from '../../components/page-state';
import { ApiError, api } from '../../lib/api';
import { ME_KEY, useMe } from '../../lib/session';
import { usePageTitle } from '../../lib/use-page-title';

/** Only same-site paths are followed after login. */
function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/conferences';
}

export function LoginPage() {
  const { t } = useTranslation();
  const { data: me, isLoading } = useMe();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<{ title?: string; message: string } | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [submitting, setSubmitting] = useState(false);
  const next = safeNext(params.get('next'));
  usePageTitle(t('login.title'));

  if (isLoading) return <PageLoader />;
  if (me) return <Navigate to={next} replace />;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setFieldErrors({});
    if (!username.trim() || !password) {
      setError({ message: t('login.required') });
      return;
    }
    setSubmitting(true);
    try {
      const res = await api<{ user: MeView }>('POST', '/api/auth/login', { username, password });
      queryClient.clear();
      queryClient.setQueryData(ME_KEY, res.user);
      navigate(next, { replace: true });
    } catch (err) {
      if (err instanceof ApiError) {
        setFieldErrors(err.fields);
        setError({
          title: err.code === 'THROTTLED' ? t('login.throttled') : undefined,
          message: err.message,
        });
      } else {
        setError({ message: t('errors.generic') });
      }
      setPassword('');
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Box w="100%" maw={420}>
        <Group justify="flex-end" mb="sm">
          <LanguageSwitch />
        </Group>
        <Paper withBorder shadow="sm" p="lg" radius="md">
          <form onSubmit={submit} noValidate>
            <Stack>
              <div>
                <Title order={1} fz={28}>
                  <Text span c="red.8" inherit aria-hidden>
                    ★{' '}
                  </Text>
                  {t('app.name')}
                </Title>
                <Text c="dimmed" size="sm">
                  {t('login.subtitle')}
                </Text>
              </div>
              <Title order={2} fz="xl">
                {t('login.title')}
              </Title>
              {error && (
                <Alert color="red" title={error.title} role="alert">
                  {error.message}
                </Alert>
              )}
              <TextInput
                label={t('login.username')}
                autoComplete="username"
                autoCapitalize="none"
                size="md"
                value={username}
                onChange={(e) => setUsername(e.currentTarget.value)}
                error={fieldErrors.username}
                required
              />
              <PasswordInput
                label={t('login.password')}
                autoComplete="current-password"
                size="md"
                value={password}
                onChange={(e) => setPassword(e.currentTarget.value)}
                error={fieldErrors.password}
                required
              />
              <Button type="submit" size="md" loading={submitting} fullWidth>
                {t('login.submit')}
              </Button>
              <Text size="xs" c="dimmed">
                {t('login.demoHint')}
              </Text>
            </Stack>
          </form>
        </Paper>
      </Box>
    </Center>
  );
}
