// Public entry of the pure engine. Filled in by the engine work; this signature is the contract.
export type * from './types';
