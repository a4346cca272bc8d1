import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

/** A page component → the HTML document (React escapes every text and attribute). */
export const renderHtml = (element: ReactElement) => `<!doctype html>${renderToStaticMarkup(element)}`;
