import { describe, expect, it } from 'vitest';
import { pdfPagesText } from '../../../tests/helpers/pdf';
import { groupBySeat, type NameCardDelegate, NO_SEAT_GROUP, renderNameCards } from './name-cards';

const conference = {
  conferenceName: 'Hội nghị điển hình tiên tiến phường Văn Yên giai đoạn 2020 - 2025',
  issuingAgency: 'UBND phường Văn Yên',
};

const person = (
  fullName: string,
  seatGroup: string,
  over: Partial<NameCardDelegate> = {},
): NameCardDelegate => ({
  fullName,
  position: '',
  unitName: 'Tổ dân phố 5',
  seatGroup,
  categoryLabel: 'Đại biểu điển hình tiên tiến',
  ...over,
});

const flat = (s: string) => s.replace(/\s+/g, ' ');

describe('groupBySeat', () => {
  it('orders seat groups naturally, keeps the order inside, and puts the unseated last', () => {
    const groups = groupBySeat([
      person('A', 'Khu 10'),
      person('B', ''),
      person('C', 'Khu 2'),
      person('D', 'Khu 10'),
      person('E', 'Khu 2'.normalize('NFD')),
    ]);
    expect(groups.map((g) => [g.seatGroup, g.delegates.map((d) => d.fullName).join('')])).toEqual([
      ['Khu 2', 'CE'],
      ['Khu 10', 'AD'],
      [NO_SEAT_GROUP, 'B'],
    ]);
  });
});

describe('renderNameCards', () => {
  const delegates = [
    ...Array.from({ length: 9 }, (_, i) => person(`Nguyễn Văn Đức ${i + 1}`, 'Khu A')),
    person('Trần Thị Ánh Tuyết'.normalize('NFD'), 'Khu B', {
      position: 'Chủ tịch',
      categoryLabel: 'Đại biểu khách mời',
    }),
  ];

  it('prints badges 8 to a sheet, each seat group on its own sheets with its name', async () => {
    const pages = await pdfPagesText(await renderNameCards(conference, delegates, { kind: 'badge' }));
    // Khu A: 9 badges → 2 sheets; Khu B: 1 sheet.
    expect(pages).toHaveLength(3);
    expect(flat(pages[0] ?? '')).toContain('Khu vực ghế: Khu A — 9 đại biểu (tờ 1/2)');
    expect(flat(pages[1] ?? '')).toContain('(tờ 2/2)');
    expect(flat(pages[1] ?? '')).toContain('Nguyễn Văn Đức 9');
    const last = flat(pages[2] ?? '');
    expect(last).toContain('Khu vực ghế: Khu B — 1 đại biểu');
    expect(last).toContain('Trần Thị Ánh Tuyết');
    expect(last).toContain('Chủ tịch - Tổ dân phố 5');
    expect(last).toContain('ĐẠI BIỂU KHÁCH MỜI');
    expect(last).toBe(last.normalize('NFC'));
    for (let i = 1; i <= 8; i++) expect(flat(pages[0] ?? '')).toContain(`Nguyễn Văn Đức ${i} `);
  });

  it('prints one folded place card per delegate with the name on both halves', async () => {
    const pages = await pdfPagesText(
      await renderNameCards(conference, delegates.slice(8), { kind: 'place' }),
    );
    expect(pages).toHaveLength(2);
    expect(flat(pages[1] ?? '').match(/Trần Thị Ánh Tuyết/g)).toHaveLength(2);
  });

  it('refuses an empty list', async () => {
    await expect(renderNameCards(conference, [], { kind: 'badge' })).rejects.toThrow(/Không có đại biểu/);
  });
});
