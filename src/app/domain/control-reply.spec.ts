import { errorSummary, newRequestId, parseControlReply } from './control-reply';

describe('control replies', () => {
  it('parses ok and error replies, and refuses anything else', () => {
    expect(parseControlReply({ ok: true, result: null })).toEqual({ ok: true, result: null });
    expect(parseControlReply({ ok: true })).toEqual({ ok: true, result: null });
    expect(parseControlReply({ ok: false, error: 'Permission denied' })).toEqual({ ok: false, error: 'Permission denied' });
    expect(parseControlReply({ ok: false })).toEqual({ ok: false, error: 'The hub reported an error without a message.' });
    expect(parseControlReply({ ok: 'yes' })).toBeNull();
    expect(parseControlReply(null)).toBeNull();
    expect(parseControlReply([1])).toBeNull();
  });

  const traceback = [
    'Traceback (most recent call last):',
    '  File "/x/run_app_mqtt_control.py", line 163, in _process',
    '    result = method(*args)',
    "django.core.exceptions.ValidationError: ['Value to big.']",
    '',
  ].join('\n');
  const cases: [string, string, string][] = [
    ['a Django validation traceback', traceback, 'Value to big.'],
    ['a TypeError traceback', 'Traceback…\nTypeError: send() missing 1 required positional argument', 'send() missing 1 required positional argument'],
    ['a plain error', 'Permission denied', 'Permission denied'],
    ['a plain error with a method name', 'Method explode not allowed', 'Method explode not allowed'],
    ['a ConfigException', "Traceback\nsimo.core.utils.config_values.ConfigException: {'eco': 'bad'}", "{'eco': 'bad'}"],
  ];
  for (const [name, error, summary] of cases) {
    it(`summarises ${name}`, () => expect(errorSummary(error)).toBe(summary));
  }

  it('makes request ids that are valid topic levels', () => {
    let i = 0;
    const id = newRequestId(() => (i++ % 10) / 10);
    expect(id).toMatch(/^r[0-9a-z]+$/);
    expect(id).not.toMatch(/[/+#]/);
  });
});
