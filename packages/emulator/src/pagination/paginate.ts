/**
 * One page of a cursor-paginated list, as OpenAI pages: the items after the one whose id is
 * `after`, at most `limit` of them, and whether more follow. `items` are in listing order.
 */
export function paginate<Item extends { readonly id: string }>(
  items: readonly Item[],
  options: { after?: string | null | undefined; limit: number },
): { data: Item[]; has_more: boolean } {
  let start = 0;
  if (options.after !== undefined && options.after !== null && options.after !== '') {
    const index = items.findIndex((item) => item.id === options.after);
    start = index === -1 ? items.length : index + 1;
  }
  const data = items.slice(start, start + options.limit);
  return { data, has_more: start + options.limit < items.length };
}
