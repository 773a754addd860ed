import svgCaptcha from 'svg-captcha';

/** Produces a captcha image and its answer; tests inject a predictable one. */
export interface CaptchaGenerator {
  create(): { text: string; svg: string };
}

export const svgCaptchaGenerator: CaptchaGenerator = {
  create() {
    // Characters easy to confuse (0/o, 1/l/i) are left out; answers compare case-insensitively.
    const { text, data } = svgCaptcha.create({ size: 4, noise: 2, ignoreChars: '0oO1lIi', color: true });
    return { text, svg: data };
  },
};
