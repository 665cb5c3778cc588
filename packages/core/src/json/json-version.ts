/** The version of every `--json` shape: fields are only ever added within a version. */
export const jsonVersion = 1;
