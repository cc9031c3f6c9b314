// Frames: phrase-list entries over words and word classes (server/src/engine/matching/frames.ts).
import * as assert from 'node:assert/strict';
import { compileFrame } from '../../server/src/engine/matching/frames';
import { curlyApostrophes } from '../../server/src/engine/matching/phrases';
import { insideQuotation, isMentioned, isName } from '../../server/src/engine/text';

const matches = (frame: string, text: string, classes: Record<string, string[]> = {}) => new RegExp(curlyApostrophes(compileFrame(frame, classes)), 'iu').exec(text)?.[0];

describe('frames', () => {
  it('matches words, alternatives and phrases joined by _', () => {
    assert.equal(matches("you're|you_are better than this", 'Come on, you are better than this.'), 'you are better than this');
    assert.equal(matches("you're|you_are better than this", 'You’re better than this!'), 'You’re better than this');
    assert.equal(matches('better than this', 'betterthan this'), undefined);
  });
  it('expands classes, verbs in every form and wildcards', () => {
    const classes = { lose: ['~lose', 'miss out on'], group: ['runner*'] };
    assert.equal(matches('you @lose', 'Wait and you lost it all', classes), 'you lost');
    assert.equal(matches('you @lose', 'you are missing', classes), undefined);
    assert.equal(matches('you @lose', 'you miss out on it', classes), 'you miss out on');
    assert.equal(matches('serious @group', 'Serious runners know', classes), 'Serious runners');
    assert.throws(() => compileFrame('@nothing here', {}), /does not define/);
  });
  it('bounds gaps, and takes numbers, amounts, optional words and punctuation', () => {
    assert.equal(matches('every ...2 wait', 'every single day you wait'), undefined);
    assert.equal(matches('every ...3 wait', 'every single day you wait'), 'every single day you wait');
    assert.equal(matches('costs you #money', 'It costs you £200 a month'), 'costs you £200');
    assert.equal(matches('join the|over? #num people', 'Join 5,000 people'), 'Join 5,000 people');
    assert.equal(matches('still using ...3 \\?', 'Still using spreadsheets?'), 'Still using spreadsheets?');
    assert.throws(() => compileFrame('...3 word', {}), /cannot start with a gap/);
  });
  it('reads quotation marks between words', () => {
    assert.equal(matches("you'll wonder what_if", 'you’ll wonder “what if” for years'), 'you’ll wonder “what if');
  });
  it('stays quick on a long sentence of near matches', () => {
    // Bounded gaps keep the expression linear: 50,000 words that almost match finish at once.
    const long = 'every single week you '.repeat(12_500);
    assert.equal(matches('every ...3 you ...2 lose', long), undefined);
  });
});

describe('mentions', () => {
  it('finds quoted stretches in every quote style, not apostrophes', () => {
    const text = 'We stopped saying ‘act now’, "hurry" and “don’t miss out” and \'last chance\' in 2024.';
    for (const phrase of ['act now', 'hurry', 'don’t miss out', 'last chance']) {
      const at = text.indexOf(phrase);
      assert.ok(insideQuotation(text, at, at + phrase.length) || isMentioned(text, at, at + phrase.length), phrase);
    }
    const plain = "It's the last chance, isn't it? Don't wait.";
    assert.equal(insideQuotation(plain, plain.indexOf('last'), plain.indexOf('last') + 11), false);
  });
  it('treats a match that ends inside a quotation as a mention', () => {
    const text = 'Our upgrade emails never say "Act fast — only 3 seats left!" because it is not true.';
    assert.ok(isMentioned(text, text.indexOf('upgrade'), text.indexOf('left') + 4));
    assert.equal(isMentioned('Only 3 seats left, so act fast.', 0, 16), false);
  });
  it('treats reported speech as a mention', () => {
    const text = 'Grandad would shout at everyone to hurry in before the bread went cold.';
    assert.ok(isMentioned(text, text.indexOf('hurry'), text.indexOf('hurry') + 5));
  });
  it('knows a name from a push', () => {
    const name = (text: string, phrase: string) => isName(text, text.indexOf(phrase), text.indexOf(phrase) + phrase.length);
    assert.ok(name('Join us for the Last Chance Ball on Friday.', 'Last Chance'));
    assert.ok(name('Hurry Curry now delivers to Walthamstow.', 'Hurry'));
    assert.ok(name('Buy Now, Pay Later is available at checkout.', 'Buy Now'));
    // A title goes on past the phrase, or stands in apposition after the noun it names.
    assert.ok(name('New on your watchlist: Hurry Up and Wait, the airport comedy, is streaming now.', 'Hurry Up'));
    assert.ok(name('Our free garden guide, Act Now for Hedgehogs, shows you how to cut a hole.', 'Act Now'));
    assert.ok(name('Luna Park just released Don’t Miss Out, the title track from their new EP.', 'Don’t Miss Out'));
    assert.ok(name('You’ll Wish You Had is this year’s winning short story.', 'You’ll Wish You Had'));
    assert.equal(name('Hurry Up and Wait! Sale ends tonight.', 'Hurry Up'), false);
    assert.equal(name('Act Now and save 20% on your first box.', 'Act Now'), false);
    assert.equal(name('LAST CHANCE to save on every plan.', 'LAST CHANCE'), false);
    assert.equal(name('Last Chance To Save Big On Every Plan', 'Last Chance'), false);
  });
});
