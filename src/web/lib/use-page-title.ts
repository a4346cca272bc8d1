import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';

/** "<page> · Vinh Danh" in the browser tab (what a clerk with many tabs looks for). */
export function usePageTitle(title: string | undefined) {
  const { t } = useTranslation();
  useDocumentTitle(title ? `${title} · ${t('app.name')}` : t('app.name'));
}
