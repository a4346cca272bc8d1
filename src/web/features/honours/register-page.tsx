import { Alert, Button, Group, Pagination, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { HonourView } from '../../../shared/schemas/honours';
import { PageHeader } from '../../components/page-header';
import { ErrorState, PageLoader } from '../../components/page-state';
import { canIn } from '../../lib/actor';
import { useCurrentOrg } from '../../lib/current-org';
import { useRequiredMe } from '../../lib/session';
import { useBusyDownload } from '../../lib/use-busy-download';
import { usePageTitle } from '../../lib/use-page-title';
import { HonourEntryModal, RevokeModal } from './honour-modals';
import { HonoursTable } from './honours-table';
import { exportPath, useHonourForms, useHonourLookup } from './queries';
import { RegisterFilters, useRegisterParams } from './register-filters';

const PAGE = 50;

/** Sổ khen thưởng: lookup, results, export; for the office also hand entry and the way to the import. */
export function HonoursRegisterPage() {
  const { t } = useTranslation();
  const me = useRequiredMe();
  const { organization } = useCurrentOrg();
  const orgId = organization?.id ?? '';
  const list = useRegisterParams();
  const lookup = useHonourLookup(orgId, list.filters, { limit: PAGE, offset: (list.page - 1) * PAGE });
  const forms = useHonourForms(orgId);
  const [download, busy] = useBusyDownload();
  const [adding, setAdding] = useState(false);
  const [revoking, setRevoking] = useState<HonourView | null>(null);
  usePageTitle(t('honours.register.title'));
  if (!organization) return <PageLoader />;
  const manage = canIn(me, 'honour.manage', orgId);
  const data = lookup.data;
  const pages = data ? Math.ceil(data.total / PAGE) : 0;

  return (
    <Stack gap="md">
      <PageHeader
        title={t('honours.register.title')}
        help={t('honours.register.help')}
        actions={
          <Group gap="xs">
            {manage && <Button onClick={() => setAdding(true)}>{t('honours.register.add')}</Button>}
            <Button
              variant="light"
              loading={busy !== null}
              onClick={() =>
                download('xlsx', exportPath(orgId, list.filters), t('honours.register.exportFile'))
              }
            >
              {t('honours.register.export')}
            </Button>
          </Group>
        }
      />
      {manage && (
        <Group gap="xs">
          <Button component={Link} to="/honours/import" variant="default" size="sm">
            {t('honours.register.import')}
          </Button>
          <Button component={Link} to="/honours/duplicates" variant="default" size="sm">
            {t('honours.register.duplicates')}
          </Button>
          <Button component={Link} to="/honours/forms" variant="default" size="sm">
            {t('honours.register.forms')}
          </Button>
        </Group>
      )}

      <RegisterFilters
        list={list}
        forms={(forms.data?.items ?? []).map((f) => ({ value: f.code, label: `${f.code} — ${f.name}` }))}
      />

      {lookup.isLoading && <PageLoader />}
      {lookup.error && <ErrorState error={lookup.error} onRetry={() => lookup.refetch()} />}
      {data && (
        <Text c="dimmed" size="sm" data-testid="honours-total">
          {data.more
            ? t('honours.register.totalMore', { count: data.total })
            : t('honours.register.total', { count: data.total })}
        </Text>
      )}
      {data && data.items.length === 0 && (
        <Alert color="gray">
          {list.hasFilters ? t('honours.register.empty') : t('honours.register.emptyRegister')}
        </Alert>
      )}
      {data && data.items.length > 0 && (
        <HonoursTable items={data.items} withNames onRevoke={manage ? setRevoking : undefined} />
      )}
      {pages > 1 && (
        <Pagination
          total={pages}
          value={list.page}
          onChange={(p) => list.setParam('page', String(p))}
          aria-label={t('honours.register.page', { page: list.page })}
          siblings={0}
        />
      )}

      {adding && (
        <HonourEntryModal orgId={orgId} forms={forms.data?.items ?? []} onClose={() => setAdding(false)} />
      )}
      {revoking && <RevokeModal orgId={orgId} honour={revoking} onClose={() => setRevoking(null)} />}
    </Stack>
  );
}
