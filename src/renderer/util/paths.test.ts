import { describe, expect, it } from 'vitest';
import { baseName, dirOf, fileStem, joinPath } from './paths';

describe('paths', () => {
  it('joins with the separator the folder uses', () => {
    expect(joinPath('/home/ana/Documents', 'a.pipewright')).toBe('/home/ana/Documents/a.pipewright');
    expect(joinPath('/tmp/', 'a.svg')).toBe('/tmp/a.svg');
    expect(joinPath('C:\\Users\\ana', 'a.svg')).toBe('C:\\Users\\ana\\a.svg');
  });
  it('splits folder and name', () => {
    expect(dirOf('/tmp/x/a.pipewright')).toBe('/tmp/x');
    expect(dirOf('/a.pipewright')).toBe('/');
    expect(baseName('C:\\x\\a.pipewright')).toBe('a.pipewright');
  });
  it('makes file stems', () => {
    expect(fileStem('Clickstream → S3')).toBe('clickstream-s3');
    expect(fileStem('  ')).toBe('pipeline');
  });
});
