import { describe, expect, it } from 'vitest';
import { islandPropsElement, serializeIslandProps } from './props';

describe('island props', () => {
  it('round-trips plain data through JSON', () => {
    const props = { data: { rows: [{ id: 'a', n: 1.5, ok: true, none: null }], lang: 'es' } };
    expect(JSON.parse(serializeIslandProps(props))).toEqual(props);
  });

  it('leaves undefined properties out, as reading them gives undefined again', () => {
    expect(JSON.parse(serializeIslandProps({ a: 1, b: undefined }))).toEqual({ a: 1 });
  });

  it('cannot close its script element or open a comment', () => {
    const element = islandPropsElement('events', {
      title: '</script><script>alert(1)</script><!--',
    });
    expect(element.match(/<\/script>/g)).toHaveLength(1);
    expect(element).not.toContain('<!--');
    const json = element.slice(element.indexOf('>') + 1, element.lastIndexOf('</script>'));
    expect(JSON.parse(json)).toEqual({ title: '</script><script>alert(1)</script><!--' });
  });

  it('names the path of a value JSON would change', () => {
    expect(() => serializeIslandProps({ data: { days: [1, new Date(0)] } })).toThrow(
      'Island props.data.days[1] is a Date',
    );
    expect(() => serializeIslandProps({ data: { index: new Map() } })).toThrow(
      'Island props.data.index is a Map',
    );
    expect(() => serializeIslandProps({ data: { lag: NaN } })).toThrow('props.data.lag is NaN');
    expect(() => serializeIslandProps({ data: { f: () => 1 } })).toThrow('is a function');
  });
});
