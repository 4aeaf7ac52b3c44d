import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  // The sign-in redirect page is a page of its own.
  build: { rolldownOptions: { input: ['index.html', 'auth-redirect.html'] } },
  plugins: [
    vue({
      // <ssp-…> are custom elements (web components), not Vue components.
      template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('ssp-') } },
    }),
  ],
});
