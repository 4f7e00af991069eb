import { describe, expect, it } from 'vitest';
import { bracketed } from './instrument-name.ts';

describe('bracketed', () => {
  it('brackets a revision with a space before, as Latin, Cyrillic and Arabic texts print it', () => {
    expect(`Resolution 901${bracketed('Rev. Dubai, 2014', 'en')}`).toBe('Resolution 901 (Rev. Dubai, 2014)');
    expect(`Резолюция 901${bracketed('Пересм. Дубай, 2014 г.', 'ru')}`).toBe('Резолюция 901 (Пересм. Дубай, 2014 г.)');
    expect(`القرار 901${bracketed('المراجَع في دبي، 2014', 'ar')}`).toBe('القرار 901 (المراجَع في دبي، 2014)');
  });

  it('brackets it full-width and without a space in Chinese', () => {
    expect(`第901号决议${bracketed('2014年，迪拜，修订版', 'zh')}`).toBe('第901号决议（2014年，迪拜，修订版）');
  });
});
