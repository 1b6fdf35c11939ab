/**
 * Generated sentences (shared/document/sentences.ts): offered or written only where the text has none of its
 * own on the subject, and only from filled figures. The form, the export and the CLI all use these.
 */
import { describe, expect, it } from 'vitest';
import {
  feeSentenceFromFields,
  generatedFeeSentence,
  NORMATIVE_SENTENCE,
  REQUEST_SENTENCE,
  REVIEW_SENTENCE,
  sentenceOffer,
  unfilledFeeFields,
} from '../../../shared/document';
import { emptyReport, setCell, type Report } from '../../../shared/report';
import { mengzhou } from '../rules/fixture';

const base = mengzhou();

describe('table-linked sentences', () => {
  it('are offered from the tables while the part says nothing of its own on the subject', () => {
    expect(sentenceOffer(REQUEST_SENTENCE, base, '畅通依申请公开受理渠道。')).toEqual({
      state: 'ready',
      sentence: '2025年，共收到政府信息公开申请129件，办结124件，结转下年度继续办理5件。',
    });
    expect(sentenceOffer(REVIEW_SENTENCE, base, '')).toEqual({
      state: 'ready',
      sentence: '2025年，因政府信息公开被申请行政复议1件，被提起行政诉讼0件。',
    });
  });

  it.each([
    [REQUEST_SENTENCE, '2025 年，共受理政府信息公开申请 129 件，结转下年度继续办理 5 件。'],
    [REQUEST_SENTENCE, '本年度新收申请一百二十九件。'],
    [REVIEW_SENTENCE, '发生政府信息公开行政复议案件1件。'],
    [REVIEW_SENTENCE, '未发生行政诉讼，行政诉讼 0 起。'],
    [NORMATIVE_SENTENCE, '现行有效行政规范性文件 76 件。'],
  ])('are not offered where the text has its own sentence: %s', (builder, text) => {
    expect(sentenceOffer(builder, base, text)).toEqual({ state: 'own' });
  });

  it('are not offered while a figure they need is blank (never a sentence with a blank in it)', () => {
    const r = setCell(base, 'T3.newReceived.total', null);
    expect(sentenceOffer(REQUEST_SENTENCE, r, '')).toEqual({ state: 'blank' });
    expect(sentenceOffer(NORMATIVE_SENTENCE, emptyReport({ organName: '某局', year: 2025 }), '')).toEqual({
      state: 'blank',
    });
  });

  it('the sentence a builder inserted counts as the part’s own afterwards: it is not offered twice', () => {
    const offer = sentenceOffer(REQUEST_SENTENCE, base, '');
    expect(offer.state).toBe('ready');
    const text = offer.state === 'ready' ? offer.sentence : '';
    expect(sentenceOffer(REQUEST_SENTENCE, base, text)).toEqual({ state: 'own' });
  });
});

describe('the fee sentence', () => {
  const withFee = (fee: Report['fee'], lead = ''): Report => ({
    ...base,
    fee,
    prose: { ...base.prose, other: { ...base.prose.other, lead } },
  });

  it('is written from three filled fields, and never with a blank or an invalid amount', () => {
    expect(feeSentenceFromFields({ notices: '2', noticeAmount: '150.00', collected: '100.5' })).toBe(
      '本年度共发出信息处理费收费通知2件，收费通知总金额150.00元，实际收取信息处理费100.5元。',
    );
    expect(feeSentenceFromFields({ notices: '0', noticeAmount: '0', collected: '0.00' })).toBe(
      '本年度未收取信息处理费。',
    );
    expect(feeSentenceFromFields({ notices: null, noticeAmount: '150', collected: '100' })).toBeNull();
    expect(feeSentenceFromFields({ notices: '2', noticeAmount: '1.234', collected: '1' })).toBeNull();
  });

  it('is not generated where section 六 states the fee in its own words', () => {
    expect(generatedFeeSentence(withFee({ notices: '0', noticeAmount: '0', collected: '0' }))).toBe(
      '本年度未收取信息处理费。',
    );
    expect(
      generatedFeeSentence(withFee({ notices: '0', noticeAmount: '0', collected: '0' }, '本机关未收取信息处理费。')),
    ).toBeNull();
    // the reference report keeps its own sentence, so nothing is generated
    expect(generatedFeeSentence(base)).toBeNull();
  });

  it('names the blank fields only while another one is filled', () => {
    expect(unfilledFeeFields({ notices: null, noticeAmount: null, collected: null })).toEqual([]);
    expect(unfilledFeeFields({ notices: '1', noticeAmount: '2', collected: '2' })).toEqual([]);
    expect(unfilledFeeFields({ notices: null, noticeAmount: '2', collected: null }).map((f) => f.key)).toEqual([
      'notices',
      'collected',
    ]);
  });
});
