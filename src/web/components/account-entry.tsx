import { Avatar, Group, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRequiredMe } from '../lib/session';

// The menu (Mantine's Menu, Popover, floating-ui, focus trap: ~35 KB compressed) loads when the
// user reaches for it — pointer over, focus, or press — not with every page: on a phone's slow
// link those bytes delayed the page itself (bench slow_first_load_s).
const loadMenu = () => import('./account-menu');
const AccountMenuLazy = lazy(() => loadMenu().then((m) => ({ default: m.AccountMenu })));

/** The account button in the header; the real menu replaces it on first use, already open. */
export function AccountEntry() {
  const [wanted, setWanted] = useState(false);
  if (wanted)
    return (
      <Suspense fallback={<Placeholder onUse={() => undefined} />}>
        <AccountMenuLazy opened />
      </Suspense>
    );
  return <Placeholder onUse={() => setWanted(true)} />;
}

function Placeholder({ onUse }: { onUse: () => void }) {
  return (
    <UnstyledButton
      aria-haspopup="menu"
      aria-expanded={false}
      onPointerEnter={() => void loadMenu()}
      onFocus={() => void loadMenu()}
      onClick={onUse}
    >
      <AccountButtonFace />
    </UnstyledButton>
  );
}

function initials(fullName: string): string {
  const words = fullName.trim().split(/\s+/);
  const last = words.at(-1) ?? '';
  return (last[0] ?? '?').toUpperCase();
}

/** What the account button shows: the initial in a circle, the name on wider screens. */
export function AccountButtonFace() {
  const { t } = useTranslation();
  const me = useRequiredMe();
  return (
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
  );
}
