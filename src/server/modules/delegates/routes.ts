// Đại biểu, giấy mời, đón tiếp — HTTP routes. B = /api/conferences/:conferenceId
// Request schemas and answer types: src/shared/schemas/delegates.ts. Rule: shared/rules/delegate-composition.ts.
//
// method  path                                        policy             body / query → answer
// ---- the list (Thư ký / Văn phòng) ------------------------------------------------------------
// GET     B/delegates                                 delegate.read      ?q&category&rsvpStatus → DelegateList
// GET     B/delegates/composition                     delegate.read      → CompositionGauge (the gauge)
// POST    B/delegates                                 delegate.manage    DelegateInput → 201 Delegate; 422 over the cap
// PUT     B/delegates/:delegateId                     delegate.manage    DelegateUpdate (version) → Delegate; 409 stale
// DELETE  B/delegates/:delegateId                     delegate.manage    ?version → 204; 422 if checked in
// PUT     B/delegates/:delegateId/rsvp                delegate.manage    RsvpInput (version) → Delegate; 409 stale
// POST    B/delegates/from-honorees                   delegate.manage    AddHonoreesInput → { added, alreadyListed, composition }
// GET     B/delegates/template.xlsx                   delegate.manage    → XLSX template (Mẫu danh sách khách mời)
// POST    B/delegates/import                          delegate.manage    multipart file, ?category → 201 { created };
//                                                                        400 { error.rows } (nothing stored); 422 over the cap
// GET     B/delegates/export.xlsx                     delegate.read      → XLSX Danh sách đại biểu (formula-safe)
// POST    B/delegates/finalize                        delegate.read*     FinalizeInput → CompositionGauge; *the rules hold:
//                                                                        delegate.manage; a rule breaks: delegate.override
//                                                                        and a written overrideReason, else 422 with the rules
// POST    B/delegates/reopen                          delegate.manage    → CompositionGauge
// POST    B/delegates/invitations                     delegate.manage    { delegateIds?, rotate? } → { items: InvitationEntry[] }
// POST    B/delegates/:delegateId/invitation/rotate   delegate.manage    → InvitationEntry (the old QR stops working)
// ---- đón tiếp (reception, on the conference day; see checkin-window.ts) ----------------------
// GET     B/checkin/summary                           delegate.checkin   → CheckinSummary (counts by category, rules)
// GET     B/checkin/search                            delegate.checkin   ?q (with or without diacritics) → { items: Delegate[] }
// GET     B/checkin/not-arrived                       delegate.checkin   → { items: Delegate[] }
// POST    B/checkins                                  delegate.checkin   { token } | { delegateId } → 201 CheckInResult
//                                                                        (first) | 200 CheckInResult "Đã đón lúc … bởi …";
//                                                                        400 forged / other conference; 422 outside the day
// POST    B/checkins/walk-in                          delegate.checkin   WalkInInput → 201 CheckInResult; 422 over the cap
// GET     B/checkin/events                            delegate.checkin   server-sent events: `event: checkin` CheckInEvent
//
// For the invitation PDF (documents): mutations.ts `listInvitationData(db, actor, conf, key)` with
// `key = invitationKey(app.deps.env)` from tokens.ts → InvitationEntry[] (issues a token to any
// delegate without one; existing tokens are kept, so reprinting gives the same QR codes).

export {};
