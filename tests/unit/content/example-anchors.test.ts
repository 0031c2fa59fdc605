import { describe, expect, it } from 'vitest';
import { exampleAnchors } from '../../../src/lib/example-anchors';

describe('exampleAnchors', () => {
  it('lists the sections that hold an example and every exercise id', () => {
    const body = [
      '## Intro',
      'text',
      '## Named aggregations and `pivot_table`',
      '<Runnable>',
      '```python',
      '## not a heading inside a fence',
      '```',
      '</Runnable>',
      '## *Why* it [matters](https://x)',
      '## Exercise',
      '<Exercise id="numpy-mastery/standardize" />',
    ].join('\n');
    expect(exampleAnchors(body)).toEqual(['named-aggregations-and-pivot_table', 'exercise-numpy-mastery-standardize', 'exercise']);
  });

  it('numbers repeated headings the way Astro does and skips headings with math', () => {
    const body = ['## Example', 'x', '## Example', '<Runnable>', '## The $x^2$ case', '<Runnable>'].join('\n');
    expect(exampleAnchors(body)).toEqual(['example-1']);
  });
});
