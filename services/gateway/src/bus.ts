/** The NATS client the gateway asks services through (request/reply). */
export const BUS = Symbol('BUS');
