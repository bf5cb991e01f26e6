/**
 * Budget syntax check used by config validation. Delegates to the budget parser; kept as a tiny
 * adapter so the validator does not depend on the parser's error type.
 */
import { parseBudget } from './budget.js'

/** Returns a user-facing problem with a budget expression, or undefined when it parses. */
export function budgetProblem(expression: string): string | undefined {
  try {
    parseBudget(expression)
    return undefined
  } catch (err) {
    return (err as Error).message
  }
}
