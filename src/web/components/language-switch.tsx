import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLanguage, type Language, setLanguage } from '../lib/i18n';

/** VI / EN. Vietnamese is the default; the choice is remembered on this device. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('account.language')}
      value={i18n.language === 'en' ? 'en' : currentLanguage()}
      onChange={(v) => void setLanguage(v as Language)}
      data={[
        { value: 'vi', label: 'VI' },
        { value: 'en', label: 'EN' },
      ]}
    />
  );
}
