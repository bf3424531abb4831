import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import enUS from './en-US';
import zhCN from './zh-CN';

type Tree = { [key: string]: string | Tree };

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`),
  );
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

const srcDir = join(__dirname, '..');

describe('translations', () => {
  it('have the same keys in Chinese and English', () => {
    expect(keys(enUS as Tree).sort()).toEqual(keys(zhCN as Tree).sort());
  });

  it('leave no text empty', () => {
    for (const dictionary of [zhCN, enUS]) {
      const tree = dictionary as Tree;
      for (const key of keys(tree)) {
        const value = key.split('.').reduce<Tree | string>((node, part) => (node as Tree)[part], tree);
        expect(String(value).trim(), key).not.toBe('');
      }
    }
  });

  it('cover every key the pages ask for', () => {
    const known = new Set(keys(zhCN as Tree));
    const used = sources(srcDir).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z]+\.[\w.]+)'/g)].map((match) => match[1]),
    );
    expect(used.length).toBeGreaterThan(100);
    expect(used.filter((key) => !known.has(key))).toEqual([]);
  });

  it('name every enum value the API sends that the pages translate by prefix', () => {
    const expected = {
      leadStatus: ['NEW', 'SCORED', 'QUALIFYING', 'NURTURING', 'QUALIFIED', 'DISQUALIFIED', 'CONVERTED'],
      stage: ['PROSPECT', 'INTERESTED', 'OPPORTUNITY', 'CUSTOMER', 'REPEAT'],
      role: ['ADMIN', 'MARKETER', 'AGENT', 'OPS', 'DEVELOPER'],
      instanceState: ['ACTIVE', 'COMPLETED', 'CANCELED', 'INCIDENT'],
    } as const;
    for (const [prefix, values] of Object.entries(expected)) {
      for (const value of values) {
        expect((zhCN as unknown as Tree)[prefix], prefix).toHaveProperty(value);
      }
    }
  });
});
