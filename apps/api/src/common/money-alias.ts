import { Field, type FieldMiddleware } from '@nestjs/graphql';
import { MoneyScalar } from './scalars/money.scalar.js';

/** One money field under its old name and the `…Amount` name that replaces it (docs/api-changes.md). */
export interface MoneyAlias {
  /** The old field, kept with `@deprecated(reason: "Use <amount>.")`. */
  old: string;
  /** The new name: ends in `Amount`. */
  amount: `${string}Amount`;
  nullable?: boolean;
  description: string;
}

/** The deprecation reason the old name of a money field carries. */
export const useAmount = (amount: string): string => `Use ${amount}.`;

/**
 * Declares the `…Amount` names of `model`'s money fields (issue 19: one naming pattern for money). Each new
 * field reads the old field's value from the same parent, so no resolver is copied; the old field stays,
 * deprecated with `useAmount(<new name>)` in its own @Field.
 */
export function declareMoneyAliases(
  model: abstract new (...args: never[]) => unknown,
  aliases: MoneyAlias[],
): void {
  for (const alias of aliases) {
    const readOld: FieldMiddleware = ({ source }) => (source as Record<string, unknown>)[alias.old];
    Field(() => MoneyScalar, {
      nullable: alias.nullable ?? false,
      description: alias.description,
      middleware: [readOld],
    })(model.prototype as object, alias.amount);
  }
}
