import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ConferenceView as ConferenceDetail } from '../../../shared/schemas/conferences';
import { SectionCard } from '../../components/section-card';
import { certificatesPath } from './queries';

/** Giấy khen on the conference page, for the office. */
export function CertificatesCard({ c, visible }: { c: ConferenceDetail; visible: boolean }) {
  const { t } = useTranslation();
  if (!visible) return null;
  return (
    <SectionCard id="sec-certificates" title={t('cert.overview.title')} help={t('cert.overview.help')}>
      <Button component={Link} to={certificatesPath(c.id)} variant="light">
        {t('cert.overview.open')}
      </Button>
    </SectionCard>
  );
}
