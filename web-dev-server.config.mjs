import { devPlugins } from './scripts/dev-plugins.mjs';

// `npm start`: serves the demo and the TypeScript sources compiled on the fly; no network needed.
export default {
  rootDir: '.',
  hostname: 'localhost',
  nodeResolve: { exportConditions: ['development'] },
  plugins: devPlugins(),
  watch: false,
};
