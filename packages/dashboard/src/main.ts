import { createApp } from 'vue';
import App from './App.vue';
import { createAppRouter } from './router';
import { createAppI18n } from './i18n';
import './styles/base.css';
import './styles/layout.css';

const i18n = createAppI18n();
document.documentElement.lang = i18n.global.locale.value;

createApp(App).use(i18n).use(createAppRouter()).mount('#app');
