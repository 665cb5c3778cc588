type JsonSchemaNode = Record<string, unknown>;

function asNode(value: unknown): JsonSchemaNode | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as JsonSchemaNode)
    : undefined;
}

/** The schema alternatives (anyOf/oneOf options, or the node itself) that could apply here. */
function alternatives(node: JsonSchemaNode): JsonSchemaNode[] {
  const options = [...((node.anyOf as unknown[]) ?? []), ...((node.oneOf as unknown[]) ?? [])]
    .map(asNode)
    .filter((option) => option !== undefined);
  return options.length === 0 ? [node] : options.flatMap(alternatives);
}

/**
 * The field names the JSON Schema allows in the object at `path` (all alternatives of a union),
 * to suggest what a misspelt field meant.
 */
export function allowedConfigFields(options: {
  jsonSchema: JsonSchemaNode;
  path: readonly PropertyKey[];
}): string[] {
  let nodes = alternatives(options.jsonSchema);
  for (const segment of options.path) {
    const next: JsonSchemaNode[] = [];
    for (const node of nodes) {
      const property = asNode(asNode(node.properties)?.[String(segment)]);
      const child = property ?? asNode(node.additionalProperties) ?? asNode(node.items);
      if (child !== undefined) next.push(...alternatives(child));
    }
    nodes = next;
  }
  return [...new Set(nodes.flatMap((node) => Object.keys(asNode(node.properties) ?? {})))];
}
