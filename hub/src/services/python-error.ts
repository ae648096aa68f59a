/**
 * Errors raised by simulated controller methods. The real control service replies with the full Python
 * traceback text (run_app_mqtt_control.py), so these carry the exception's class path and message and
 * can render themselves as a traceback.
 */
export class PythonError extends Error {
  constructor(
    readonly excType: string,
    readonly detail: string,
    readonly frame: { file: string; line: number; fn: string; code: string } = {
      file: 'simo/core/controllers.py',
      line: 340,
      fn: 'send',
      code: 'value = self._validate_val(value, BEFORE_SEND)',
    },
  ) {
    super(`${excType}: ${detail}`);
  }

  /** The multi-line text the hub sends as `error`. */
  traceback(method: string): string {
    const site = '/usr/local/lib/python3.12/dist-packages';
    return [
      'Traceback (most recent call last):',
      `  File "${site}/simo/core/management/commands/run_app_mqtt_control.py", line 163, in _process`,
      `    result = getattr(target.controller, method)(*args, **kwargs)`,
      `  File "${site}/${this.frame.file}", line ${this.frame.line}, in ${this.frame.fn === 'send' ? method : this.frame.fn}`,
      `    ${this.frame.code}`,
      `${this.excType}: ${this.detail}`,
    ].join('\n');
  }
}

/** django.core.exceptions.ValidationError with one message, printed as Django prints it. */
export function validationError(message: string): PythonError {
  return new PythonError('django.core.exceptions.ValidationError', `['${message}']`);
}

export function typeError(message: string): PythonError {
  return new PythonError('TypeError', message, {
    file: 'simo/core/controllers.py',
    line: 88,
    fn: 'call',
    code: 'return method(*args, **kwargs)',
  });
}
