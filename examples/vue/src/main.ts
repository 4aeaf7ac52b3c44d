import 'ssp-widgets/define.js';
// Types the <ssp-…> elements in templates (props and events), for vue-tsc and the editor.
import type {} from 'ssp-widgets/types/vue';
import { createApp } from 'vue';
import App from './App.vue';
import './app.css';

createApp(App).mount('#app');
