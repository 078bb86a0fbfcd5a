import { describe, expect, it } from 'vitest';
import { changeOf, figuresOf, figuresOfAll, judge, roundHalfUp } from '../../src/lib/report/figures';
import type { Inputs } from '../../src/lib/report/model';

/** Zarno bakery's October and September (docs/running-case.md, the analytics lesson's worked example). */
const FACEBOOK_OCT: Inputs = {
  followersStart: 4120,
  followersEnd: 4210,
  reach: 18400,
  impressions: 31200,
  interactions: 690,
  clicks: 410,
  conversions: 24,
};
const FACEBOOK_SEP: Inputs = {
  followersStart: 4020,
  followersEnd: 4120,
  reach: 16900,
  impressions: 27300,
  interactions: 640,
  clicks: 350,
  conversions: 21,
};
const INSTAGRAM_OCT: Inputs = {
  followersStart: 2950,
  followersEnd: 3140,
  reach: 12600,
  impressions: 27900,
  interactions: 1130,
  clicks: 180,
  conversions: 12,
};
const TIKTOK_OCT: Inputs = {
  followersStart: 640,
  followersEnd: 910,
  reach: 21500,
  impressions: 24800,
  interactions: 1480,
  clicks: 0,
  conversions: 0,
};

const shown = (figure: ReturnType<typeof figuresOf>[keyof ReturnType<typeof figuresOf>]) =>
  figure.ok ? roundHalfUp(figure.value) : figure;

describe('report figures (the lesson’s worked October)', () => {
  it.each([
    ['Facebook', FACEBOOK_OCT, 3.75, 1.31, 5.85, 2.18],
    ['Instagram', INSTAGRAM_OCT, 8.97, 0.65, 6.67, 6.44],
  ])('%s: engagement rate by reach, CTR, conversion rate, follower growth', (_, inputs, er, ctr, cvr, growth) => {
    const f = figuresOf(inputs, 'reach');
    expect([shown(f.er), shown(f.ctr), shown(f.cvr), shown(f.growth)]).toEqual([er, ctr, cvr, growth]);
  });

  it('names the denominator: by reach, by followers at month end, by impressions', () => {
    const post: Inputs = { interactions: 312, reach: 4800, followersEnd: 3140, impressions: 6240 };
    expect(shown(figuresOf(post, 'reach').er)).toBe(6.5);
    expect(shown(figuresOf(post, 'followers').er)).toBe(9.94);
    expect(shown(figuresOf(post, 'impressions').er)).toBe(5);
    expect(figuresOf(post, 'followers').er).toMatchObject({ op: 'rate', args: [312, 3140] });
  });

  it('TikTok: growth from a small base, and no CTR or conversion rate without clicks', () => {
    const f = figuresOf(TIKTOK_OCT, 'reach');
    expect(shown(f.er)).toBe(6.88);
    expect(shown(f.growth)).toBe(42.19);
    expect(f.cvr).toEqual({ ok: false, why: 'zero', of: 'clicks' });
    expect(shown(f.ctr)).toBe(0);
  });

  it('month on month: counts by percentage, rates by points', () => {
    const oct = figuresOf(FACEBOOK_OCT, 'reach');
    const sep = figuresOf(FACEBOOK_SEP, 'reach');
    expect(shown(changeOf('reach', oct.reach, sep.reach))).toBe(8.88);
    // 3.75 % − 3.79 % (640 ÷ 16,900 = 3.786…, shown 3.79)
    expect(changeOf('er', oct.er, sep.er)).toMatchObject({ op: 'diff', args: [3.75, 3.79] });
    expect(changeOf('reach', oct.reach, { ok: false, why: 'missing', of: 'reach' })).toEqual({
      ok: false,
      why: 'missing',
      of: 'previous',
    });
  });

  it('missing and zero inputs give a reason, never NaN or Infinity', () => {
    const f = figuresOf({ reach: 0, interactions: 5 }, 'reach');
    expect(f.er).toEqual({ ok: false, why: 'zero', of: 'reach' });
    expect(f.ctr).toEqual({ ok: false, why: 'missing', of: 'clicks' });
    expect(f.interactions).toMatchObject({ ok: true, value: 5 });
    expect(figuresOf({}, 'reach').interactions).toEqual({ ok: false, why: 'missing', of: 'interactions' });
  });

  it('interactions add up their parts when no total is given', () => {
    const f = figuresOf({ reactions: 500, comments: 90, shares: 60, saves: 40, reach: 18400 }, 'reach');
    expect(f.interactions).toEqual({ ok: true, value: 690, op: 'sum', args: [500, 90, 60, 40] });
    expect(shown(f.er)).toBe(3.75);
  });

  it('costs: CPM, CPC and CPA from spend', () => {
    const f = figuresOf({ spend: 120, impressions: 30000, clicks: 400, conversions: 16 }, 'reach');
    expect([shown(f.cpm), shown(f.cpc), shown(f.cpa)]).toEqual([4, 0.3, 7.5]);
  });

  it('all channels: sums of the counts, rates from the sums', () => {
    const all = figuresOfAll([FACEBOOK_OCT, INSTAGRAM_OCT, TIKTOK_OCT], 'reach');
    expect(all.reach).toEqual({ ok: true, value: 52500, op: 'sum', args: [18400, 12600, 21500] });
    // 3,300 ÷ 52,500 × 100
    expect(shown(all.er)).toBe(6.29);
    // a channel without reach leaves the total missing rather than partial
    expect(figuresOfAll([FACEBOOK_OCT, { interactions: 5 }], 'reach').reach.ok).toBe(false);
  });

  it('rounds half up on the decimal value', () => {
    expect([
      roundHalfUp(4.375),
      roundHalfUp(1.005),
      roundHalfUp(-1.005),
      roundHalfUp(2.5, 0),
      roundHalfUp(0.125),
    ]).toEqual([4.38, 1.01, -1.01, 3, 0.13]);
  });

  it('judges a figure against its target: on, close (within a tenth) or off; costs lower is better', () => {
    expect(judge('er', 4, 4)).toBe('on');
    expect(judge('er', 3.7, 4)).toBe('close');
    expect(judge('er', 3, 4)).toBe('off');
    expect(judge('cpc', 0.3, 0.35)).toBe('on');
    expect(judge('cpc', 0.5, 0.35)).toBe('off');
  });
});
