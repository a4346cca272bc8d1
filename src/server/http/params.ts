// Route parameters shared by every module (one definition each).
import { z } from 'zod';
import { uuidParam } from '../../shared/schemas/primitives';

export const orgParams = z.object({ orgId: uuidParam('Mã tổ chức') });
export const confParams = z.object({ conferenceId: uuidParam('Mã hội nghị') });
export const unitParams = z.object({ unitId: uuidParam('Mã đơn vị') });
/** A unit within a conference (the unit's workspace, reports, dossier). */
export const confUnitParams = confParams.extend({ unitId: uuidParam('Mã đơn vị') });
