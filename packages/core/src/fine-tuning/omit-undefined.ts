/** `T` with its optional properties no longer allowing `undefined`. */
export type WithoutUndefined<T> = { [Key in keyof T]: Exclude<T[Key], undefined> };

/**
 * Copies an object without its undefined properties: zod's optional fields are `T | undefined`,
 * the SDK's (under exactOptionalPropertyTypes) are not.
 */
export function omitUndefined<T extends object>(value: T): WithoutUndefined<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, entry]) => entry !== undefined),
  ) as WithoutUndefined<T>;
}
