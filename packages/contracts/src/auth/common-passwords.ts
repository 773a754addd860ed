/**
 * Frequently used passwords that would pass the composition rules (digit + lower + upper).
 * Compared case-insensitively; extend freely.
 */
export const commonPasswords: ReadonlySet<string> = new Set(
  [
    'password1', 'password12', 'password123', 'password1234', 'passw0rd', 'passw0rd1', 'p@ssw0rd',
    'qwerty123', 'qwerty1234', 'qwertyuiop1', 'qwe123456', 'qweasd123', 'qazwsx123', 'zxcvbnm123',
    'abc12345', 'abc123456', 'abcd1234', 'abcd12345', 'aa123456', 'aa12345678', 'a1234567', 'a12345678',
    'a123456789', 'asd123456', 'asdf1234', 'admin123', 'admin1234', 'admin12345', 'administrator1',
    'welcome1', 'welcome123', 'iloveyou1', 'sunshine1', 'princess1', 'football1', 'baseball1',
    'monkey123', 'dragon123', 'master123', 'letmein1', 'trustno1a', 'changeme1', 'changeme123',
    'test1234', 'test12345', 'testtest1', 'woaini1314', 'woaini520', 'zhang123456', 'wang123456',
    'li12345678', 'liu123456', 'chen123456', 'huang123456', 'zhou123456', 'shenzhen1', 'shenzhen123',
    'china1234', 'china12345', 'beijing123', 'summer2024', 'summer2025', 'summer2026', 'winter2026',
    'spring2026', 'autumn2026', 'abc123abc', 'aaa111aaa', 'qq123456', 'qq12345678', 'user1234',
    'user12345', 'root1234', 'root12345', 'hello123', 'hello1234', 'love1234', 'pass1234', 'pass12345',
  ].map((p) => p.toLowerCase()),
);
