import { describe, expect, it } from 'vitest';
import { batchLayer } from '../../../../shared/templates/batch-layer';
import { buildPipeline, node } from '../../../../shared/templates/build';
import type { Pipeline } from '../../../../shared/model/pipeline';
import { validatePipeline } from '../../validate';

const pw213 = (p: Pipeline) => validatePipeline(p).filter((f) => f.code === 'PW213');
const about = { title: 'Test', description: '' };

describe('PW213 crawler-no-targets', () => {
  it('flags a crawler with no store connected and no path listed', () => {
    const p = buildPipeline(about, [node('glue-crawler', 'crawler', 'Crawler', [0, 0]), node('glue-data-catalog', 'catalog', 'Catalog', [1, 0])], [['crawler', 'catalog']]);
    expect(pw213(p)).toEqual([
      { code: 'PW213', severity: 'error', nodeId: 'crawler', path: ['targets'], message: 'Crawler has nothing to crawl: connect the stores it reads (S3, RDS, Redshift, DynamoDB) or list their paths' },
    ]);
  });

  it('accepts a listed path, and a connected store (the batch layer)', () => {
    const listed = buildPipeline(
      about,
      [node('glue-crawler', 'crawler', 'Crawler', [0, 0], { targets: [{ type: 'S3', path: 's3://lake/raw/' }] }), node('glue-data-catalog', 'catalog', 'Catalog', [1, 0])],
      [['crawler', 'catalog']],
    );
    expect(pw213(listed)).toEqual([]);
    expect(pw213(batchLayer.build())).toEqual([]);
  });
});
