import { describe, expect, it } from 'vitest';
import {
  defaultMcTemplate,
  fillMcTemplate,
  honoringCallUp,
  mcTemplateKey,
  unknownPlaceholders,
} from './mc-script';

describe('MC script', () => {
  it('fills names and titles into the template', () => {
    expect(
      fillMcTemplate(defaultMcTemplate(mcTemplateKey('speech', { speech: true })), {
        presenter: 'Võ Văn Hùng',
        unit: 'Công an phường',
        title: 'Giữ bình yên cho từng khu dân cư',
      }),
    ).toEqual([
      'Xin trân trọng kính mời Võ Văn Hùng – Công an phường trình bày tham luận: “Giữ bình yên cho từng khu dân cư”.',
    ]);
  });

  it('leaves out a line whose value is missing, keeps unknown placeholders visible', () => {
    expect(
      fillMcTemplate('Lúc {time}: {title}.\nMời {presenter}.\n{ten}', { time: '07:30', title: 'Khai mạc' }),
    ).toEqual(['Lúc 07:30: Khai mạc.', '{ten}']);
    expect(unknownPlaceholders('{title} {ten} {presenter} {x}')).toEqual(['ten', 'x']);
  });

  it('calls up each award group, then who hands it over', () => {
    expect(
      honoringCallUp([
        {
          formName: 'Giấy khen',
          collective: true,
          names: ['Tổ dân phố 5', 'Tổ dân phố 3'],
          presenter: 'Ông Chủ tịch UBND',
        },
        { formName: 'Giấy khen', collective: false, names: ['Trần Thị Hường'], presenter: '' },
      ]),
    ).toEqual([
      'Xin trân trọng kính mời đại diện các tập thể được tặng Giấy khen lên nhận khen thưởng: Tổ dân phố 5, Tổ dân phố 3.',
      'Xin trân trọng kính mời Ông Chủ tịch UBND lên trao thưởng.',
      'Xin trân trọng kính mời các cá nhân được tặng Giấy khen lên nhận khen thưởng: Trần Thị Hường.',
    ]);
  });
});
