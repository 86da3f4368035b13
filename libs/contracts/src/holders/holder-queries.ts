/** `od.queries.access.holder-registered`: whether the holders registry knows a holder (a staff token's `od_holder`). */
export interface HolderRegisteredQuery {
  readonly holderId: string;
}

export interface HolderRegisteredReply {
  readonly registered: boolean;
}
