// Demo data: the real plan (Kế hoạch) of Văn Yên ward, Hà Tĩnh, for its
// "Hội nghị điển hình tiên tiến" 2020–2025 (seed 000_a1186e9dc40ee7d5.txt).
// Pure data — no database access. Every text is copied verbatim from the seed (NFC);
// the only edits are list markers ("- ", "+ ", "1, ") and list separators (";") removed,
// and lines broken by a page break in the source joined with one space.

import type { OrgLevel, Role, UnitType } from '../../shared/schemas/enums';
import type { MilestoneInput, PlanInput } from '../../shared/schemas/plan';

/** Cơ quan tổ chức — the organizer of the demo conference. */
export const vanYenOrganization: { name: string; parentName: string; level: OrgLevel; place: string } = {
  name: 'UBND phường Văn Yên',
  parentName: 'UBND thành phố Hà Tĩnh',
  level: 'ward',
  place: 'Văn Yên',
};

export type SeedUnit = { name: string; type: UnitType; headName: string; phone: string; sortOrder: number };

// Trưởng đơn vị: invented, plausible names (the seed names none) except Tổ dân phố 5,
// whose head is the demo account "tdp5".
const unitRows: [name: string, type: UnitType, headName: string][] = [
  ['Văn phòng Cấp ủy Chính quyền phường', 'agency', 'Đặng Thị Thu Hằng'],
  ['Công an phường', 'agency', 'Võ Văn Hùng'],
  ['Ủy ban MTTQ phường', 'mass_organization', 'Phan Thị Hồng'],
  ['Hội Cựu chiến binh phường', 'mass_organization', 'Trần Đình Sơn'],
  ['Hội Nông dân phường', 'mass_organization', 'Nguyễn Văn Hải'],
  ['Hội LHPN phường', 'mass_organization', 'Lê Thị Thanh Hương'],
  ['Đoàn Thanh niên phường', 'mass_organization', 'Hồ Đức Anh'],
  ['Trường Mầm non Văn Yên', 'school', 'Bùi Thị Mai'],
  ['Trường Tiểu học Văn Yên', 'school', 'Nguyễn Thị Thủy'],
  ['Tổ dân phố 1', 'residential_group', 'Trần Văn Bình'],
  ['Tổ dân phố 2', 'residential_group', 'Lê Văn Dũng'],
  ['Tổ dân phố 3', 'residential_group', 'Phạm Thị Liên'],
  ['Tổ dân phố 4', 'residential_group', 'Nguyễn Đình Khoa'],
  ['Tổ dân phố 5', 'residential_group', 'Nguyễn Văn Tâm'],
  ['Tổ dân phố 6', 'residential_group', 'Hoàng Thị Nga'],
  ['Tổ dân phố 7', 'residential_group', 'Đinh Văn Long'],
  ['Tổ dân phố 8', 'residential_group', 'Võ Thị Xuân'],
];

/** Đơn vị — the ward's submitting units (ban ngành, đoàn thể, trường, tổ dân phố). */
export const vanYenUnits: SeedUnit[] = unitRows.map(([name, type, headName], i) => ({
  name,
  type,
  headName,
  phone: '',
  sortOrder: (i + 1) * 10,
}));

/** Văn nghệ chào mừng: unit name in the unit list → name as the plan words it, min, max. */
const performanceRows: [unitName: string, planName: string, min: number, max: number][] = [
  ['Trường Tiểu học Văn Yên', 'Trường Tiểu học', 2, 2],
  ['Trường Mầm non Văn Yên', 'Trường Mầm non', 1, 2],
  ['Hội LHPN phường', 'Hội LHPN', 1, 2],
  ['Đoàn Thanh niên phường', 'Đoàn Thanh niên', 1, 1],
];

const PERFORMANCE_REQUEST =
  'Đề nghị các ban ngành, đơn vị liên quan phối hợp chuẩn bị các tiết mục văn nghệ chào mừng Hội nghị (Trường Tiểu học: 2 tiết mục, Trường Mầm non 1 – 2 tiết mục, Hội LHPN 1 - 2 tiết mục, Đoàn Thanh niên 01 tiết mục).';

/**
 * The full plan (Kế hoạch) of the demo conference.
 * @param unitIdByName resolves a unit of `vanYenUnits` (by its name) to its id, or null.
 */
export function vanYenPlan(unitIdByName: (name: string) => string | null): PlanInput {
  return {
    name: 'Hội nghị điển hình tiên tiến phường Văn Yên giai đoạn 2020 - 2025',
    // Tên thống nhất của Hội nghị (II.5.3); the period is held by periodStart/periodEnd.
    officialTitle: 'Hội nghị điển hình tiên tiến phường Văn Yên',
    periodStart: 2020,
    periodEnd: 2025,
    level: 'ward',
    form: 'Hội nghị điển hình tiên tiến',
    timeNote: 'Một buổi, dự kiến trong Quý I năm 2020',
    // The day is the "tổ chức Hội nghị" milestone's (31/3/2020, III.1), with its start time.
    // Assumption: the seed names no venue; the ward People's Committee hall is the usual one.
    plannedPlace: 'Hội trường UBND phường Văn Yên',
    issuePlace: 'Văn Yên',
    preamble:
      'Thực hiện Kế hoạch số 138/KH-UBND, ngày 27/9/2019 của UBND thành phố Hà Tĩnh về tổ chức Hội nghị điển hình tiên tiến các cấp tiến tới Đại hội thi đua yêu nước tỉnh Hà Tĩnh lần thứ VII, Ủy ban nhân dân phường Văn Yên ban hành Kế hoạch tổ chức Hội nghị điển hình tiên tiến giai đoạn 2020 - 2025 với các nội dung như sau:',
    // Căn cứ — the one document the preamble cites.
    legalBasis: [
      'Kế hoạch số 138/KH-UBND, ngày 27/9/2019 của UBND thành phố Hà Tĩnh về tổ chức Hội nghị điển hình tiên tiến các cấp tiến tới Đại hội thi đua yêu nước tỉnh Hà Tĩnh lần thứ VII',
    ],
    // I. Mục đích, yêu cầu
    purposes: [
      'Thông qua "Hội nghị điển hình tiên tiến" đánh giá kết quả thực hiện các phong trào thi đua yêu nước kể từ sau Hội nghị điển hình tiên tiến các cấp năm 2015, góp phần hoàn thành các nhiệm vụ, chỉ tiêu kinh tế - xã hội 05 năm (2015-2020) của phường theo tinh thần Nghị quyết Đại hội Đảng bộ phường lần thứ XXX, rút ra bài học kinh nghiệm về tổ chức phong trào thi đua và công tác khen thưởng, nhất là kinh nghiệm về xây dựng, nhân rộng điển hình tiên tiến cũng như những tồn tại, hạn chế cần khắc phục, đề ra phương hướng, nhiệm vụ đẩy mạnh phong trào thi đua yêu nước và công tác khen thưởng trong thời gian tới.',
      'Gắn các hoạt động vinh danh điển hình tiên tiến tại Hội nghị điển hình tiên tiến phường với thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập, làm theo tư tưởng, đạo đức, phong cách Chủ tịch Hồ Chí Minh.',
      'Biểu dương thành tích các phong trào thi đua và tôn vinh các gương điển hình tiên tiến tiêu biểu trong các lĩnh vực và các tầng lớp nhân dân. Qua đó, khơi dậy và phát huy sức mạnh của khối đại đoàn kết toàn dân, tạo động lực thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội ở địa phương.',
      'Việc tổ chức Hội nghị điển hình tiên tiến đảm bảo trang trọng, thiết thực, tiết kiệm, tránh phô trương, hình thức.',
    ],
    // II.1. Những nội dung tập trung từ nay đến Hội nghị
    preConferenceContents: [
      'Đẩy mạnh công tác tuyên truyền tư tưởng của Chủ tịch Hồ Chí Minh về thi đua yêu nước, các chủ trương, chính sách của Đảng, pháp luật của Nhà nước về thi đua khen thưởng. Các CBCCC tập trung tuyên truyền về các phong trào thi đua yêu nước trên tất cả các lĩnh vực của đời sống xã hội, góp phần phát triển kinh tế, xã hội, đảm bảo quốc phòng, an ninh của phường; mở rộng nhiều hình thức tuyên truyền các điển hình tiên tiến, các nhân tố mới, gương người tốt, việc tốt, tạo khí thế thi đua sôi nổi, chào mừng các ngày kỷ niệm lớn trong năm 2020, chào mừng Đại hội Đảng bộ phường lần thứ XXXI và Đại hội Đảng bộ thành phố lần thứ XXI, Đại hội Đảng bộ tỉnh lần thứ XIX tiến tới Đại hội Đảng toàn quốc lần thứ XIII và Đại hội thi đua yêu nước toàn quốc lần thứ X.',
      'Các tổ chức phát động đợt thi đua lập thành tích chào mừng Đại hội Đảng các cấp tiến tới Đại hội Đảng toàn quốc lần thứ XIII, nhằm phát huy sức mạnh của cả hệ thống chính trị, tạo sự đồng thuận của toàn xã hội, phấn đấu thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội năm 2020 và kế hoạch 05 năm 2015-2020, đi đôi với thực hành tiết kiệm, chống tham nhũng, lãng phí; giảm nghèo bền vững, phòng chống thiên tai, dịch bệnh, giảm thiểu tai nạn giao thông, bảo đảm an sinh xã hội, giữ vững ổn định chính trị, bảo đảm an ninh trật tự, an toàn xã hội, xây dựng bộ máy vững mạnh. Tập trung chỉ đạo thực hiện có hiệu quả các phong trào thi đua trọng tâm: “xây dựng đô thị văn minh”, “Cán bộ, công chức, phường Văn Yên thi đua thực hiện văn hóa công sở”. Đồng thời biểu dương, khen thưởng các tập thể, cá nhân tiêu biểu xuất sắc trong thực hiện các phong trào thi đua.',
      'Tiếp tục quán triệt, tổ chức thực hiện tốt Luật Thi đua, khen thưởng và các văn bản hướng dẫn thi hành, nâng cao nhận thức, tinh thần trách nhiệm, chấp hành tốt các quy định của pháp luật, các chính sách về thi đua, khen thưởng.',
      'Chú trọng việc phát hiện các điển hình và nhân tố mới thực sự tiêu biểu trong các phong trào thi đua yêu nước, được quần chúng, tập thể suy tôn để biểu dương, tôn vinh kịp thời và đề nghị các hình thức khen thưởng phù hợp, xứng đáng; đồng thời có kế hoạch bồi dưỡng, nhân rộng để các điển hình tiêu biểu được lan tỏa thực sự hiệu quả trong cuộc sống.',
    ],
    // II.4. Một số hoạt động trước, trong và sau dịp tổ chức Hội nghị
    activities: [
      'Tổ chức các hoạt động tuyên truyền trên các hệ thống thông tin từ phường đến tổ dân phố về tư tưởng thi đua yêu nước của Chủ tịch Hồ Chí Minh, các chủ trương đường lối của Đảng, chính sách, pháp luật của Nhà nước về thi đua, khen thưởng, những điển hình trong các phong trào thi đua yêu nước, gương người tốt, việc tốt gắn với đợt cao điểm tuyên truyền chào mừng Đại hội Đảng bộ phường lần thứ XXXI nhiệm kỳ 2020-2025 một cách thiết thực, có hiệu quả.',
      'Xây dựng phóng sự truyền hình về phong trào thi đua yêu nước, công tác khen thưởng, xây dựng đô thị văn minh.',
      'Xây dựng chương trình nghệ thuật và giao lưu với các điển hình tiên tiến.',
      'Tổ chức trưng bày các hình ảnh, hiện vật về thành quả trong phong trào thi đua, công tác khen thưởng, xây dựng đô thị văn minh, các điển hình tiên tiến.',
    ],
    // II.2.3. Thành phần và số lượng đại biểu
    delegateRules: {
      cap: 100,
      categories: [
        {
          key: 'exemplary',
          label: 'Đại biểu điển hình tiên tiến',
          sharePercent: 70,
          shareOperator: 'min',
          fromHonorees: true,
          subgroups: [
            'Đại diện tập thể và cá nhân Chiến sĩ thi đua, điển hình tiên tiến tiêu biểu xuất sắc',
            'Điển hình tiên tiến là công nhân, nông dân, người trực tiếp sản xuất, lao động',
            'Gương người tốt, việc tốt',
          ],
        },
        { key: 'guest', label: 'Đại biểu khách mời', sharePercent: 30, shareOperator: 'max', subgroups: [] },
      ],
      extraRules: [],
      note: 'Số lượng đại biểu do đề xuất của Thường trực Hội đồng Thi đua - Khen thưởng (tối đa 100 đại biểu).',
    },
    // II.5.2: "05 ý kiến trong đó 02 ý kiến TDP, 01 ý kiến đoàn thể, 01 ý kiến cơ quan, đơn vị, 01 ý kiến cá nhân"
    speechRule: {
      total: 5,
      parts: [
        { kind: 'unit_type', unitType: 'residential_group', label: 'Tổ dân phố (TDP)', count: 2 },
        { kind: 'unit_type', unitType: 'mass_organization', label: 'Đoàn thể', count: 1 },
        { kind: 'unit_type', unitType: 'agency', label: 'Cơ quan, đơn vị', count: 1 },
        { kind: 'individual', label: 'Cá nhân', count: 1 },
      ],
    },
    // II.5.2. Báo cáo tham luận của các tập thể, cá nhân điển hình tiên tiến
    speechGuidance: [
      'Báo cáo điển hình phải được lựa chọn đảm bảo có sức thuyết phục, giáo dục, nêu gương; kết hợp giao lưu với các điển hình tiên tiến, có minh họa bằng hình ảnh, video clip, phóng sự...',
      'Số lượng báo cáo: Tùy thuộc vào thời gian Hội nghị để lựa chọn. Nên lựa chọn các tập thể, cá nhân có những mô hình mới, sáng tạo, có sức thuyết phục, lan tỏa, cơ cấu hợp lý, bảo đảm tính đại diện các lĩnh vực, các thành phần (dự kiến tham luận: 05 ý kiến trong đó 02 ý kiến TDP, 01 ý kiến đoàn thể, 01 ý kiến cơ quan, đơn vị, 01 ý kiến cá nhân)',
    ],
    // III.1, 25/3: "theo số lượng phân bổ 01 tập thể và 05 cá nhân"
    delegationQuota: {
      targetName: 'Hội nghị điển hình tiên tiến Thành phố',
      collectives: 1,
      individuals: 5,
    },
    performanceAllocations: performanceRows.map(([unitName, planName, min, max]) => ({
      unitId: unitIdByName(unitName),
      unitName: planName,
      min,
      max,
    })),
    // II.3. Nội dung, chương trình Hội nghị — 13 items, in order.
    agendaTemplate: [
      { title: 'Đón tiếp đại biểu', kind: 'ceremony' },
      { title: 'Ổn định tổ chức', kind: 'ceremony' },
      { title: 'Hình ảnh về phong trào thi đua yêu nước', kind: 'video' },
      { title: 'Tuyên bố lý do, giới thiệu đại biểu và khai mạc', kind: 'ceremony' },
      {
        title:
          'Báo cáo tổng kết phong trào thi đua và công tác khen thưởng giai đoạn 5 năm 2015-2020; phương hướng, nhiệm vụ công tác thi đua, khen thưởng 5 năm 2020-2025',
        kind: 'report',
      },
      {
        title:
          'Báo cáo tham luận của các điển hình tiên tiến (chú trọng lựa chọn điển hình thật sự tiêu biểu trong 05 năm qua và có sức lan tỏa)',
        kind: 'speech',
      },
      { title: 'Phát biểu chỉ đạo của cấp trên', kind: 'guidance' },
      { title: 'Tổ chức các hoạt động giao lưu với các điển hình tiên tiến', kind: 'exchange' },
      { title: 'Biểu dương, tôn vinh, khen thưởng các điển hình tiên tiến', kind: 'honoring' },
      { title: 'Phát động phong trào thi đua giai đoạn 2020 - 2025', kind: 'launch' },
      // Lời hưởng ứng belongs to the launch of the movement, not to the tham luận slots.
      { title: 'Phát biểu hưởng ứng phong trào thi đua', kind: 'launch' },
      { title: 'Thông qua danh sách đại biểu đi dự Hội nghị (Đại hội) cấp trên', kind: 'other' },
      { title: 'Tổng kết và bế mạc', kind: 'closing' },
    ],
    creativeForms:
      'Căn cứ nội dung, yêu cầu chương trình UBND phường có thể tổ chức các hình thức đa dạng, phong phú, sáng tạo, phù hợp, như: Đại biểu thiếu nhi chào mừng, biểu diễn văn nghệ, trao tặng các hình thức khen thưởng, giao lưu trực tiếp với các điển hình, xây dựng phóng sự, phim tài liệu để minh họa...',
    // II.5.1. Báo cáo tổng kết — bố cục và nội dung chính (the seed's unbalanced parenthesis is kept).
    reportOutline: {
      intro:
        'Đây là nội dung quan trọng cần được chuẩn bị chu đáo, chất lượng, bám sát mục đích, yêu cầu của Hội nghị. (Báo cáo phải nêu được những nét mới, sáng tạo, những phong trào thi đua thiết thực, hiệu quả, những mô hình mới góp phần hoàn thành nhiệm vụ chính trị và nhiệm vụ phát triển kinh tế - xã hội của cơ quan, đơn vị, địa phương (có thể xây dựng phóng sự, video clip, hình ảnh để minh họa cho nội dung báo cáo).',
      // Phần tổng kết phong trào thi đua yêu nước và công tác khen thưởng
      reviewPart: [
        'Đánh giá kết quả đạt được của các phong trào thi đua yêu nước từ Hội nghị thi đua lần trước đến nay; nêu rõ các phong trào thi đua tiêu biểu và đánh giá tác động, tính thiết thực, hiệu quả của các phong trào thi đua.',
        'Kết quả công tác khen thưởng; phân tích kết quả, chất lượng, các hình thức khen thưởng, việc khen thưởng cho người trực tiếp lao động, sản xuất; việc chấp hành các quy định của pháp luật về thi đua, khen thưởng.',
        'Đánh giá công tác lãnh đạo, chỉ đạo đổi mới tổ chức phong trào thi đua yêu nước và công tác khen thưởng của cấp ủy Đảng, chính quyền, mặt trận và các tổ chức đoàn thể trong những năm qua.',
        'Tồn tại, hạn chế chủ yếu, nguyên nhân và bài học kinh nghiệm.',
      ],
      // Phần phương hướng nhiệm vụ
      directionsPart: [
        'Xác định phương hướng, mục tiêu chung của phong trào thi đua và công tác khen thưởng trong 05 năm tới.',
        'Những nội dung chủ yếu đẩy mạnh phong trào thi đua và công tác khen thưởng góp phần thực hiện nhiệm vụ chính trị và các mục tiêu, chỉ tiêu phát triển kinh tế - xã hội, củng cố quốc phòng - an ninh.',
        'Công tác lãnh đạo, chỉ đạo đổi mới công tác thi đua, khen thưởng và các giải pháp chủ yếu.',
      ],
      generalRequirement:
        'Yêu cầu chung của báo cáo: Thông qua việc đánh giá kết quả thực hiện các phong trào thi đua yêu nước để biểu dương, tôn vinh các gương điển hình tiên tiến, gương người tốt, việc tốt; phân tích đánh giá tác dụng của các phong trào thi đua đối với việc thực hiện nhiệm vụ chính trị; rút ra các bài học kinh nghiệm chủ yếu trong công tác lãnh đạo, chỉ đạo tổ chức các phong trào thi đua và công tác khen thưởng, đề ra giải pháp đổi mới công tác thi đua, khen thưởng trong thời gian tới.',
    },
    // III. Các bước triển khai — the seed numbers them 1, 2, 3, 3, 4; all five are kept in order.
    steps: [
      'Xây dựng và triển khai Kế hoạch',
      'Các ban ngành, đoàn thể, tổ dân phố xây dựng báo cáo đánh giá tình hình và kết quả thực hiện các phong trào thi đua yêu nước tại tổ chức, đơn vị mình; tổ chức bình xét, giới thiệu các tấm gương điển hình tiên tiến đề xuất vinh danh tại Hội nghị điển hình tiên tiến; gửi báo cáo, danh sách và bản tóm tắt thành tích của các tập thể, cá nhân đề nghị vinh danh về cho Thường trực Hội đồng TĐKT phường để tổng hợp.',
      'Hội đồng TĐKT hướng dẫn tiêu chí bình xét, phân bổ chỉ tiêu cho các ban ngành, đơn vị, tổ dân phố; họp bình xét, lựa chọn các tập thể, cá nhân tiêu biểu trên cơ sở danh sách đề xuất của các ban ngành, đoàn thể, tổ dân phố và qua theo dõi thực hiện các phong trào thi đua; dự kiến đại biểu tham dự Hội nghị điển hình tiên tiến cấp thành phố; Tổng hợp, xây dựng báo cáo đánh giá kết quả thực hiện các phong trào thi đua yêu nước trong giai đoạn 2015 – 2020 của phường; phương hướng nhiệm vụ và giải pháp thực hiện giai đoạn 2020 - 2025.',
      'Chuẩn bị các điều kiện đảm bảo cho hội nghị (gồm: văn nghệ chào mừng, tài liệu, hội trường, ma kết, giấy mời, Giấy chứng nhận, hoa, tiền thưởng, nước uống...).',
      'Tổ chức Hội nghị.',
    ],
    // III.2. Phân công trách nhiệm — 6 dashed entries + the performance request as a 7th.
    responsibilities: [
      {
        party: 'Chủ tịch, các phó chủ tịch Hội đồng TĐKT',
        role: 'council_chair',
        duties:
          'Chỉ đạo, xây dựng và triển khai kế hoạch tổ chức Hội nghị điển hình tiên tiến 5 năm (2020–2025); Chủ trì, khai mạc, phân công phát biểu tham luận, điều hành Hội nghị.',
      },
      {
        party: 'Trưởng các ban ngành, đoàn thể, tổ dân phố',
        role: 'unit_head',
        duties:
          'chủ trì xây dựng báo cáo đánh giá tình hình và kết quả thực hiện các phong trào thi đua yêu nước tại đơn vị trong 5 năm (2016–2020), đề ra phương hướng nhiệm vụ và giải pháp thực hiện 5 năm 2020-2025; tổ chức bình xét và giới thiệu các gương điển hình tiên tiến của đơn vị để biểu dương tại Hội nghị điển hình tiên tiến của phường',
      },
      {
        party: 'Các thành viên Hội đồng TĐKT',
        role: 'council_member',
        duties:
          'phối hợp xây dựng kế hoạch chi tiết và tổ chức thực hiện; tham gia chỉ đạo các đơn vị, tổ dân phố trong quá trình thực hiện theo sự phân công.',
      },
      {
        party: 'Văn phòng Cấp ủy Chính quyền phường, Thư ký Hội đồng TĐKT',
        role: 'secretary',
        duties:
          'phối hợp với Hội đồng Thi đua khen thưởng, các tổ chức, cá nhân liên quan tham mưu: Xây dựng và triển khai thực hiện kế hoạch, dự trù kinh phí, hướng dẫn lựa chọn và xét tôn vinh các điển hình tiên tiến tại Hội nghị; tổng hợp báo cáo đánh giá tình hình và kết quả thực hiện các phong trào thi đua yêu nước 5 năm (2016-2020); tham mưu thành phần, số lượng đại biểu, chuẩn bị các điều kiện phục vụ hội nghị.',
      },
      {
        party: 'Công chức Văn hóa Xã hội',
        role: 'culture_officer',
        duties:
          'chủ trì, phối hợp với bộ phận truyền thanh tăng cường tuyên truyền Hội nghị điển hình tiên tiến các cấp và các gương điển hình tiên tiến; chỉ đạo các hoạt động văn hóa, văn nghệ, thể thao, treo pano, áp phích tuyên truyền, chào mừng Hội nghị điển hình tiên tiến tạo không khí thi đua, sôi nổi rộng khắp trong toàn phường. Mở chuyên đề, chuyên trang, chuyên mục, viết tin bài, ... tuyên truyền về Hội nghị điển hình tiên tiến trên trang thông tin điện tử của phường.',
      },
      {
        party: 'Công chức Tài chính - Kế toán',
        role: 'finance_officer',
        duties:
          'phối hợp xây dựng dự trù kinh phí tổ chức Hội nghị điển hình tiên tiến đảm bảo theo quy định.',
      },
      { party: 'Các ban ngành, đơn vị liên quan', role: null, duties: PERFORMANCE_REQUEST },
    ],
    performanceRequest: PERFORMANCE_REQUEST,
    closing:
      'Trên đây là Kế hoạch tổ chức Hội nghị điển hình tiên tiến phường Văn Yên giai đoạn 2020-2025; Để kịp thời cho Hội nghị biểu dương các điển hình tiên tiến 5 năm (2020 - 2025), yêu cầu các ban ngành, đoàn thể, đơn vị, tổ dân phố thực hiện nghiêm túc các nội dung kế hoạch đã đề ra. Trong quá trình tổ chức thực hiện trường hợp có vướng mắc, các tổ chức, cá nhân phản ánh về Văn phòng Cấp ủy Chính quyền phường để tổng hợp, báo cáo, đề xuất Ủy ban nhân dân phường xem xét, quyết định./.',
    // Nơi nhận
    recipients: [
      'Phòng Nội vụ Thành phố (báo cáo)',
      'Thường trực Đảng ủy',
      'Thường trực HĐND phường',
      'Chủ tịch, PCT UBND phường',
      'Các thành viên Hội đồng thi đua khen thưởng phường',
      'Trang thông tin điện tử phường',
      'Lưu: VT, VP',
    ],
    signer: { authorityLine: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Lê Đình Thắng' },
    // The seed carries no number ("Số: …").
    documentNumber: null,
    documentCode: 'KH-UBND',
    // "Giờ ký: 18/3/2020 5:08:42 PM", Vietnam time.
    signedAt: '2020-03-18T17:08:42+07:00',
  };
}

/** III.1. Dự kiến thời gian — the 7 milestones of the demo conference (2020). */
export const vanYenMilestones: MilestoneInput[] = [
  {
    startDate: '2020-03-15',
    endDate: null,
    title:
      'Họp Hội đồng TĐKT triển khai xây dựng kế hoạch tổ chức Hội nghị điển hình tiên tiến giai đoạn 2020-2025',
    responsible: 'Hội đồng TĐKT',
    kind: 'council_meeting',
    startTime: null,
  },
  {
    startDate: '2020-03-15',
    endDate: '2020-03-17',
    title: 'hoàn chỉnh và gửi kế hoạch chi tiết cho các ban ngành, đơn vị, tổ dân phố để thực hiện',
    responsible: 'Văn phòng',
    kind: 'other',
    startTime: null,
  },
  {
    startDate: '2020-03-18',
    endDate: '2020-03-20',
    title:
      'các ban ngành, đoàn thể, tổ dân phố chuẩn bị báo cáo, tiến hành họp bình xét các tập thể, cá nhân tiêu biểu tham dự Hội nghị; tóm tắt thành tích của các tập thể, cá nhân đề nghị vinh danh.',
    responsible: 'Các ban ngành, đoàn thể, tổ dân phố',
    kind: 'other',
    startTime: null,
  },
  {
    startDate: '2020-03-23',
    endDate: null,
    title:
      'các đơn vị gửi báo cáo, danh sách đại biểu đề xuất vinh danh và tóm tắt thành tích của các tập thể, cá nhân về Hội đồng TĐKT phường.',
    responsible: 'Các đơn vị',
    kind: 'submission_deadline',
    startTime: null,
  },
  {
    startDate: '2020-03-25',
    endDate: null,
    title:
      'Hội đồng TĐKT họp lần 2 thống nhất thành phần, số lượng đại biểu, phân công phát biểu tham luận tại Hội nghị; dự kiến tập thể, cá nhân tham dự Hội nghị điển hình tiên tiến Thành phố (theo số lượng phân bổ 01 tập thể và 05 cá nhân).',
    responsible: 'Hội đồng TĐKT',
    kind: 'council_meeting',
    startTime: null,
  },
  {
    startDate: '2020-03-25',
    endDate: '2020-03-27',
    title:
      'hoàn chỉnh báo cáo Tổng kết phong trào thi đua và công tác khen thưởng 5 năm 2015–2020; phương hướng nhiệm vụ và giải pháp 5 năm 2020 - 2025; chuẩn bị các điều kiện phục vụ Hội nghị.',
    responsible: 'Văn phòng',
    kind: 'other',
    startTime: null,
  },
  {
    startDate: '2020-03-31',
    endDate: null,
    title: 'tổ chức Hội nghị.',
    // The council chair opens and runs the conference (III.2).
    responsible: 'Hội đồng TĐKT',
    kind: 'conference_day',
    // Assumption: the seed gives no hour ("Một buổi"); a morning session from 7 giờ 30.
    startTime: '07:30',
  },
];

/** Shared password of every demo account. */
export const DEMO_PASSWORD = 'VanYen@2020';

export type DemoAccount = { username: string; fullName: string; role: Role; unitName?: string };

/** Demo accounts, one per role of the domain. */
export const demoAccounts: DemoAccount[] = [
  { username: 'admin', fullName: 'Quản trị hệ thống', role: 'admin' },
  { username: 'chutich', fullName: 'Lê Đình Thắng', role: 'council_chair' },
  { username: 'thuky', fullName: 'Trần Thị Hà', role: 'secretary' },
  { username: 'uyvien', fullName: 'Phạm Văn Minh', role: 'council_member' },
  { username: 'tdp5', fullName: 'Nguyễn Văn Tâm', role: 'unit_head', unitName: 'Tổ dân phố 5' },
  { username: 'vanhoa', fullName: 'Nguyễn Thị Lan', role: 'culture_officer' },
  { username: 'taichinh', fullName: 'Hoàng Văn Phúc', role: 'finance_officer' },
  { username: 'letan', fullName: 'Lê Thị Vy', role: 'reception' },
];
