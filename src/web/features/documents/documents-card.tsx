import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ConferenceView as ConferenceDetail } from '../../../shared/schemas/conferences';
import { SectionCard } from '../../components/section-card';
import { documentsPath } from './queries';

/** Văn bản on the conference page: the link to the documents page (staff who may issue or read). */
export function DocumentsCard({ c, visible }: { c: ConferenceDetail; visible: boolean }) {
  const { t } = useTranslation();
  if (!visible) return null;
  return (
    <SectionCard id="sec-documents" title={t('doc.overview.title')} help={t('doc.overview.help')}>
      <Button component={Link} to={documentsPath(c.id)}>
        {t('doc.nav.documents')}
      </Button>
    </SectionCard>
  );
}
