import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import type { ReportData } from '../components/data/data.js';
import { fixtureDataset } from '../tests/fixtures/dataset.js';

const meta: Meta = {
  title: 'Elements/report-data',
  component: 'report-data',
};
export default meta;

type Story = StoryObj;

/** A dataset given as a property; its children read it. */
export const Default: Story = {
  render: () => html`<report-data .data=${fixtureDataset()}><p>数据已载入。</p></report-data>`,
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector('report-data') as ReportData;
    await waitFor(() => expect(element.state.status).toBe('ready'));
  },
};

/** Invalid data: the error names the path and the value; the fallback stays. */
export const InvalidData: Story = {
  render: () =>
    html`<report-data .data=${{ schemaVersion: 1, id: 'Bad Id' }}><p>后备内容</p></report-data>`,
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector('report-data') as ReportData;
    await waitFor(() =>
      expect(element.shadowRoot?.querySelector('[role="alert"]')?.textContent).toContain('id:'),
    );
  },
};
