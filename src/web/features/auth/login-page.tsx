import {
  Alert,
  Anchor,
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
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { PUBLIC_ROUTES } from '../../../shared/rules/public-paths';
import { LanguageSwitch } from '../../components/language-switch';
import { PageLoader } from '../../components/page-state';
import { ME_KEY, useMe } from '../../lib/session';
import { useApiMutation } from '../../lib/use-api-mutation';
import { usePageTitle } from '../../lib/use-page-title';
import { login } from './queries';

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
  // The app's own Vietnamese messages on empty fields (the form is noValidate: no browser bubble).
  const form = useForm({
    initialValues: { username: '', password: '' },
    validate: {
      username: (v) => (v.trim() ? null : t('login.usernameRequired')),
      password: (v) => (v ? null : t('login.passwordRequired')),
    },
  });
  const signIn = useApiMutation({
    mutationFn: login,
    form,
    onSuccess: (res) => {
      queryClient.clear();
      queryClient.setQueryData(ME_KEY, res.user);
      navigate(next, { replace: true });
    },
  });
  const next = safeNext(params.get('next'));
  usePageTitle(t('login.title'));

  if (isLoading) return <PageLoader />;
  if (me) return <Navigate to={next} replace />;

  const submit = form.onSubmit(
    (v) => signIn.mutate(v, { onError: () => form.setFieldValue('password', '') }),
    // The keyboard goes to the first field to fill.
    (errors) => form.getInputNode(errors.username ? 'username' : 'password')?.focus(),
  );
  const error = signIn.error && {
    title: signIn.errorCode === 'THROTTLED' ? t('login.throttled') : undefined,
    message: signIn.error,
  };

  return (
    <Center component="main" mih="100vh" p="md" bg="gray.0">
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
                {...form.getInputProps('username')}
                required
              />
              <PasswordInput
                label={t('login.password')}
                autoComplete="current-password"
                size="md"
                {...form.getInputProps('password')}
                required
              />
              <Button type="submit" size="md" loading={signIn.isPending} fullWidth>
                {t('login.submit')}
              </Button>
              <Text size="xs" c="dimmed">
                {t('login.demoHint')}
              </Text>
              {/* the public pages are server-rendered: a full page load, not a route of the app */}
              <Anchor href={PUBLIC_ROUTES.home} size="sm">
                {t('board.publicLink')}
              </Anchor>
            </Stack>
          </form>
        </Paper>
      </Box>
    </Center>
  );
}
