import { test } from 'node:test';
import assert from 'node:assert/strict';
import { askUntilAnswered } from '../../src/integrations/dev-server.ts';

test('a refresh that Astro skips is asked for again until the loaders answer it', async () => {
  let asked = 0;
  let answeredAt = 3;
  await askUntilAnswered(
    async () => void asked++,
    () => asked >= answeredAt,
    { pause: 1 },
  );
  assert.equal(asked, 3, 'two skipped refreshes, then the one that ran');

  asked = 0;
  answeredAt = 1;
  await askUntilAnswered(
    async () => void asked++,
    () => asked >= answeredAt,
    { pause: 1 },
  );
  assert.equal(asked, 1, 'a refresh that runs is asked for once');
});

test('a refresh already answered (a later save was checked first) is not asked for', async () => {
  let asked = 0;
  await askUntilAnswered(
    async () => void asked++,
    () => true,
  );
  assert.equal(asked, 0);
});

test('when no refresh can run, asking stops after the given tries instead of waiting forever', async () => {
  let asked = 0;
  await askUntilAnswered(
    async () => void asked++,
    () => false,
    { tries: 4, pause: 1 },
  );
  assert.equal(asked, 4);
});
