import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './ui/index.css';
import './app/layout.css';
import { App } from './app/App';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
