/** VitePress's default theme, with the components and styles of the operation pages. */
import DefaultTheme from 'vitepress/theme';
import type { Theme } from 'vitepress';
import { OperationCall } from './operation-call.js';
import { OperationFields } from './operation-fields.js';
import './reference.css';

const theme: Theme = {
  extends: DefaultTheme,
  enhanceApp({ app }) {
    app.component('OperationCall', OperationCall);
    app.component('OperationFields', OperationFields);
  },
};

export default theme;
