import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import AgencyPicker from './AgencyPicker.vue';
import { buildAgencyTree } from '../reference/agency-tree';
import { createAppI18n } from '../i18n';

const tree = buildAgencyTree([
  { id: '1', code: 'KDI', name: 'Pemerintah Kota Kendari', parentId: null, depth: 0 },
  { id: '2', code: 'KDI-BKD', name: 'BKPSDM Kota Kendari', parentId: '1', depth: 1 },
  { id: '3', code: 'KDI-BKD-MUT', name: 'Bidang Mutasi', parentId: '2', depth: 2 },
  { id: '6', code: 'PAUH', name: 'Pemerintah Pauh', parentId: null, depth: 0 },
]);

function mountPicker(modelValue: string) {
  return mount(AgencyPicker, {
    props: { tree, label: 'Instansi', modelValue },
    global: { plugins: [createAppI18n('id')] },
    attachTo: document.body,
  });
}

describe('AgencyPicker', () => {
  it('shows the path to the choice and opens on the tree unfolded down to it', async () => {
    const wrapper = mountPicker('KDI-BKD-MUT');
    expect(wrapper.find('button.control').text()).toContain('BKPSDM Kota Kendari ›');
    expect(wrapper.find('button.control').text()).toContain('Bidang Mutasi');
    await wrapper.find('button.control').trigger('click');
    const codes = wrapper.findAll('[data-agency-code]').map((b) => b.attributes('data-agency-code'));
    expect(codes).toEqual(['KDI', 'KDI-BKD', 'KDI-BKD-MUT', 'PAUH']);
    expect(wrapper.find('[aria-selected="true"]').text()).toContain('Bidang Mutasi');
    wrapper.unmount();
  });

  it('finds agencies by name with their ancestors, and picks one', async () => {
    const wrapper = mountPicker('PAUH');
    await wrapper.find('button.control').trigger('click');
    await wrapper.find('input[type="search"]').setValue('mutasi');
    expect(wrapper.findAll('[data-agency-code]').map((b) => b.attributes('data-agency-code'))).toEqual(['KDI', 'KDI-BKD', 'KDI-BKD-MUT']);
    await wrapper.find('[data-agency-code="KDI-BKD-MUT"]').trigger('click');
    expect(wrapper.emitted('update:modelValue')).toEqual([['KDI-BKD-MUT']]);
    expect(wrapper.find('[role="tree"]').exists()).toBe(false);
    wrapper.unmount();
  });
});
