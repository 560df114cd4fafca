// Entry point: fonts first (map labels are drawn with them), then the app.
import { mount } from 'svelte';
import '@fontsource/noto-sans-arabic/400.css';
import '@fontsource/noto-sans-arabic/700.css';
import './app.css';
import App from './App.svelte';
import { registerBriefingHook } from './briefing/hook.ts';

registerBriefingHook();
mount(App, { target: document.getElementById('app')! });
