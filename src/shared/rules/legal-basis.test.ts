import { describe, expect, it } from 'vitest';
import { defaultDecisionLegalBasis } from './legal-basis';

describe('defaultDecisionLegalBasis', () => {
  it('cites the 2003 law and Decree 91/2017 for the demo decision of March 2020', () => {
    const lines = defaultDecisionLegalBasis('2020-03-31');
    expect(lines.join('\n')).toContain('Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003');
    expect(lines.join('\n')).toContain('Nghị định số 91/2017/NĐ-CP');
    expect(lines[0]).toContain('ngày 19 tháng 6 năm 2015');
  });

  it('switches to the 2022 law on 01/01/2024 and Decree 98/2023 until 30/6/2025', () => {
    expect(defaultDecisionLegalBasis('2023-12-31').join('\n')).toContain('năm 2003');
    const in2024 = defaultDecisionLegalBasis('2024-01-01').join('\n');
    expect(in2024).toContain('Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022');
    expect(in2024).toContain('Nghị định số 98/2023/NĐ-CP');
    expect(defaultDecisionLegalBasis('2025-06-30').join('\n')).toContain('98/2023');
  });

  it('cites Decree 152/2025 from 01/7/2025 and the 2025 local government law from 16/6/2025', () => {
    expect(defaultDecisionLegalBasis('2025-06-15')[0]).toContain('năm 2015');
    expect(defaultDecisionLegalBasis('2025-06-16')[0]).toBe(
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;',
    );
    const now = defaultDecisionLegalBasis('2026-11-24').join('\n');
    expect(now).toContain('Nghị định số 152/2025/NĐ-CP');
    expect(now).not.toContain('98/2023');
  });

  it('ends every line with a semicolon, as a Căn cứ line does', () => {
    for (const d of ['2020-03-31', '2024-05-01', '2026-01-01'])
      for (const l of defaultDecisionLegalBasis(d)) expect(l).toMatch(/^Căn cứ .*;$/u);
  });
});
