import '../mantine-rest.css';
// after core's Notification styles, which it builds on
import '@mantine/notifications/styles.css';
import { useMediaQuery } from '@mantine/hooks';
import { Notifications } from '@mantine/notifications';

/**
 * Where notices appear: at the bottom on phones, where they do not cover the page's title and
 * first lines (the header and title fill the top of a 390 px screen); top right on wider screens.
 */
export function AppNotifications() {
  const phone = useMediaQuery('(max-width: 48em)', true, { getInitialValueInEffect: false });
  return <Notifications position={phone ? 'bottom-center' : 'top-right'} />;
}
