import { render } from 'preact';
import { App } from './App';
import { INITIAL_POPUP_STATE, type PopupActions } from './state';
import './popup.css';

const actions: PopupActions = {};
const root = document.getElementById('app');
if (root) render(<App state={INITIAL_POPUP_STATE} actions={actions} />, root);
