import { Menu, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { logout as logoutRequest } from '../features/auth/queries';
import { ME_KEY, useRequiredMe } from '../lib/session';
import { AccountButtonFace } from './account-entry';

const ChangePasswordModal = lazy(() =>
  import('../features/auth/change-password-modal').then((m) => ({ default: m.ChangePasswordModal })),
);

/** The account menu (change password, log out), opened at once when `opened` on mount. */
export function AccountMenu({ opened = false }: { opened?: boolean }) {
  const { t } = useTranslation();
  const me = useRequiredMe();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [pwOpened, pw] = useDisclosure(false);
  // Opened from the stand-in button it replaced (account-entry.tsx): the focus comes back here.
  const target = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (opened) target.current?.focus();
  }, [opened]);

  const logout = async () => {
    try {
      await logoutRequest();
    } finally {
      // đón tiếp ngoại tuyến: the stored day lists and queue leave with the user
      await import('../features/delegates/offline-wipe')
        .then((m) => m.wipeOfflineReception())
        .catch(() => {});
      queryClient.clear();
      queryClient.setQueryData(ME_KEY, null);
      navigate('/login', { replace: true });
    }
  };

  return (
    <>
      <Menu position="bottom-end" width={220} shadow="md" defaultOpened={opened}>
        <Menu.Target>
          <UnstyledButton ref={target}>
            <AccountButtonFace />
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
