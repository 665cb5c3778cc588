// The GitHub Action is built in its own issue; this package reserves its place in the workspace.
export const actionPackageName = '@tuneline/action';
