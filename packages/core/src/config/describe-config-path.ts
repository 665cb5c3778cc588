const identifier = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Writes a field path the way a reader finds it in the file: `datasets.support.method.type`. */
export function describeConfigPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (typeof segment === 'string' && identifier.test(segment))
      text += text === '' ? segment : `.${segment}`;
    else text += `[${JSON.stringify(String(segment))}]`;
  }
  return text;
}
