import { describe, expect, it } from 'vitest';
import { findCjkFont, type FontProbe } from '../../../../main/adapters/pdf/cjk-font';

function probe(files: string[], listing: string | null = null): FontProbe {
  return { exists: (path) => files.includes(path), fontconfigList: () => listing };
}

describe('findCjkFont', () => {
  it('takes a well-known font of the OS first', () => {
    expect(findCjkFont('darwin', probe(['/System/Library/Fonts/PingFang.ttc']))).toEqual({
      path: '/System/Library/Fonts/PingFang.ttc',
      face: 'PingFangSC-Regular',
    });
    expect(findCjkFont('win32', probe(['C:\\Windows\\Fonts\\simsun.ttc']))?.face).toBe('SimSun');
    expect(findCjkFont('linux', probe(['/usr/share/fonts/truetype/wqy/wqy-microhei.ttc']))?.face).toBe(
      'WenQuanYiMicroHei',
    );
  });

  it('falls back to fontconfig’s fonts that cover Chinese, preferring a proportional face', () => {
    const listing = [
      '/opt/fonts/cjk.ttc: :postscriptname=SomeCJKMono',
      '/opt/fonts/cjk.ttc: :postscriptname=SomeCJK',
    ].join('\n');
    expect(findCjkFont('linux', probe(['/opt/fonts/cjk.ttc'], listing))).toEqual({
      path: '/opt/fonts/cjk.ttc',
      face: 'SomeCJK',
    });
  });

  it('finds nothing without a font, without fontconfig, or with a listed file that is gone', () => {
    expect(findCjkFont('linux', probe([]))).toBeNull();
    expect(findCjkFont('linux', probe([], ''))).toBeNull();
    expect(findCjkFont('linux', probe([], '/gone.ttf: :postscriptname=Gone'))).toBeNull();
    expect(findCjkFont('freebsd', probe(['/System/Library/Fonts/PingFang.ttc']))).toBeNull();
  });
});
