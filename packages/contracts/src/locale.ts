import { z } from 'zod';

// Messages produced by zod are shown to people, so they default to Chinese.
// Programs rely on the problem's `code`, never on these texts.
z.config(z.locales.zhCN());
