import { computed, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import type { AgencyComparisonRow } from './use-agency-comparison';
import { comparisonLabel, orderComparisonRows } from './comparison-rows';

export type LabelledComparisonRow = AgencyComparisonRow & { label: string; agencyCode: string; agencyName: string };

/** The comparison rows in display order, each with its label in the UI language. */
export function useLabelledComparison(rows: Ref<AgencyComparisonRow[] | null>) {
  const { t } = useI18n();
  return computed<LabelledComparisonRow[]>(() =>
    orderComparisonRows((rows.value ?? []).map((r) => ({ ...r, agencyCode: r.agency.code, agencyName: r.agency.name }))).map((r) => ({
      ...r,
      label: comparisonLabel(r, {
        scope: (name) => t('comparison.scopeRow', { name }),
        own: (name) => t('comparison.ownRow', { name }),
      }),
    })),
  );
}
