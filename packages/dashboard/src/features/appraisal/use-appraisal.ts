import { shallowRef, toValue, watch, type MaybeRefOrGetter } from 'vue';
import { useI18n } from 'vue-i18n';
import { request } from '../../graphql/client';
import { AppraisalDetailDocument, type AppraisalDetailFieldsFragment } from '../../graphql/generated/graphql';
import { errorsByField, type UserErrorLike } from './field-errors';

export type AppraisalDetail = AppraisalDetailFieldsFragment;

/** One appraisal, reloaded on demand and replaced by what each write answers (with its new version). */
export function useAppraisal(id: MaybeRefOrGetter<string | null>) {
  const appraisal = shallowRef<AppraisalDetail | null>(null);
  const loading = shallowRef(false);
  const error = shallowRef<Error | null>(null);

  async function reload(): Promise<void> {
    const value = toValue(id);
    if (!value) return;
    loading.value = true;
    try {
      appraisal.value = (await request(AppraisalDetailDocument, { id: value })).appraisal ?? null;
      error.value = null;
    } catch (e) {
      error.value = e as Error;
    } finally {
      loading.value = false;
    }
  }
  watch(() => toValue(id), () => void reload(), { immediate: true });

  return { appraisal, loading, error, reload, apply: (next: AppraisalDetail) => { appraisal.value = next; } };
}

interface Payload {
  appraisal?: AppraisalDetail | null;
  userErrors: readonly UserErrorLike[];
}

/**
 * One form's write: pending while it runs, the API's refusals by field (shown at the field and in the
 * summary), and on success the appraisal it answered. A stale version (someone else wrote first) reloads
 * the appraisal and says so; what the person typed stays in the form.
 */
export function useWrite(onSaved: (appraisal: AppraisalDetail) => void, onConflict: () => Promise<void>) {
  const { t, te } = useI18n();
  // Refusals about the workflow itself are said in the reader's language; field messages are the API's.
  const words = (e: UserErrorLike): UserErrorLike => (te(`appraisal.apiErrors.${e.code}`) ? { ...e, message: t(`appraisal.apiErrors.${e.code}`) } : e);
  const pending = shallowRef(false);
  const errors = shallowRef<Record<string, string>>({});
  const conflict = shallowRef(false);
  const failure = shallowRef<string | null>(null);

  async function run(write: () => Promise<Payload>): Promise<boolean> {
    pending.value = true;
    conflict.value = false;
    failure.value = null;
    try {
      const payload = await write();
      if (payload.userErrors.length > 0) {
        errors.value = errorsByField(payload.userErrors.map(words));
        if (payload.userErrors.some((e) => e.code === 'CONFLICT')) {
          conflict.value = true;
          await onConflict();
        }
        return false;
      }
      errors.value = {};
      if (payload.appraisal) onSaved(payload.appraisal);
      return true;
    } catch (e) {
      failure.value = (e as Error).message;
      return false;
    } finally {
      pending.value = false;
    }
  }

  /** Errors found before sending (the same words at the field); nothing is sent. */
  function refuse(found: Record<string, string>): boolean {
    errors.value = found;
    return Object.keys(found).length > 0;
  }

  return { pending, errors, conflict, failure, run, refuse };
}
