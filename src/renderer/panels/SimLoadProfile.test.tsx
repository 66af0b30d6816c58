// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clickstreamPipeline } from '../../../test/fixtures/pipelines';
import { documentStore } from '../state/document';
import { SimSettings } from './SimSettings';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** The Simulation panel's run controls, rendered alone: the load profile select and the chosen shape's parameters. */
let root: Root;
let host: HTMLDivElement;
const byTestId = <T extends HTMLElement>(id: string) => host.querySelector<T>(`[data-testid="${id}"]`);
const stored = () => documentStore.getState().pipeline.simulation.loadProfile;
const depth = () => documentStore.getState().history.past.length;

function choose(shape: string): void {
  const select = byTestId<HTMLSelectElement>('sim-load-profile')!;
  act(() => {
    select.value = shape;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

/** Types `text` and presses Enter, as a user commits a field. */
function type(input: HTMLInputElement, text: string): void {
  act(() => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  act(() => void input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
}

beforeEach(() => {
  documentStore.load(clickstreamPipeline());
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() => root.render(<SimSettings />));
});

afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

describe('the run-wide load profile control', () => {
  it('starts at "As each source says", with nothing stored and no parameters shown', () => {
    const select = byTestId<HTMLSelectElement>('sim-load-profile')!;
    expect(select.selectedOptions[0]!.textContent).toBe('As each source says');
    expect([...select.options].map((o) => o.textContent)).toEqual(['As each source says', 'Constant', 'Diurnal', 'Spikes', 'Ramp']);
    expect(stored()).toBeUndefined();
    expect(host.querySelectorAll('[data-testid^="sim-load-profile-"]')).toHaveLength(0);
  });

  it('choosing a shape stores it with the workload defaults in one undo step, and shows its parameters', () => {
    const before = documentStore.getState().pipeline;
    const steps = depth();
    choose('ramp');
    expect(stored()).toEqual({ shape: 'ramp', toMultiplier: 2, overSeconds: 3_600 });
    expect(depth()).toBe(steps + 1);
    expect(byTestId<HTMLInputElement>('sim-load-profile-toMultiplier')!.value).toBe('2');
    expect(byTestId<HTMLInputElement>('sim-load-profile-overSeconds')!.value).toBe('3600');

    act(() => void documentStore.undo());
    expect(documentStore.getState().pipeline).toEqual(before);
    expect('loadProfile' in documentStore.getState().pipeline.simulation).toBe(false);
    expect(byTestId<HTMLSelectElement>('sim-load-profile')!.value).toBe('');
    act(() => void documentStore.redo());
    expect(stored()).toEqual({ shape: 'ramp', toMultiplier: 2, overSeconds: 3_600 });
  });

  it('a parameter is stored when within the schema’s bounds, and refused with the reason when not', () => {
    choose('diurnal');
    const peak = byTestId<HTMLInputElement>('sim-load-profile-peakToMean')!;
    const steps = depth();
    type(peak, '3');
    expect(byTestId('sim-error-loadProfile-peakToMean')!.textContent).toMatch(/2/);
    expect(peak.value).toBe('3');
    expect(stored()).toEqual({ shape: 'diurnal', peakToMean: 1.5 });
    expect(depth()).toBe(steps);

    type(peak, '1.8');
    expect(byTestId('sim-error-loadProfile-peakToMean')).toBeNull();
    expect(stored()).toEqual({ shape: 'diurnal', peakToMean: 1.8 });
    expect(depth()).toBe(steps + 1);
  });

  it('going back to "As each source says" removes the setting, so the file is as before', () => {
    choose('spikes');
    expect(host.querySelectorAll('[data-testid^="sim-load-profile-"]')).toHaveLength(3);
    choose('');
    expect('loadProfile' in documentStore.getState().pipeline.simulation).toBe(false);
    expect(host.querySelectorAll('[data-testid^="sim-load-profile-"]')).toHaveLength(0);
  });
});
