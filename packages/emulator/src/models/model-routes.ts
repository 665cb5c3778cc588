import type { EmulatorContext } from '../emulator-context.js';
import { ApiError } from '../http/api-error.js';
import { jsonResult } from '../http/json-result.js';
import type { Route } from '../http/route.js';
import { findServedModel } from './find-served-model.js';
import { listServedModels } from './list-served-models.js';
import { toModelObject } from './to-model-object.js';

function modelNotFound(modelId: string): ApiError {
  return new ApiError(404, `The model '${modelId}' does not exist`, {
    param: 'model',
    code: 'model_not_found',
  });
}

/** The Models API: list, retrieve, and delete fine-tuned models. */
export function createModelRoutes(context: EmulatorContext): Route[] {
  const organizationId = context.organization.id;
  return [
    {
      method: 'GET',
      path: '/models',
      handle: async () =>
        jsonResult({
          object: 'list',
          data: listServedModels(context.state).map((model) =>
            toModelObject(model, organizationId),
          ),
        }),
    },
    {
      method: 'GET',
      path: '/models/{model}',
      handle: async (route) => {
        const modelId = route.params.model ?? '';
        const model = findServedModel(context.state, modelId);
        if (!model) throw modelNotFound(modelId);
        return jsonResult(toModelObject(model, organizationId));
      },
    },
    {
      method: 'DELETE',
      path: '/models/{model}',
      handle: async (route) => {
        const modelId = route.params.model ?? '';
        const model = findServedModel(context.state, modelId);
        if (!model) throw modelNotFound(modelId);
        if (model.kind === 'base') {
          throw new ApiError(
            403,
            `You cannot delete ${modelId}: only fine-tuned models your organization owns can be deleted.`,
            {
              param: 'model',
              code: 'model_not_deletable',
            },
          );
        }
        context.state.deletedModels.add(modelId);
        context.state.changed();
        return jsonResult({ id: modelId, object: 'model', deleted: true });
      },
    },
  ];
}
