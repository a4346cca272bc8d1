// Presenters of the program: the program (computed by shared/rules/program.ts, loaded by data.ts)
// with what the actor may do, and the run of show.
import { type Actor, can } from '../../../shared/rules/permissions';
import type { ProgramContent, ProgramView, RunView } from '../../../shared/schemas/program';
import type { ConferenceRow } from '../conferences/data';
import { conferenceScope } from '../conferences/policy';

const mayManage = (actor: Actor, conf: ConferenceRow) => can(actor, 'program.manage', conferenceScope(conf));

export function presentProgram(program: ProgramContent, actor: Actor, conf: ConferenceRow): ProgramView {
  const manage = mayManage(actor, conf);
  return { ...program, permissions: { canManage: manage, canRun: manage } };
}

export function presentRun(program: ProgramContent, actor: Actor, conf: ConferenceRow): RunView {
  return { ...program.run, session: program.session, permissions: { canRun: mayManage(actor, conf) } };
}
