// The Drizzle schema, one file per domain; this list is what the client and drizzle-kit see.
export * from './certificates';
export * from './communication';
export * from './core';
export * from './delegates';
export * from './documents';
export * from './honours';
export * from './identities';
export * from './live';
export * from './nominations';
export * from './preparation';
export * from './program';
export * from './publicity';
export * from './review';
export * from './selection';
export * from './storage';
export * from './summary-report';
export * from './upward';
