import { useTranslation } from 'react-i18next';
import type { ConferenceView as ConferenceDetail } from '../../../shared/schemas/conferences';
import { LinksCard } from '../../components/links-card';
import { summaryReportPath } from '../summary-report/queries';
import { documentsPath } from './queries';

/** Văn bản on the conference page: the link to the documents page (staff who may issue or read). */
export function DocumentsCard({
  c,
  visible,
  report,
}: {
  c: ConferenceDetail;
  visible: boolean;
  /** The user reads the summary report (the office's draft: the council and the office). */
  report: boolean;
}) {
  const { t } = useTranslation();
  if (!visible) return null;
  return (
    <LinksCard
      id="sec-documents"
      title={t('doc.overview.title')}
      help={t('doc.overview.help')}
      links={[
        { to: documentsPath(c.id), label: t('doc.nav.documents') },
        ...(report
          ? [{ to: summaryReportPath(c.id), label: t('summaryReport.nav'), variant: 'light' as const }]
          : []),
      ]}
    />
  );
}
