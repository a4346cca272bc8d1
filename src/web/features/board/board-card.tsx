import './catalog';
import { useTranslation } from 'react-i18next';
import type { ConferenceView as ConferenceDetail } from '../../../shared/schemas/conferences';
import { LinksCard } from '../../components/links-card';
import { boardPath, slideshowPath } from './queries';

/** Bảng vinh danh on the conference page: the culture officer's board and the hall's slideshow. */
export function BoardCard({ c, visible }: { c: ConferenceDetail; visible: boolean }) {
  const { t } = useTranslation();
  if (!visible) return null;
  return (
    <LinksCard
      id="sec-board"
      title={t('board.title')}
      help={t('board.help')}
      links={[
        { to: boardPath(c.id), label: t('board.nav') },
        { to: slideshowPath(c.id), label: t('board.slideshow'), variant: 'light' },
      ]}
    />
  );
}
