/**
 * Every namespace a name-based id (`uuidV5`) is derived in, in one place. The values are fixed forever:
 * the ids of stored facts and streams were derived with them, and a changed value would give a re-derived
 * fact a new id (recorded twice) or send a retried command to a new stream. A new kind of derived id gets a
 * new, distinct value here (the unit test refuses a value already taken, unless it is listed below).
 */
export const ID_NAMESPACE_REGISTRY = {
  /** A request's id from the client's command id. */
  clientRequest: '5b0d3c0e-6a4f-4f0e-9d2b-1c7a1f3e9a01',
  /** A client command's event ids (`<commandId>/<index>`) and its answer drafts' ids (`draft:<commandId>`). */
  clientEvent: '5b0d3c0e-6a4f-4f0e-9d2b-1c7a1f3e9a02',
  clientConference: '5b0d3c0e-6a4f-4f0e-9d2b-1c7a1f3e9a21',
  clientQuestion: '5b0d3c0e-6a4f-4f0e-9d2b-1c7a1f3e9a22',
  clientTopicApplication: '5b0d3c0e-6a4f-4f0e-9d2b-1c7a1f3e9a23',
  /** A survey's id from the client's command id (shared with `surveyClockFact`: see SHARED_ID_NAMESPACES). */
  clientSurvey: '5b0d3c0e-6a4f-4f0e-9d2b-1c7a1f3e9a31',
  /** Ids the platform derives for commands of its own: no client derivation uses it. */
  system: '8f3c1d52-2b7e-4c1a-9e55-6d0b7a4e2f10',
  /** A request clock's id and its facts' ids (R2–R6; shared with `notice`: see SHARED_ID_NAMESPACES). */
  requestClock: '5b0d3c0e-6a4f-4f0e-9d2b-1c7a1f3e9a10',
  /** A conference or topic-application clock's id and its facts' ids (C3–C5). */
  conferenceClock: '5b0d3c0e-6a4f-4f0e-9d2b-1c7a1f3e9a20',
  /** A survey's C3 announcement clock ids (`<surveyId>/C3/<sequence>`). */
  surveyClock: '5b0d3c0e-6a4f-4f0e-9d2b-1c7a1f3e9a30',
  /** The ids of a survey clock's facts (`<clockId>/<what>`). */
  surveyClockFact: '5b0d3c0e-6a4f-4f0e-9d2b-1c7a1f3e9a31',
  /** A voter's id on a survey, from the account (`<kind>:<id>`): one ballot stream per voter and survey. */
  voter: '5b0d3c0e-6a4f-4f0e-9d2b-1c7a1f3e9a32',
  /** A notice's id, from the id of the fact it tells of. */
  notice: '5b0d3c0e-6a4f-4f0e-9d2b-1c7a1f3e9a10',
} as const;

export type IdNamespaceName = keyof typeof ID_NAMESPACE_REGISTRY;

/**
 * Pairs that were given the same value before this registry existed, and keep it (changing either would
 * change stored ids). They cannot collide because the names derived in them never take the same shape:
 * two equal ids need two equal names.
 */
export const SHARED_ID_NAMESPACES: readonly { readonly pair: readonly [IdNamespaceName, IdNamespaceName]; readonly whyNoCollision: string }[] = [
  {
    pair: ['requestClock', 'notice'],
    whyNoCollision:
      'a notice is named by a bare event id (a UUID, no "/"); every request clock name has "/" in it (`<requestId>/<rule>/<holderId>/<originEventId>`, `<clockId>/<what>`)',
  },
  {
    pair: ['clientSurvey', 'surveyClockFact'],
    whyNoCollision: 'a survey is named by a normalised client command id (a UUID, no "/"); a survey clock fact by `<clockId>/<what>`',
  },
];
