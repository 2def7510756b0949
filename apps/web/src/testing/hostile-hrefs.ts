/**
 * Addresses an editor (or an attacker with an editor's account) could type into a link field that must
 * never become a link: script and data schemes however spelled, other local schemes, addresses that
 * leave the site without saying so, and what is no address at all. Every test of a link the site
 * renders from content takes them from here, so a new form found is tried everywhere at once.
 */
export const hostileHrefs = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  '\tjavascript:alert(1)',
  '\njavascript:alert(1)',
  '\u0000javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'javascript&colon;alert(1)',
  '//evil.example',
  '/\\evil.example',
  'example.com',
  '#top',
  '',
  '   ',
]
