import { describe, expect, it } from 'vitest';
import type { ConferenceFigures } from '../schemas/summary-report';
import {
  changeText,
  comparisonLines,
  directWorkerShare,
  isSummaryReportItem,
  proseParts,
  quoteUnits,
  SECTION_SOURCE,
  sectionDraft,
  sectionText,
} from './summary-report';

const units = [
  {
    unitName: 'TDP số 1',
    sections: { movements: 'Xây dựng\nđô thị văn minh.', directions: 'Giữ vững an ninh.' },
  },
  { unitName: 'TDP số 2', sections: { movements: '  ', directions: 'Phát triển kinh tế hộ.' } },
];

const figures = (o: Partial<ConferenceFigures> = {}): ConferenceFigures => ({
  conferenceId: 'c',
  conferenceName: 'Hội nghị 2020',
  period: '2015–2020',
  nominations: 40,
  honoured: 30,
  collectives: 10,
  individuals: 30,
  byForm: [{ key: 'f1', label: 'Giấy khen', nominations: 40, honoured: 30 }],
  directWorkers: { count: 6, of: 20, percent: 30 },
  ...o,
});

describe('summary report rules', () => {
  it('feeds the contents section from the units’ directions and leaves goals and solutions to the office', () => {
    expect(SECTION_SOURCE.contents).toBe('directions');
    expect(SECTION_SOURCE.goals).toBeNull();
    expect(quoteUnits('contents', units)).toBe(
      'TDP số 1: Giữ vững an ninh.\n\nTDP số 2: Phát triển kinh tế hộ.',
    );
    expect(quoteUnits('goals', units)).toBe('');
  });

  it('quotes only the units that wrote the section, named, on one line each', () => {
    expect(quoteUnits('movements', units)).toBe('TDP số 1: Xây dựng đô thị văn minh.');
  });

  it('opens the commendations draft with the figures and the comparison, then the quotes', () => {
    const d = sectionDraft('commendations', [{ unitName: 'TDP 3', sections: { commendations: 'Khen 5.' } }], {
      now: figures(),
      before: figures({
        conferenceName: 'Hội nghị 2015',
        period: '2010–2015',
        nominations: 32,
        honoured: 30,
      }),
    });
    expect(d).toContain('Các đơn vị đã gửi 40 hồ sơ đề nghị khen thưởng (10 tập thể, 30 cá nhân).');
    expect(d).toContain('- Giấy khen: 40 đề nghị, 30 được khen.');
    expect(d).toContain('chiếm 30%');
    expect(d).toContain(
      '- Số hồ sơ đề nghị khen thưởng: 40, tăng 8 (25%) so với Hội nghị 2015 (2010–2015: 32).',
    );
    expect(d).toContain('được khen thưởng: 30, bằng so với');
    expect(d.endsWith('TDP 3: Khen 5.')).toBe(true);
  });

  it('writes changes as increase, decrease or equal, with the share of the earlier figure', () => {
    expect(changeText(12, 10)).toBe('tăng 2 (20%)');
    expect(changeText(7, 8)).toBe('giảm 1 (12,5%)');
    expect(changeText(3, 3)).toBe('bằng');
    expect(changeText(3, 0)).toBe('tăng 3');
    expect(comparisonLines(figures(), null)).toEqual([]);
  });

  it('counts workers, farmers and direct producers among the individuals, honoured ones once there are', () => {
    const rows = [
      { key: 'worker', nominations: 3, honoured: 2 },
      { key: 'farmer', nominations: 1, honoured: 1 },
      { key: 'civil_servant', nominations: 4, honoured: 1 },
      { key: 'collective', nominations: 5, honoured: 5 },
    ];
    expect(directWorkerShare(rows, false)).toEqual({ count: 4, of: 8, percent: 50 });
    expect(directWorkerShare(rows, true)).toEqual({ count: 3, of: 4, percent: 75 });
    expect(directWorkerShare([], false).percent).toBeNull();
  });

  it('splits a body into paragraphs by blank lines and "- " / "+ " lines into bullets', () => {
    expect(proseParts('Mở đầu\ntiếp.\n\n- Một\n+ Hai\nBa')).toEqual([
      { kind: 'paragraph', text: 'Mở đầu tiếp.' },
      { kind: 'bullet', marker: '-', text: 'Một' },
      { kind: 'bullet', marker: '+', text: 'Hai' },
      { kind: 'paragraph', text: 'Ba' },
    ]);
    expect(sectionText({ body: ' ', draft: 'bản tổng hợp' })).toBe('bản tổng hợp');
    expect(sectionText({ body: 'Văn bản', draft: 'x' })).toBe('Văn bản');
  });

  it('finds the agenda item that presents the report by its kind and title', () => {
    expect(
      isSummaryReportItem({ kind: 'report', title: 'Báo cáo tổng kết phong trào thi đua 2015-2020' }),
    ).toBe(true);
    expect(isSummaryReportItem({ kind: 'report', title: 'Báo cáo tham luận' })).toBe(false);
    expect(isSummaryReportItem({ kind: 'other', title: 'Báo cáo tổng kết' })).toBe(false);
  });
});
