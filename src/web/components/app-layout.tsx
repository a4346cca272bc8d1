import '../mantine-rest.css';
import {
  AppShell,
  Burger,
  em,
  Group,
  NativeSelect,
  NavLink,
  Stack,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, ScrollRestoration, useLocation } from 'react-router';
import { NotificationBell } from '../features/notifications/bell';
import { canIn, hasRolePermission } from '../lib/actor';
import { useCurrentOrg } from '../lib/current-org';
import { useRequiredMe } from '../lib/session';
import { AccountEntry } from './account-entry';
import { LanguageSwitch } from './language-switch';
import { PageLoader } from './page-state';

const MAIN_ID = 'main-content';

/** Bỏ qua đến nội dung chính: the first Tab stop, shown when focused; moves the focus into <main>. */
function SkipLink() {
  const { t } = useTranslation();
  return (
    <a
      href={`#${MAIN_ID}`}
      className="vd-skip-link"
      onClick={(e) => {
        e.preventDefault();
        const main = document.getElementById(MAIN_ID);
        main?.focus();
        main?.scrollIntoView();
      }}
    >
      {t('app.skipToContent')}
    </a>
  );
}

/**
 * The shell: a skip link, header with language and account, a navbar that folds behind a burger
 * on phones (inert while folded, so its links leave the Tab order and the screen reader).
 */
export function AppLayout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  // Mantine's `sm` breakpoint (48em): below it the navbar is the folding phone menu.
  const phone = useMediaQuery(`(max-width: ${em(767.98)})`);
  const me = useRequiredMe();
  const { organization, organizations, select } = useCurrentOrg();
  const location = useLocation();

  const links = [{ to: '/conferences', label: t('nav.conferences') }];
  if (organization) {
    if (hasRolePermission(me, 'unit.read', organization.id))
      links.push({ to: '/units', label: t('nav.units') });
    if (canIn(me, 'user.manage', organization.id)) links.push({ to: '/users', label: t('nav.users') });
    // Phản ánh, kiến nghị: the office handles them, a unit head raises their unit's
    if (canIn(me, 'thread.manage', organization.id) || hasRolePermission(me, 'thread.raise', organization.id))
      links.push({ to: '/threads', label: t('threads.nav') });
    if (canIn(me, 'honour.read', organization.id)) links.push({ to: '/honours', label: t('honours.nav') });
    if (canIn(me, 'review.manage', organization.id))
      links.push({ to: '/council', label: t('rev.nav.council') });
    if (canIn(me, 'conference.read', organization.id)) links.push({ to: '/movements', label: t('mov.nav') });
    if (canIn(me, 'honour.read', organization.id))
      links.push({ to: '/statistics', label: t('mov.stat.nav') });
    if (canIn(me, 'honour.read', organization.id)) links.push({ to: '/honours/rules', label: t('elig.nav') });
    if (organization.permissions.canReadAudit) links.push({ to: '/audit', label: t('nav.audit') });
  }
  // Công khai: the culture officer's (and the secretary's) public-face pages, as one group
  const publicity =
    organization && canIn(me, 'publicity.manage', organization.id)
      ? [
          { to: '/publicity/articles', label: t('media.nav.articles') },
          { to: '/publicity/albums', label: t('media.nav.albums') },
          { to: '/publicity/media', label: t('media.nav.library') },
        ]
      : [];
  const isActive = (to: string) => location.pathname === to || location.pathname.startsWith(`${to}/`);

  const navLink = (l: { to: string; label: string }) => (
    <NavLink
      key={l.to}
      component={Link}
      to={l.to}
      label={l.label}
      active={isActive(l.to)}
      onClick={close}
      py="sm"
    />
  );

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding={{ base: 'sm', sm: 'md' }}
    >
      <SkipLink />
      <AppShell.Header>
        <Group h="100%" px="sm" justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="xs" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('nav.menu')}
              aria-expanded={opened}
              aria-controls="app-menu"
            />
            <UnstyledButton component={Link} to="/conferences">
              <Group gap={6} wrap="nowrap">
                <Text span fz={22} c="red.8" aria-hidden>
                  ★
                </Text>
                <Text fw={700} fz="lg">
                  {t('app.name')}
                </Text>
              </Group>
            </UnstyledButton>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <LanguageSwitch />
            <NotificationBell />
            <AccountEntry />
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar id="app-menu" p="sm" aria-label={t('nav.mainMenu')} inert={phone && !opened}>
        <Stack gap={4}>
          {organizations.length > 1 ? (
            <NativeSelect
              label={t('nav.organization')}
              data={organizations.map((o) => ({ value: o.id, label: o.name }))}
              value={organization?.id ?? ''}
              onChange={(e) => select(e.currentTarget.value)}
              mb="sm"
            />
          ) : (
            organization && (
              <Text size="sm" c="dimmed" mb="sm">
                {organization.name}
              </Text>
            )
          )}
          {links.map(navLink)}
          {publicity.length > 0 && (
            <>
              <Text size="xs" fw={700} c="dimmed" tt="uppercase" mt="sm" px="sm" component="h2">
                {t('media.navGroup')}
              </Text>
              {publicity.map(navLink)}
            </>
          )}
        </Stack>
      </AppShell.Navbar>

      <AppShell.Main id={MAIN_ID} tabIndex={-1}>
        {/* A new page opens at its top (a long form's scroll does not carry over); Back restores. */}
        <ScrollRestoration />
        <Suspense fallback={<PageLoader />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
