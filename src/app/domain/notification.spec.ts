import { parseNotification } from './notification';

describe('parseNotification', () => {
  it('reads the REST shape', () => {
    expect(parseNotification({ id: 3, datetime: 1736101330.5, severity: 'alarm', title: 'Smoke', body: 'Kitchen', component: 12, to_users: [1] })).toEqual({
      id: 3, datetime: 1736101330.5, severity: 'alarm', title: 'Smoke', body: 'Kitchen', componentId: 12,
    });
  });
  it('tolerates an unknown severity and missing texts, and refuses entries without id or time', () => {
    expect(parseNotification({ id: 1, datetime: 5, severity: 'shouting' })).toEqual({
      id: 1, datetime: 5, severity: 'info', title: '', body: '', componentId: null,
    });
    expect(parseNotification({ datetime: 5 })).toBeNull();
    expect(parseNotification({ id: 1, datetime: 'soon' })).toBeNull();
  });
});
