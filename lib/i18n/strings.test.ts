import { describe, expect, it } from 'vitest';
import { translator, wordOf } from './strings';

describe('i18n', () => {
  it('translates by language', () => {
    expect(translator('zh')('brand')).toBe('预算透镜');
    expect(translator('en')('brand')).toBe('BudgetLens');
  });

  it('fills numbered placeholders in a word table', () => {
    const words = { n: { zh: '共 {0} 份，{1}', en: '{0} documents, {1}' } };
    expect(wordOf(words, 'zh', 'n', 2, '已保存')).toBe('共 2 份，已保存');
    expect(wordOf(words, 'en', 'n', 3)).toBe('3 documents, ');
  });
});
