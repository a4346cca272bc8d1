import type { Role } from '../../shared/schemas/enums';
import type { CouncilPosition } from '../../shared/schemas/review';

/** Hội đồng TĐKT phường Văn Yên, nhiệm kỳ 2020–2025 (demo; names other than the chair are invented). */
export const COUNCIL_TERM = '2020-2025';

export const vanYenCouncil: {
  fullName: string;
  position: CouncilPosition;
  username: string;
  role: Role | null;
  unitName: string | null;
}[] = [
  { fullName: 'Lê Đình Thắng', position: 'chair', username: 'chutich', role: null, unitName: null },
  {
    fullName: 'Nguyễn Văn Hùng',
    position: 'vice_chair',
    username: 'phochutich',
    role: 'council_chair',
    unitName: null,
  },
  {
    fullName: 'Trần Thị Hà',
    position: 'secretary',
    username: 'thuky',
    role: null,
    unitName: 'Văn phòng Cấp ủy Chính quyền phường',
  },
  {
    fullName: 'Phạm Văn Minh',
    position: 'member',
    username: 'uyvien',
    role: null,
    unitName: 'Ủy ban MTTQ phường',
  },
  {
    fullName: 'Võ Thị Hoa',
    position: 'member',
    username: 'uyvien2',
    role: 'council_member',
    unitName: 'Hội LHPN phường',
  },
  {
    fullName: 'Đặng Văn Long',
    position: 'member',
    username: 'uyvien3',
    role: 'council_member',
    unitName: 'Đoàn Thanh niên phường',
  },
  {
    fullName: 'Hồ Văn Sơn',
    position: 'member',
    username: 'uyvien4',
    role: 'council_member',
    unitName: 'Hội Cựu chiến binh phường',
  },
  {
    fullName: 'Bùi Thị Nga',
    position: 'member',
    username: 'uyvien5',
    role: 'council_member',
    unitName: 'Hội Nông dân phường',
  },
  {
    fullName: 'Ngô Văn Bình',
    position: 'member',
    username: 'uyvien6',
    role: 'council_member',
    unitName: 'Công an phường',
  },
];
