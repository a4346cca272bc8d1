import { describe, expect, it } from 'vitest';
import { pdfPagesText, pdfQrCodes } from '../../../tests/helpers/pdf';
import { type InvitationConference, type InvitationDelegate, renderInvitations } from './invitation';

const conference: InvitationConference = {
  parentAgency: 'UBND thành phố Hà Tĩnh',
  issuingAgency: 'UBND phường Văn Yên',
  documentNumber: '12',
  documentCode: 'GM-UBND',
  issuePlace: 'Văn Yên',
  issuedOn: '2020-03-20',
  conferenceName: 'Hội nghị điển hình tiên tiến phường Văn Yên giai đoạn 2020 - 2025',
  date: '2020-04-05',
  time: '07:30',
  place: 'Hội trường UBND phường Văn Yên',
  signer: { authorityLine: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Lê Đình Thắng' },
};

const delegate = (i: number, over: Partial<InvitationDelegate> = {}): InvitationDelegate => ({
  salutation: i % 2 ? 'Bà' : 'Ông',
  fullName: `Nguyễn Văn Đức ${i}`,
  position: 'Tổ trưởng',
  unitName: 'Tổ dân phố 5',
  seatGroup: `Khu ${String.fromCharCode(65 + (i % 3))}`,
  checkInUrl: `https://vinhdanh.example.vn/checkin/tok${i}_${'Zx9-'.repeat(10)}`,
  ...over,
});

/** The text of a page on one line (pdf.js breaks lines where the PDF does). */
const flat = (s: string) => s.replace(/\s+/g, ' ');

describe('renderInvitations', () => {
  it('prints the invitation with the name in NFC even when the input was NFD', async () => {
    const nfd = 'Nguyễn Thị Hường'.normalize('NFD');
    expect(nfd).not.toBe('Nguyễn Thị Hường');
    const pdf = await renderInvitations(
      { ...conference, place: 'Hội trường UBND phường Văn Yên'.normalize('NFD') },
      [delegate(1, { fullName: nfd, seatGroup: 'Khu Đại biểu — hàng 2'.normalize('NFD') })],
      { paper: 'A4' },
    );
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const [page] = await pdfPagesText(pdf);
    const text = flat(page ?? '');
    expect(text).toContain('Trân trọng kính mời: Bà Nguyễn Thị Hường');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain('UBND PHƯỜNG VĂN YÊN');
    expect(text).toContain('GIẤY MỜI');
    expect(text).toContain('Số: 12/GM-UBND');
    expect(text).toContain('Văn Yên, ngày 20 tháng 3 năm 2020');
    expect(text).toContain('Thời gian: 07 giờ 30 phút, ngày 05 tháng 4 năm 2020.');
    expect(text).toContain('Địa điểm: Hội trường UBND phường Văn Yên.');
    expect(text).toContain('Vị trí ngồi: Khu Đại biểu — hàng 2');
    expect(text).toContain('Chức vụ: Tổ trưởng');
    expect(text).toContain('Đơn vị: Tổ dân phố 5');
    expect(text).toContain('Hội nghị điển hình tiên tiến phường Văn Yên giai đoạn 2020 - 2025');
    expect(text).toContain('TM. ỦY BAN NHÂN DÂN CHỦ TỊCH');
    expect(text).toContain('Lê Đình Thắng');
    // Every string was drawn precomposed (pdf.js gives back NFD text when NFD was drawn).
    expect(text).toBe(text.normalize('NFC'));
  });

  it('gives one page per delegate in the batch, each with its own name, seat and QR code', async () => {
    const delegates = Array.from({ length: 12 }, (_, i) => delegate(i));
    const pdf = await renderInvitations(conference, delegates, { paper: 'A5' });
    const pages = await pdfPagesText(pdf);
    expect(pages).toHaveLength(12);
    pages.forEach((page, i) => {
      expect(flat(page)).toContain(`kính mời: ${i % 2 ? 'Bà' : 'Ông'} Nguyễn Văn Đức ${i} `);
      expect(flat(page)).toContain(`Vị trí ngồi: Khu ${String.fromCharCode(65 + (i % 3))}`);
    });
    expect(pdfQrCodes(pdf)).toEqual(delegates.map((d) => d.checkInUrl));
  });

  it('prints the QR code of the check-in URL that a phone camera reads back', async () => {
    const url = 'https://vinhdanh.example.vn/checkin/q7Yp0k2v_M3n-Ld9sXw4Tz8RbC1eFgHjKuNoPaSqVy6';
    const pdf = await renderInvitations(conference, [delegate(0, { checkInUrl: url })], { paper: 'A4' });
    expect(pdfQrCodes(pdf)).toEqual([url]);
  });

  it('leaves blanks for a number and a date still to be written by hand, and omits empty lines', async () => {
    const pdf = await renderInvitations(
      { ...conference, documentNumber: null, issuedOn: null, time: null },
      [delegate(0, { position: '', unitName: '', seatGroup: '' })],
      { paper: 'A4' },
    );
    const raw = (await pdfPagesText(pdf))[0] ?? '';
    const text = flat(raw);
    // Room to write the number and the date by hand.
    expect(raw).toMatch(/Số:\s+\/GM-UBND/);
    expect(raw).toMatch(/Văn Yên, ngày\s+tháng\s+năm/);
    expect(text).toContain('Thời gian: ngày 05 tháng 4 năm 2020.');
    expect(text).not.toContain('Chức vụ:');
    expect(text).not.toContain('Đơn vị:');
    expect(text).not.toContain('Vị trí ngồi:');
  });

  it('refuses an empty list and a date that does not exist', async () => {
    await expect(renderInvitations(conference, [], { paper: 'A4' })).rejects.toThrow(/Không có đại biểu/);
    await expect(
      renderInvitations({ ...conference, date: '2020-02-30' }, [delegate(0)], { paper: 'A4' }),
    ).rejects.toThrow(/Ngày họp không hợp lệ/);
  });

  it('renders the same bytes for the same input (reprinting changes nothing)', async () => {
    const a = await renderInvitations(conference, [delegate(0), delegate(1)], { paper: 'A4' });
    const b = await renderInvitations(conference, [delegate(0), delegate(1)], { paper: 'A4' });
    expect(a.equals(b)).toBe(true);
  });
});
