// The KH generated from the demo conference's data must read like the seed plan
// (seed 000_a1186e9dc40ee7d5.txt): every heading, agenda item, step, dated milestone,
// responsibility, number, recipient and the signature block, in the seed's order — in the DOCX
// and in the PDF, read back as text.
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocx } from '../../../tests/helpers/docx';
import { pdfPagesText } from '../../../tests/helpers/pdf';
import { planBaseSchema } from '../../shared/schemas/plan';
import { vanYenMilestones, vanYenOrganization, vanYenPlan } from '../seed/van-yen';
import { planDocument } from './plan-document';
import { renderDocx } from './render-docx';
import { renderPdf } from './render-pdf';

const plan = planBaseSchema.parse(vanYenPlan(() => null));
const kh = planDocument({ plan, milestones: vanYenMilestones, organization: vanYenOrganization });

/**
 * The seed's text in its order. Quoted from the seed except where the generator writes the
 * template words itself: the second "III." of the seed is "IV.", its steps "1, 2, 3, 3, 4" are
 * "1.–5.", "2.1"/"5.1." are "2.1."/"5.1.", and every date range reads as the seed's first, "Từ ngày 15-17/3/2020"
 * (plan-seed.test.ts compares the whole text line by line).
 */
const SEED_IN_ORDER = [
  'UBND THÀNH PHỐ HÀ TĨNH',
  'ỦY BAN NHÂN DÂN PHƯỜNG VĂN YÊN',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'Văn Yên, ngày 18 tháng 3 năm 2020',
  'KẾ HOẠCH',
  'Tổ chức Hội nghị điển hình tiên tiến phường Văn Yên',
  'giai đoạn 2020 - 2025',
  'Thực hiện Kế hoạch số 138/KH-UBND, ngày 27/9/2019 của UBND thành phố Hà Tĩnh',
  'I. MỤC ĐÍCH, YÊU CẦU',
  '1. Thông qua "Hội nghị điển hình tiên tiến" đánh giá kết quả',
  '2. Gắn các hoạt động vinh danh điển hình tiên tiến',
  'Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị',
  '3. Biểu dương thành tích các phong trào thi đua',
  '4. Việc tổ chức Hội nghị điển hình tiên tiến đảm bảo trang trọng, thiết thực, tiết kiệm, tránh phô trương, hình thức.',
  'II. NỘI DUNG, HÌNH THỨC TỔ CHỨC',
  '1. Những nội dung tập trung từ nay đến Hội nghị điển hình tiên tiến phường',
  '- Đẩy mạnh công tác tuyên truyền tư tưởng của Chủ tịch Hồ Chí Minh',
  'Đại hội Đảng bộ tỉnh lần thứ XIX tiến tới Đại hội Đảng toàn quốc lần thứ XIII',
  '- Các tổ chức phát động đợt thi đua lập thành tích',
  '- Tiếp tục quán triệt, tổ chức thực hiện tốt Luật Thi đua, khen thưởng',
  '- Chú trọng việc phát hiện các điển hình và nhân tố mới',
  '2. Hình thức, thời gian tổ chức, thành phần và số lượng đại biểu tham dự',
  '2.1. Hình thức tổ chức: "Hội nghị điển hình tiên tiến".',
  '2.2. Thời gian tổ chức: Một buổi, dự kiến trong Quý I năm 2020.',
  '2.3. Thành phần và số lượng đại biểu:',
  '+ Thành phần:',
  'gương người tốt, việc tốt',
  'đại biểu điển hình tiên tiến 70%, đại biểu khách mời 30%',
  '+ Số lượng đại biểu: Số lượng đại biểu do đề xuất của Thường trực Hội đồng Thi đua - Khen thưởng (tối đa 100 đại biểu).',
  '3. Nội dung, chương trình Hội nghị điển hình tiên tiến',
  '- Đón tiếp đại biểu;',
  '- Ổn định tổ chức;',
  '- Hình ảnh về phong trào thi đua yêu nước;',
  '- Tuyên bố lý do, giới thiệu đại biểu và khai mạc;',
  '- Báo cáo tổng kết phong trào thi đua và công tác khen thưởng giai đoạn 5 năm 2015-2020; phương hướng, nhiệm vụ công tác thi đua, khen thưởng 5 năm 2020-2025;',
  '- Báo cáo tham luận của các điển hình tiên tiến (chú trọng lựa chọn điển hình thật sự tiêu biểu trong 05 năm qua và có sức lan tỏa);',
  '- Phát biểu chỉ đạo của cấp trên;',
  '- Tổ chức các hoạt động giao lưu với các điển hình tiên tiến;',
  '- Biểu dương, tôn vinh, khen thưởng các điển hình tiên tiến;',
  '- Phát động phong trào thi đua giai đoạn 2020 - 2025;',
  '- Phát biểu hưởng ứng phong trào thi đua;',
  '- Thông qua danh sách đại biểu đi dự Hội nghị (Đại hội) cấp trên;',
  '- Tổng kết và bế mạc.',
  'Căn cứ nội dung, yêu cầu chương trình UBND phường có thể tổ chức các hình thức đa dạng',
  '4. Một số hoạt động trước, trong và sau dịp tổ chức Hội nghị',
  '- Xây dựng phóng sự truyền hình về phong trào thi đua yêu nước',
  '- Xây dựng chương trình nghệ thuật và giao lưu với các điển hình tiên tiến.',
  '- Tổ chức trưng bày các hình ảnh, hiện vật',
  '5. Một số nội dung trọng tâm của Hội nghị.',
  '5.1. Báo cáo tổng kết phong trào thi đua và công tác khen thưởng giai đoạn 5 năm qua, phương hướng, nhiệm vụ công tác thi đua, khen thưởng 5 năm tới.',
  'Đây là nội dung quan trọng cần được chuẩn bị chu đáo',
  'Bố cục và nội dung chính của báo cáo gồm:',
  '- Phần tổng kết phong trào thi đua yêu nước và công tác khen thưởng.',
  '+ Đánh giá kết quả đạt được của các phong trào thi đua yêu nước',
  '+ Kết quả công tác khen thưởng;',
  '+ Đánh giá công tác lãnh đạo, chỉ đạo đổi mới',
  '+ Tồn tại, hạn chế chủ yếu, nguyên nhân và bài học kinh nghiệm.',
  'phương hướng nhiệm vụ:',
  '+ Xác định phương hướng, mục tiêu chung',
  '+ Những nội dung chủ yếu đẩy mạnh phong trào thi đua',
  '+ Công tác lãnh đạo, chỉ đạo đổi mới công tác thi đua, khen thưởng và các giải pháp chủ yếu.',
  '* Yêu cầu chung của báo cáo:',
  '5.2. Báo cáo tham luận của các tập thể, cá nhân điển hình tiên tiến.',
  '- Báo cáo điển hình phải được lựa chọn đảm bảo có sức thuyết phục',
  '(dự kiến tham luận: 05 ý kiến trong đó 02 ý kiến TDP, 01 ý kiến đoàn thể, 01 ý kiến cơ quan, đơn vị, 01 ý kiến cá nhân)',
  '5.3. Tên của Hội nghị thống nhất như sau:',
  'Hội nghị điển hình tiên tiến phường Văn Yên',
  'Giai đoạn 2020 - 2025',
  'III. CÁC BƯỚC TRIỂN KHAI',
  '1. Xây dựng và triển khai Kế hoạch;',
  '2. Các ban ngành, đoàn thể, tổ dân phố xây dựng báo cáo đánh giá',
  '3. Hội đồng TĐKT hướng dẫn tiêu chí bình xét, phân bổ chỉ tiêu',
  'giai đoạn 2015 – 2020 của phường',
  '4. Chuẩn bị các điều kiện đảm bảo cho hội nghị (gồm: văn nghệ chào mừng, tài liệu, hội trường, ma kết, giấy mời, Giấy chứng nhận, hoa, tiền thưởng, nước uống...).',
  '5. Tổ chức Hội nghị.',
  'IV. TỔ CHỨC THỰC HIỆN',
  '1. Dự kiến thời gian:',
  '- Ngày 15/3/2020: Họp Hội đồng TĐKT triển khai xây dựng kế hoạch tổ chức Hội nghị điển hình tiên tiến giai đoạn 2020-2025;',
  '- Từ ngày 15-17/3/2020: hoàn chỉnh và gửi kế hoạch chi tiết cho các ban ngành, đơn vị, tổ dân phố để thực hiện;',
  '- Từ ngày 18-20/3/2020: các ban ngành, đoàn thể, tổ dân phố chuẩn bị báo cáo',
  '- Ngày 23/3/2020: các đơn vị gửi báo cáo, danh sách đại biểu đề xuất vinh danh',
  '- Ngày 25/3/2020: Hội đồng TĐKT họp lần 2 thống nhất thành phần, số lượng đại biểu',
  '(theo số lượng phân bổ 01 tập thể và 05 cá nhân).',
  '- Từ ngày 25-27/3/2020: hoàn chỉnh báo cáo Tổng kết phong trào thi đua và công tác khen thưởng 5 năm 2015–2020',
  '- Ngày 31/3/2020: tổ chức Hội nghị.',
  '2. Phân công trách nhiệm:',
  '- Chủ tịch, các phó chủ tịch Hội đồng TĐKT: Chỉ đạo, xây dựng và triển khai kế hoạch',
  '- Trưởng các ban ngành, đoàn thể, tổ dân phố chủ trì xây dựng báo cáo',
  '- Các thành viên Hội đồng TĐKT phối hợp xây dựng kế hoạch chi tiết',
  '- Văn phòng Cấp ủy Chính quyền phường, Thư ký Hội đồng TĐKT',
  'dự trù kinh phí, hướng dẫn lựa chọn và xét tôn vinh',
  '- Công chức Văn hóa Xã hội chủ trì, phối hợp với bộ phận truyền thanh',
  '- Công chức Tài chính - Kế toán phối hợp xây dựng dự trù kinh phí',
  'Đề nghị các ban ngành, đơn vị liên quan phối hợp chuẩn bị các tiết mục văn nghệ chào mừng Hội nghị (Trường Tiểu học: 2 tiết mục, Trường Mầm non 1 – 2 tiết mục, Hội LHPN 1 - 2 tiết mục, Đoàn Thanh niên 01 tiết mục).',
  'Trên đây là Kế hoạch tổ chức Hội nghị điển hình tiên tiến phường Văn Yên giai đoạn 2020-2025;',
  'đề xuất Ủy ban nhân dân phường xem xét, quyết định./.',
];

/** Recipients and signature sit side by side: each column is checked in its own order. */
const RECIPIENTS_IN_ORDER = [
  'Nơi nhận:',
  '- Phòng Nội vụ Thành phố (báo cáo);',
  '- Thường trực Đảng ủy;',
  '- Thường trực HĐND phường;',
  '- Chủ tịch, PCT UBND phường;',
  '- Các thành viên Hội đồng thi đua khen thưởng phường;',
  '- Trang thông tin điện tử phường;',
  '- Lưu: VT, VP.',
];
const SIGNATURE_IN_ORDER = [
  'TM. ỦY BAN NHÂN DÂN',
  'CHỦ TỊCH',
  'Giờ ký: 18/3/2020 5:08:42 PM',
  'Lê Đình Thắng',
];

const flat = (s: string) => s.replace(/\s+/g, ' ');

/** The text of each page without its page number (a line "2", "3" … on every page but the first). */
function withoutPageNumbers(pages: string[]): string[] {
  return pages.map((text, i) => {
    if (i === 0) return text;
    const lines = text.split('\n');
    const at = lines.indexOf(String(i + 1));
    expect(at, `page ${i + 1} carries its number`).toBeGreaterThanOrEqual(0);
    lines.splice(at, 1);
    return lines.join('\n');
  });
}

/** Every expected string appears, each after the previous one; returns the ones missing or out of order. */
function notInOrder(text: string, expected: readonly string[]): string[] {
  const missing: string[] = [];
  let from = 0;
  for (const e of expected) {
    const at = text.indexOf(flat(e), from);
    if (at < 0) missing.push(e);
    else from = at + flat(e).length;
  }
  return missing;
}

describe('Kế hoạch (KH) of the demo conference', () => {
  let docxText: string;
  let pdfText: string;
  beforeAll(async () => {
    const docx = await readDocx(await renderDocx(kh));
    docxText = flat(docx.paragraphs.map((p) => p.text).join('\n'));
    pdfText = flat(withoutPageNumbers(await pdfPagesText(await renderPdf(kh))).join('\n'));
  });

  it('DOCX: reads as the seed plan, in order, with the recipients and the signature block', () => {
    expect(notInOrder(docxText, SEED_IN_ORDER)).toEqual([]);
    expect(notInOrder(docxText, RECIPIENTS_IN_ORDER)).toEqual([]);
    expect(notInOrder(docxText, SIGNATURE_IN_ORDER)).toEqual([]);
    // The recipients and the signature come after the closing paragraph.
    expect(docxText.indexOf('Nơi nhận:')).toBeGreaterThan(docxText.indexOf('quyết định./.'));
  });

  it('PDF: reads as the seed plan, in order, with the recipients and the signature block', () => {
    expect(notInOrder(pdfText, SEED_IN_ORDER)).toEqual([]);
    expect(notInOrder(pdfText, RECIPIENTS_IN_ORDER)).toEqual([]);
    expect(notInOrder(pdfText, SIGNATURE_IN_ORDER)).toEqual([]);
  });

  it('keeps every diacritic, in NFC, and the seed has nothing the generator dropped', () => {
    for (const text of [docxText, pdfText]) {
      expect(text).toBe(text.normalize('NFC'));
      for (const word of ['Thắng', 'Hội đồng TĐKT', 'Ổn định', 'ỦY BAN NHÂN DÂN', 'Hà Tĩnh', 'Hồ Chí Minh']) {
        expect(text).toContain(word);
      }
    }
    // Each of the 13 agenda items, 5 steps, 7 milestones and 7 recipients is there once.
    for (const item of plan.agendaTemplate) expect(docxText.split(item.title).length - 1).toBe(1);
    for (const m of vanYenMilestones) expect(docxText).toContain(m.title.replace(/[;.]$/u, ''));
    expect(docxText).not.toContain('undefined');
    expect(pdfText).not.toContain('undefined');
  });

  it('a plan without number keeps the blank to write it; with one it is zero-padded', async () => {
    expect(docxText).toContain('Số: /KH-UBND');
    const numbered = planDocument({
      plan: { ...plan, documentNumber: 5, signedAt: '2020-02-05T09:00:00+07:00' },
      milestones: vanYenMilestones,
      organization: vanYenOrganization,
    });
    const text = flat((await readDocx(await renderDocx(numbered))).paragraphs.map((p) => p.text).join('\n'));
    expect(text).toContain('Số: 05/KH-UBND');
    expect(text).toContain('Văn Yên, ngày 05 tháng 02 năm 2020');
    expect(text).toContain('Giờ ký: 5/2/2020 9:00:00 AM');
    const pdf = flat((await pdfPagesText(await renderPdf(numbered))).join('\n'));
    expect(pdf).toContain('Số: 05/KH-UBND');
    expect(pdf).toContain('Văn Yên, ngày 05 tháng 02 năm 2020');
  });

  it('prints a speech composition with named parts by their names, types in lower case', async () => {
    const named = planDocument({
      plan: {
        ...plan,
        speechGuidance: [],
        speechRule: {
          total: 3,
          parts: [
            { kind: 'unit_type', unitType: 'residential_group', label: 'Tổ dân phố', count: 1 },
            { kind: 'unit', unitId: crypto.randomUUID(), label: 'Công an phường', count: 1 },
            { kind: 'honoree', nominationId: crypto.randomUUID(), label: 'Ông Nguyễn Văn A', count: 1 },
          ],
        },
      },
      milestones: vanYenMilestones,
      organization: vanYenOrganization,
    });
    const text = flat((await readDocx(await renderDocx(named))).paragraphs.map((p) => p.text).join('\n'));
    expect(text).toContain(
      'Dự kiến tham luận: 03 ý kiến, trong đó 01 tổ dân phố, 01 Công an phường, 01 Ông Nguyễn Văn A.',
    );
  });

  it('prints the sub-groups that have their own numbers, at any depth, and a "đúng" rule', async () => {
    const rules = planBaseSchema.shape.delegateRules.parse({
      ...plan.delegateRules,
      categories: [
        {
          ...plan.delegateRules.categories[0],
          subgroups: [
            {
              key: 'gv',
              label: 'Giáo viên',
              count: { op: 'exact', value: 15 },
              children: [{ key: 'tre', label: 'Giáo viên trẻ', count: { op: 'min', value: 5 } }],
            },
            { key: 'hs', label: 'Học sinh', share: { op: 'min', percent: 40, of: 'parent' } },
          ],
        },
        plan.delegateRules.categories[1],
      ],
      extraRules: [{ label: 'Nữ', attribute: 'female', operator: 'exact', percent: 50 }],
    });
    const doc = planDocument({
      plan: { ...plan, delegateRules: rules },
      milestones: vanYenMilestones,
      organization: vanYenOrganization,
    });
    const text = flat((await readDocx(await renderDocx(doc))).paragraphs.map((p) => p.text).join('\n'));
    expect(text).toContain(
      'Trong đại biểu điển hình tiên tiến: Giáo viên: đúng 15 đại biểu; Giáo viên trẻ: tối thiểu 5 đại biểu; ' +
        'Học sinh: tối thiểu 40% của đại biểu điển hình tiên tiến.',
    );
    expect(text).toContain('Nữ: đúng 50%.');
  });

  it('without a time note, writes the conference day from its milestone: the day in lower case after the hour', async () => {
    const text = async (startTime: string | null) => {
      const doc = planDocument({
        plan: { ...plan, timeNote: '' },
        milestones: vanYenMilestones.map((m) =>
          m.kind === 'conference_day' ? { ...m, startDate: '2020-03-31', endDate: null, startTime } : m,
        ),
        organization: vanYenOrganization,
      });
      return flat((await readDocx(await renderDocx(doc))).paragraphs.map((p) => p.text).join('\n'));
    };
    expect(await text('07:30')).toContain('Thời gian tổ chức: 07 giờ 30 phút, ngày 31/3/2020.');
    expect(await text(null)).toContain('Thời gian tổ chức: Ngày 31/3/2020.');
  });

  it('leaves out a section the plan has no data for and keeps the numbering in sequence', () => {
    const bare = planDocument({
      plan: { ...plan, purposes: [], activities: [] },
      milestones: [],
      organization: vanYenOrganization,
    });
    const headings = bare.body
      .filter((b) => b.kind === 'heading' && b.level === 1)
      .map((b) => b.kind === 'heading' && b.number);
    expect(headings).toEqual(['I.', 'II.', 'III.']);
    const level2 = bare.body
      .filter((b) => b.kind === 'heading' && b.level === 2)
      .map((b) => b.kind === 'heading' && b.number);
    // II: 1 contents, 2 form/time/delegates, 3 agenda, 4 focus; IV: 1 responsibilities.
    expect(level2).toEqual(['1.', '2.', '3.', '4.', '1.']);
  });
});
