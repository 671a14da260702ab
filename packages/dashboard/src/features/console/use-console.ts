import { ref } from 'vue';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { request } from '../../graphql/client';

export interface UserErrorView {
  field?: readonly string[] | null;
  code: string;
  message: string;
}

/**
 * One console action: runs a mutation, keeps its user errors (shown in an error summary) and a
 * success message, and tells the page to reload what it shows.
 */
export function useAction() {
  const pending = ref(false);
  const errors = ref<UserErrorView[]>([]);
  const done = ref<string | null>(null);
  async function run<R, V extends Record<string, unknown>>(
    document: TypedDocumentNode<R, V>,
    variables: V,
    pick: (result: R) => { userErrors: UserErrorView[] },
    onSuccess: (result: R) => string,
  ): Promise<boolean> {
    pending.value = true;
    errors.value = [];
    done.value = null;
    try {
      const result = await request(document, variables);
      const userErrors = pick(result).userErrors;
      if (userErrors.length) {
        errors.value = userErrors;
        return false;
      }
      done.value = onSuccess(result);
      return true;
    } catch (error) {
      errors.value = [{ code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) }];
      return false;
    } finally {
      pending.value = false;
    }
  }
  return { pending, errors, done, run };
}
