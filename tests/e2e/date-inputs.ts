import type { Locator, Page } from 'playwright-core';

// Typing into the app's date and time fields (components/date-field.tsx) as a person does:
// the date as dd/mm/yyyy, the time as hours then minutes, 24-hour. No native date inputs.

/** A DateTimeField labelled `label`: date 'dd/mm/yyyy', time 'HH:mm' or 'HH:mm:ss'. */
export async function fillDateTime(scope: Page | Locator, label: string, date: string, time: string) {
  await scope.getByLabel(`${label}: ngày`, { exact: true }).fill(date);
  const [hours = '', minutes = '', seconds] = time.split(':');
  await scope.getByLabel(`${label}: giờ`, { exact: true }).fill(hours);
  await scope.getByLabel(`${label}: phút`, { exact: true }).fill(minutes);
  if (seconds !== undefined) await scope.getByLabel(`${label}: giây`, { exact: true }).fill(seconds);
}

/** Every native date/time input on the page (there should be none). */
export const nativeDateInputs = (page: Page) =>
  page.locator('input[type="date"], input[type="time"], input[type="datetime-local"]').count();
