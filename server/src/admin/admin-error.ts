/** A refusal the operator can act on: the CLI prints its message alone, without a stack. */
export class AdminError extends Error {}
