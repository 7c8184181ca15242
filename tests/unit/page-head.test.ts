import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data/loader.js';
import { pageHtml } from '../../src/site/html.js';
import { draftStory } from '../../src/story/draft.js';
import { fillPageHead } from '../../scripts/page-head.js';

const PAGES = ['index.html', 'deck.html', 'embed.html', 'studio.html', 'studio-preview.html'];

const read = (name: string) => readFileSync(new URL(`../../${name}`, import.meta.url), 'utf8');

/** The lines of a page's head before its title. */
function headLines(html: string): string[] {
  const head = /<head>\n([\s\S]*?)\n\s*<title>/.exec(html)?.[1] ?? '';
  return head.split('\n').map((line) => line.trim());
}

describe('the head the project pages share with the written sites', () => {
  const dataset = parseDataset(JSON.parse(read('data/gangzha-2019.json')));
  const written = pageHtml({
    kind: 'scroll',
    story: draftStory(dataset),
    dataset,
    storyPath: 'story.json',
    datasetPath: 'dataset.json',
    locale: 'zh-CN',
    version: '1.0.0',
  });

  it.each(PAGES)('%s gets the lines a written page starts its head with', (name) => {
    const filled = headLines(fillPageHead(read(name), name));
    expect(filled.length).toBeGreaterThanOrEqual(4);
    expect(headLines(written).slice(0, filled.length)).toEqual(filled);
    expect(filled[0]).toBe('<meta charset="utf-8" />');
  });

  it('refuses a page without the marker, naming it', () => {
    expect(() => fillPageHead('<html><head><title>x</title></head></html>', '/odd.html')).toThrow(
      '/odd.html has no <!-- page-head --> line',
    );
  });
});
