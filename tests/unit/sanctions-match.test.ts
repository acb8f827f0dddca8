import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  createSanctionsMatcher, MATCH_THRESHOLD, matchSanctionsList, type SanctionsIndex,
} from '../../src/nlp/sanctions/index.ts';
import { phoneticKey } from '../../src/nlp/sanctions/name-normalise.ts';

/** Invented people; names chosen to exercise each rule, none is a real listed person. */
const FIXTURE: SanctionsIndex = {
  list: 'TEST LIST',
  listDate: '2020-01-02',
  entries: [
    { id: '1', names: ['ZORKOVSKY, Dmitriy Yevgenyevich', 'ZORKOVSKIY, Dmitri'], program: 'TEST-A', title: '' },
    { id: '2', names: ['SMITH, John'], program: 'TEST-B', title: '' },
    { id: '3', names: ['ALI, Mohammed'], program: 'TEST-B', title: '' },
    { id: '4', names: ['KIM, Chol Ung'], program: 'TEST-C', title: '' },
    { id: '5', names: ['VELTRANOVA ZUBIRI, Aitana Noemi'], program: 'TEST-D', title: '' },
    { id: '6', names: ['AL-QURMAZI, Fadlallah Saddiq'], program: 'TEST-E', title: '' },
    { id: '7', names: ['AL-QURMAZI, Yunus Fadlallah'], program: 'TEST-E', title: '' },
    { id: '8', names: ['QUENTRELL, Bartholomew'], program: 'TEST-F', title: '' },
    { id: '9', names: ['PETROV, Ivan Ivanovich'], program: 'TEST-G', title: '' },
  ],
};
const matcher = createSanctionsMatcher(FIXTURE);
const ids = (name: string): string[] => matcher.match(name).map((m) => m.entry);

describe('sanctions matcher (invented fixture)', () => {
  it('matches natural order, transliteration variants, missing patronymic and diacritics', () => {
    for (const name of ['Dmitriy Zorkovsky', 'Dmitry Zorkovskiy', 'Dmitri Zorkovski', 'Dmítry Zórkovsky', 'ZORKOVSKY, Dmitriy']) {
      assert.deepEqual(ids(name), ['ZORKOVSKY, Dmitriy Yevgenyevich'], name);
    }
    assert.deepEqual(ids('Dmitriy Yevgenyevich Zorkovsky'), ['ZORKOVSKY, Dmitriy Yevgenyevich']);
  });

  it('returns the contract shape with a score in [threshold, 1]', () => {
    const [m, ...rest] = matcher.match('Bartholomew Quentrell');
    assert.equal(rest.length, 0);
    assert.deepEqual({ ...m, score: 0 }, { list: 'TEST LIST', entry: 'QUENTRELL, Bartholomew', program: 'TEST-F', listDate: '2020-01-02', score: 0 });
    assert.ok(m && m.score >= MATCH_THRESHOLD && m.score <= 1);
  });

  it('scores an exact full name above a variant with a missing middle name', () => {
    const full = matcher.match('Dmitriy Yevgenyevich Zorkovsky')[0]?.score ?? 0;
    const short = matcher.match('Dmitriy Zorkovsky')[0]?.score ?? 0;
    const variant = matcher.match('Dmitry Zorkovskiy')[0]?.score ?? 0;
    assert.equal(full, 1);
    assert.ok(short < full && variant < full);
  });

  it('never matches a single token', () => {
    for (const name of ['Zorkovsky', 'Quentrell', 'Kim', 'Mr. Quentrell', '']) assert.deepEqual(ids(name), [], name);
  });

  it('does not match common names even when the list has them exactly', () => {
    for (const name of ['John Smith', 'Mohammed Ali', 'Muhammad Ali', 'Ivan Petrov', 'Chol Kim']) assert.deepEqual(ids(name), [], name);
  });

  it('accepts a common name only when the whole listed name matches', () => {
    assert.deepEqual(ids('Kim Chol Ung'), ['KIM, Chol Ung']);
    assert.deepEqual(ids('Ivan Ivanovich Petrov'), ['PETROV, Ivan Ivanovich']);
  });

  it('rejects a query with a token the listed name lacks', () => {
    assert.deepEqual(ids('Kim Chol Nam'), []);
    assert.deepEqual(ids('Bartholomew Xavier Quentrell'), []);
  });

  it('needs the first surname and the first given name', () => {
    assert.deepEqual(ids('Aitana Veltranova'), ['VELTRANOVA ZUBIRI, Aitana Noemi']);
    assert.deepEqual(ids('Aitana Zubiri'), [], 'second (maternal) surname alone');
    assert.deepEqual(ids('Fadlallah al-Qurmazi'), ['AL-QURMAZI, Fadlallah Saddiq'], 'not the son whose second name is Fadlallah');
  });

  it('uses fuller mentions as extra evidence', () => {
    const [m] = matcher.match('Zorkovsky', ['Zorkovsky', 'Dmitriy Zorkovsky']);
    assert.equal(m?.entry, 'ZORKOVSKY, Dmitriy Yevgenyevich');
  });

  it('folds transliteration families to one phonetic key', () => {
    const same = [['sergei', 'sergey'], ['shoigu', 'shoygu'], ['aleksandr', 'alexander'], ['dmitriy', 'dmitry'], ['mohammed', 'muhammad'], ['yevgeny', 'evgeniy']];
    for (const [a, b] of same) assert.equal(phoneticKey(a as string), phoneticKey(b as string), `${a}/${b}`);
  });
});

describe('bundled OFAC SDN index', () => {
  const entry = (name: string): string | undefined => matchSanctionsList(name)[0]?.entry;

  it('finds the three reference people', () => {
    assert.equal(entry('Kim Jong Un'), 'KIM, Jong Un');
    assert.equal(entry('Kim Jong-un'), 'KIM, Jong Un');
    assert.equal(entry('Vladimir Putin'), 'PUTIN, Vladimir Vladimirovich');
    assert.equal(entry('Sergei Shoigu'), 'SHOIGU, Sergei Kuzhugetovich');
    assert.equal(entry('Sergey Shoygu'), 'SHOIGU, Sergei Kuzhugetovich');
  });

  it('reports list, program and list date', () => {
    const [putin] = matchSanctionsList('Vladimir Putin');
    assert.equal(putin?.list, 'OFAC SDN');
    assert.equal(putin?.program, 'RUSSIA-EO14024');
    assert.equal(putin?.listDate, '2023-01-21');
    assert.equal(matchSanctionsList('Kim Jong Un')[0]?.program, 'DPRK3');
  });

  it('matches nothing for common names, single tokens and near misses', () => {
    for (const name of ['John Smith', 'Kim', 'Putin', 'Mohammed Ali', 'David Lee', 'Kim Jong Nam', 'Ivan Putin', 'Maria Garcia', 'Wang Chen']) {
      assert.deepEqual(matchSanctionsList(name), [], name);
    }
  });

  it('looks up quickly once built', () => {
    matchSanctionsList('Vladimir Putin');
    const start = performance.now();
    for (let i = 0; i < 1000; i++) matchSanctionsList(i % 2 ? 'John Smith' : 'Sergei Shoigu');
    assert.ok(performance.now() - start < 1000, 'under 1 ms per lookup');
  });
});
