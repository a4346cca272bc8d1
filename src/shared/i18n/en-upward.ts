import type { viUpward } from './vi-upward';

export const enUpward: typeof viUpward = {
  status: {
    received: 'Received',
    returned: 'Returned',
    accepted: 'Accepted',
    honored: 'Honored',
  },
  notSent: 'Not sent',
  channel: { send: 'Sent directly', import: 'ZIP dossier import' },
  send: {
    title: 'Send the delegation to the upper level',
    help: 'Sends the whole delegation (dossiers, summaries, council results, decision number) to the upper organizer’s conference in one action. A returned nomination is sent again into the same dossier.',
    target: 'Upper-level conference',
    closed: 'no longer accepting dossiers',
    until: 'accepting dossiers until {{date}}',
    noTargets: 'No upper-level organizer has linked one of its units to this organizer yet.',
    button: 'Send the delegation up',
    member: 'Delegation member',
    state: 'Status at the upper level',
    reason: 'Reason: {{reason}}',
  },
  origin: {
    title: 'Origin of the dossier',
    from: 'Sent up by {{organization}} ({{conference}})',
    council: 'Lower council’s result: {{agree}}/{{base}} in favour ({{share}}%)',
  },
  inbox: {
    title: 'Dossiers sent up by lower levels',
    help: 'Delegations lower levels sent to this conference (directly or as a ZIP dossier), newest first. Each dossier is in the nominations of the matching unit.',
    empty: 'No delegation has been sent yet.',
    from: 'From',
    unit: 'Unit',
    members: 'Dossiers',
    files: 'Files',
    sentAt: 'Sent at',
    decision: 'Decision',
    total: '{{count}} arrivals',
    prev: 'Previous page',
    next: 'Next page',
    open: 'Dossiers from lower levels',
  },
};
