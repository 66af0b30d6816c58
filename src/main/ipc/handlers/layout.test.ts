import { describe, expect, it, vi } from 'vitest';
import { TEMPLATES } from '../../../shared/templates';
import { autoLayout } from '../../layout/auto-layout';
import { LayoutError } from '../../layout/layout-worker-client';
import { dispatch } from '../dispatch';
import { testHandlerContext } from '../testing';
import { HANDLERS } from './index';

vi.mock('../../layout/auto-layout', () => ({ autoLayout: vi.fn() }));

const pipeline = TEMPLATES[0]!.build();

describe('layout:auto failures', () => {
  it("gives the renderer the layout's own message when ELK or its worker fails (the renderer says \"Auto-layout failed: \" before it)", async () => {
    vi.mocked(autoLayout).mockRejectedValueOnce(new LayoutError("ELK could not lay out the pipeline: Id must be a string or an integer: 'null'."));
    expect(await dispatch(HANDLERS, 'layout:auto', { pipeline }, testHandlerContext())).toEqual({
      ok: false,
      error: { code: 'failed', message: "ELK could not lay out the pipeline: Id must be a string or an integer: 'null'." },
    });
  });

  it('names the channel for any other failure', async () => {
    vi.mocked(autoLayout).mockRejectedValueOnce(new TypeError('positions is not iterable'));
    expect(await dispatch(HANDLERS, 'layout:auto', { pipeline }, testHandlerContext())).toEqual({
      ok: false,
      error: { code: 'failed', message: 'layout:auto failed: positions is not iterable' },
    });
  });
});
