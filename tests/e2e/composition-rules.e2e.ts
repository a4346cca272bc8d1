import { describe, expect, it } from 'vitest';
import { harnessForFile, openFromConference, seeText } from './harness';

// Composition rules as data: the secretary gives a sub-group its own number and defines an
// attribute in the plan editor; the delegates page's gauge checks the sub-group and the list
// filters by attribute.

const ctx = harnessForFile();
const FIRST = 'Đại diện tập thể và cá nhân Chiến sĩ thi đua, điển hình tiên tiến tiêu biểu xuất sắc';

type D = { subgroup: string; attributes: string[] };

describe('composition rules in the plan editor and on the delegates page', () => {
  it('gives a sub-group an exact number and adds an attribute; the gauge and the filter use them', async () => {
    const { page, h } = ctx;
    await openFromConference(page, h, { username: 'thuky', link: 'Sửa kế hoạch', path: 'plan' });
    const api = `/api/conferences/${h.demo.conferenceId}`;
    const items = (await (await page.request.get(`${api}/delegates`)).json()).items as D[];
    const first = items.filter((d) => d.subgroup === FIRST).length;
    const youth = items.filter((d) => d.attributes.includes('youth')).length;
    expect(first).toBeGreaterThan(0);

    await page.getByRole('combobox', { name: `Quy định số lượng — ${FIRST}` }).click();
    await page.getByRole('option', { name: 'Đúng bằng' }).click();
    await page.getByLabel(`Số lượng — ${FIRST}`, { exact: true }).fill(String(first));
    await page.getByRole('button', { name: 'Thêm thuộc tính' }).click();
    await page.getByLabel('Tên thuộc tính 1', { exact: true }).fill('Dưới 35 tuổi');
    await page.getByLabel('Mã thuộc tính 1', { exact: true }).fill('duoi_35');
    await page.getByText('Kế hoạch hợp lệ').waitFor();
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.waitForURL(`**/conferences/${h.demo.conferenceId}`);

    const saved = (await (await page.request.get(api)).json()).plan.delegateRules;
    expect(saved.categories[0].subgroups[0]).toMatchObject({
      key: FIRST,
      count: { op: 'exact', value: first },
    });
    expect(saved.attributes).toEqual([{ key: 'duoi_35', label: 'Dưới 35 tuổi' }]);

    await page.goto(`/conferences/${h.demo.conferenceId}/delegates`);
    const rule = page.getByTestId(`gauge-count:exemplary/${FIRST}`);
    await rule.waitFor();
    expect(await rule.getAttribute('data-ok')).toBe('true');
    expect(await rule.textContent()).toContain(`${first}/${first}`);

    await page.getByRole('combobox', { name: 'Thuộc tính', exact: true }).click();
    await page.getByRole('option', { name: 'Thanh niên' }).click();
    await seeText(page, `${youth} đại biểu`);
    await page.getByRole('combobox', { name: 'Thuộc tính', exact: true }).click();
    await page.getByRole('option', { name: 'Dưới 35 tuổi' }).click();
    await seeText(page, '0 đại biểu');
    await page.getByRole('combobox', { name: 'Thuộc tính', exact: true }).click();
    await page.getByRole('option', { name: 'Dưới 35 tuổi' }).click(); // a second click clears it

    // the group's sub-groups filter the list, offered once the group is chosen
    expect(await page.getByRole('combobox', { name: 'Nhóm con', exact: true }).count()).toBe(0);
    await page.getByRole('combobox', { name: 'Nhóm đại biểu', exact: true }).click();
    await page.getByRole('option', { name: 'Đại biểu điển hình tiên tiến' }).click();
    await page.getByRole('combobox', { name: 'Nhóm con', exact: true }).click();
    await page.getByRole('option', { name: FIRST }).click();
    await seeText(page, `${first} đại biểu`);
  });
});
