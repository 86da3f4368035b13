// The browser side: the design system's components (menus, error summaries, character counts) enhance the pages,
// which work without it. Signing (R1) lives in its own bundle where a page needs it.
import { initAll } from 'govuk-frontend';

initAll();
