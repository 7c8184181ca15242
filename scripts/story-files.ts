/**
 * Writes the files the story model keeps in `data/` (`npm run story-files`):
 *
 * - `story.schema.json`: the JSON Schema of story files, generated from the valibot schema in
 *   `src/story/schema.ts`, for editors that validate a story while it is written;
 * - `demo-dataset.json`: the test fixture dataset as JSON, which the demo story shows.
 *
 * A unit test fails when the committed files differ from what this script writes.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { StorySchema } from '../src/story/schema.js';
import { fixtureDataset } from '../tests/fixtures/dataset.js';

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** The files by name, as they should read. */
export function storyFiles(): Record<string, string> {
  const { $schema, ...schema } = toJsonSchema(StorySchema, { errorMode: 'ignore' });
  return {
    'story.schema.json': json({
      $schema,
      $id: 'story.schema.json',
      title: 'report-story story file',
      description:
        'A scroll story and its deck as data: steps with Chinese and English text, the report-story elements each step shows, cited dataset items and speaker notes.',
      ...schema,
    }),
    'demo-dataset.json': json(fixtureDataset()),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = fileURLToPath(new URL('../data/', import.meta.url));
  for (const [name, text] of Object.entries(storyFiles())) {
    writeFileSync(`${dir}${name}`, text);
    process.stdout.write(`wrote data/${name}\n`);
  }
}
