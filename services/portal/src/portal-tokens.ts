/** Nest injection tokens for the portal's values. */
export const PORTAL_CONFIG = Symbol('PORTAL_CONFIG');
export const PORTAL_ASSETS = Symbol('PORTAL_ASSETS');
