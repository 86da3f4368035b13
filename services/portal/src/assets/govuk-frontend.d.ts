// govuk-frontend ships no TypeScript declarations; the portal uses one function of it.
declare module 'govuk-frontend' {
  export function initAll(config?: Record<string, unknown>): void;
}
