import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  // The sign-in redirect page is a page of its own.
  build: { rolldownOptions: { input: ['index.html', 'auth-redirect.html'] } },
  plugins: [react()],
});
