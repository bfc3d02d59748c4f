// Every text the desktop shell shows is Chinese. The shell's source (electron/main/**/*.ts) is parsed with
// the TypeScript compiler and every literal that reaches the clerk is checked: error boxes, failures
// answered over IPC, Error and Response bodies, and the title / message / detail / label / buttons of
// dialogs, boxes, windows and menus. A text with Latin letters and no Chinese character fails, so an
// English box added later fails here. Texts built elsewhere (a function's answer) are not followed: those
// functions have their own tests.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const mainDir = path.resolve(import.meta.dirname, '..', '..', '..', 'electron', 'main');

/** Properties whose string value is shown: dialog and box options, window titles, menu items. */
const shownProperties = new Set([
  'title',
  'message',
  'detail',
  'content',
  'label',
  'buttons',
  'checkboxLabel',
  'buttonLabel',
]);
/** Calls whose arguments at these positions are shown. */
const shownArguments = new Map<string, number[]>([
  ['showErrorBox', [0, 1]],
  ['fail', [1]],
]);

interface Text {
  where: string;
  text: string;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** The literal text an expression shows: literals, templates' fixed parts, both arms of ?:, ?? and +. */
function literalTexts(node: ts.Expression): string[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isTemplateExpression(node)) {
    const fixed = node.head.text + node.templateSpans.map((span) => span.literal.text).join('');
    return [fixed, ...node.templateSpans.flatMap((span) => literalTexts(span.expression))];
  }
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node)) return literalTexts(node.expression);
  if (ts.isConditionalExpression(node))
    return [...literalTexts(node.whenTrue), ...literalTexts(node.whenFalse)];
  if (ts.isArrayLiteralExpression(node)) return node.elements.flatMap((element) => literalTexts(element));
  if (ts.isBinaryExpression(node)) {
    const operator = node.operatorToken.kind;
    if (operator === ts.SyntaxKind.PlusToken) return [[node.left, node.right].flatMap(literalTexts).join('')];
    if (operator === ts.SyntaxKind.QuestionQuestionToken || operator === ts.SyntaxKind.BarBarToken)
      return [...literalTexts(node.left), ...literalTexts(node.right)];
  }
  return [];
}

function calleeName(node: ts.CallExpression | ts.NewExpression): string {
  const callee = node.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return '';
}

/** The expressions of one file whose literal text the clerk is shown. */
function shownExpressions(source: ts.SourceFile): ts.Expression[] {
  const shown: ts.Expression[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      for (const index of shownArguments.get(calleeName(node)) ?? []) {
        const argument = node.arguments[index];
        if (argument) shown.push(argument);
      }
    }
    if (ts.isNewExpression(node)) {
      const name = calleeName(node);
      if (/Error$/.test(name) || name === 'Response') {
        const first = node.arguments?.[0];
        if (first) shown.push(first);
      }
    }
    if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && shownProperties.has(node.name.text))
      shown.push(node.initializer);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return shown;
}

function shownTexts(fileName: string, code: string): Text[] {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
  return shownExpressions(source).flatMap((expression) => {
    const line = source.getLineAndCharacterOfPosition(expression.getStart()).line + 1;
    return literalTexts(expression).map((text) => ({ where: `${fileName}:${line}`, text }));
  });
}

/** English to the clerk: Latin letters without a single Chinese character. */
function isEnglish(text: string): boolean {
  return /[A-Za-z]/.test(text) && !/[\u3400-\u9fff]/.test(text);
}

describe('texts the desktop shell shows', () => {
  const texts = sourceFiles(mainDir).flatMap((file) =>
    shownTexts(path.relative(mainDir, file), fs.readFileSync(file, 'utf8')),
  );

  it('are found: the boxes, failures, menus and windows of electron/main', () => {
    expect(texts.length).toBeGreaterThan(40);
    const places = new Set(texts.map((text) => text.where.split(':')[0]));
    for (const file of ['menu.ts', 'ipc.ts', 'file-save.ts', 'main.ts', path.join('print', 'print-job.ts')])
      expect(places).toContain(file);
  });

  it('are all Chinese', () => {
    expect(texts.filter((text) => isEnglish(text.text))).toEqual([]);
  });
});

describe('the scan itself', () => {
  const sample = `
    dialog.showErrorBox('Error', \`Cannot open \${file}\`);
    dialog.showErrorBox('出错了', \`无法打开 \${file}\`);
    void dialog.showMessageBox({ type: 'info', title: 'About', message: ok ? 'Saved' : '已保存', buttons: ['OK'] });
    const menu = { label: 'File', role: 'fileMenu' };
    return fail('internal', 'Save failed: ' + reason, 'path');
    throw new TypeError(\`bad \${name}\`);
    return new Response('Not found', { status: 404 });
    return fail('internal', explain(error));
  `;
  const found = shownTexts('sample.ts', sample);
  const english = found.filter((text) => isEnglish(text.text)).map((text) => text.text);

  it('flags English in every place the clerk sees it, and only there', () => {
    expect(english).toEqual([
      'Error',
      'Cannot open ',
      'About',
      'Saved',
      'OK',
      'File',
      'Save failed: ',
      'bad ',
      'Not found',
    ]);
  });

  it('passes Chinese, ignores identifiers, roles, field names and texts built by a function', () => {
    const passed = found.filter((text) => !isEnglish(text.text)).map((text) => text.text);
    expect(passed).toEqual(['出错了', '无法打开 ', '已保存']);
  });

  it('names the file and line of each text', () => {
    expect(found[0]?.where).toBe('sample.ts:2');
  });
});
