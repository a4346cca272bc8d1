import { Avatar, Group, Menu, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { logout as logoutRequest } from '../features/auth/queries';
import { ME_KEY, useRequiredMe } from '../lib/session';

const ChangePasswordModal = lazy(() =>
  import('../features/auth/change-password-modal').then((m) => ({ default: m.ChangePasswordModal })),
);

function initials(fullName: string): string {
  const words = fullName.trim().split(/\s+/);
  const last = words.at(-1) ?? '';
  return (last[0] ?? '?').toUpperCase();
}

export function AccountMenu() {
  const { t } = useTranslation();
  const me = useRequiredMe();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [pwOpened, pw] = useDisclosure(false);

  const logout = async () => {
    try {
      await logoutRequest();
    } finally {
      queryClient.clear();
      queryClient.setQueryData(ME_KEY, null);
      navigate('/login', { replace: true });
    }
  };

  return (
    <>
      <Menu position="bottom-end" width={220} shadow="md">
        <Menu.Target>
          <UnstyledButton>
            <Group gap={8} wrap="nowrap">
              <Avatar size={32} radius="xl" color="red" aria-hidden>
                {initials(me.fullName)}
              </Avatar>
              <Text size="sm" fw={500} visibleFrom="sm" aria-hidden>
                {me.fullName}
              </Text>
              {/* Named by its text, which holds the visible name (WCAG 2.5.3, label in name). */}
              <VisuallyHidden>{`${t('account.menu')}: ${me.fullName}`}</VisuallyHidden>
            </Group>
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>
            {me.fullName} ({me.username})
          </Menu.Label>
          <Menu.Item onClick={pw.open}>{t('account.changePassword')}</Menu.Item>
          <Menu.Item color="red" onClick={() => void logout()}>
            {t('account.logout')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {pwOpened && (
        <Suspense fallback={null}>
          <ChangePasswordModal opened={pwOpened} onClose={pw.close} />
        </Suspense>
      )}
    </>
  );
}
