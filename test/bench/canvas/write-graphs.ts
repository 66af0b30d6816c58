import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serializePipeline } from '../../../src/shared/model/serialize';
import { generatePipeline } from '../../fixtures/generate';
import { CANVAS_SIZES, graphFile } from './sizes';

// `npm run bench`: writes the generated pipelines the canvas benchmark opens (out/bench/graphs),
// as .pipewright files, 1.5 edges per node like the validator benchmark.
const dir = process.argv[2];
if (!dir) throw new Error('usage: canvas-graphs <output folder>');
mkdirSync(dir, { recursive: true });
for (const nodes of CANVAS_SIZES) writeFileSync(join(dir, graphFile(nodes)), serializePipeline(generatePipeline(nodes, nodes * 1.5, 11)));
