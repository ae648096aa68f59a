import { controlTopic, feedFilters, isPermsChangedTopic, parseControlReplyTopic, parseFeedTopic } from './topics';

describe('topics', () => {
  it('builds the four feed filters of an instance', () => {
    expect(feedFilters(3, 'abc')).toEqual([
      'SIMO/user/3/feed/abc/Component/+',
      'SIMO/user/3/feed/abc/Zone/+',
      'SIMO/user/3/feed/abc/Category/+',
      'SIMO/user/3/feed/abc/InstanceUser/+',
    ]);
    expect(controlTopic(3, 'abc', 42)).toBe('SIMO/user/3/control/abc/Component/42');
  });

  const feedCases: [string, ReturnType<typeof parseFeedTopic>][] = [
    ['SIMO/user/3/feed/abc/Component/42', { userId: 3, instanceUid: 'abc', model: 'Component', id: 42 }],
    ['SIMO/user/3/feed/abc/InstanceUser/7', { userId: 3, instanceUid: 'abc', model: 'InstanceUser', id: 7 }],
    ['SIMO/user/3/feed/abc/Gateway/1', null],
    ['SIMO/user/3/feed/abc/Component/x', null],
    ['SIMO/user/x/feed/abc/Component/1', null],
    ['SIMO/user/3/feed/abc/Component/1/extra', null],
    ['SIMO/obj-state/abc/Component/1', null],
    ['', null],
  ];
  for (const [topic, expected] of feedCases) {
    it(`parses "${topic}"`, () => expect(parseFeedTopic(topic)).toEqual(expected));
  }

  it('recognises control replies and perms-changed', () => {
    expect(parseControlReplyTopic('SIMO/user/3/control-resp/r1')).toBe('r1');
    expect(parseControlReplyTopic('SIMO/user/3/control-resp/')).toBeNull();
    expect(isPermsChangedTopic('SIMO/user/3/perms-changed')).toBeTrue();
    expect(isPermsChangedTopic('SIMO/user/3/perms-changed/x')).toBeFalse();
  });
});
