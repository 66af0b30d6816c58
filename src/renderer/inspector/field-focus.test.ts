// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { focusField, requestedItem } from './field-focus';

describe('focusing a finding’s setting', () => {
  it('finds the list item a path leads into', () => {
    expect(requestedItem({ path: ['lifecycleRules', '2', 'transitions', '0', 'days'] }, 'lifecycleRules')).toBe(2);
    expect(requestedItem({ path: ['lifecycleRules', '2', 'transitions', '0', 'days'] }, 'lifecycleRules.2.transitions')).toBe(0);
    expect(requestedItem({ path: ['lifecycleRulesX', '2'] }, 'lifecycleRules')).toBeUndefined();
    expect(requestedItem({ path: ['tags'] }, 'tags')).toBeUndefined();
    expect(requestedItem(undefined, 'tags')).toBeUndefined();
  });

  it('focuses the field, else the nearest enclosing setting shown', () => {
    document.body.innerHTML = `
      <div id="root">
        <input data-testid="inspector-field-bufferSizeMiB" />
        <div data-testid="inspector-list-tags"><button data-testid="inspector-add-tags">Add</button></div>
        <fieldset><select data-testid="inspector-field-application.runtime"></select></fieldset>
      </div>`;
    const root = document.getElementById('root')!;
    Element.prototype.scrollIntoView = () => {};
    const focused = () => document.activeElement?.getAttribute('data-testid');
    expect(focusField(root, ['bufferSizeMiB'])).toBe(true);
    expect(focused()).toBe('inspector-field-bufferSizeMiB');
    expect(focusField(root, ['tags', '3', 'key'])).toBe(true);
    expect(focused()).toBe('inspector-add-tags');
    expect(focusField(root, ['application'])).toBe(true);
    expect(focused()).toBe('inspector-field-application.runtime');
    expect(focusField(root, ['nothing'])).toBe(false);
  });
});
