import { StyleProvider } from '@ant-design/cssinjs';
import { render } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import type { LoginResponse } from '@zhicheng/contracts';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';
import { App } from '../app/app';
import { appRoutes } from '../app/app-routes';
import { createQueryClient } from '../app/query-client';
import { authStore } from '../lib/auth-store';

/**
 * antd's generated CSS goes to a detached node: jsdom's getComputedStyle (behind every role query and
 * visibility check) slows to seconds per query with ~250 KB of component styles in the document.
 */
const antdStyles = document.createElement('div');

function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{`${location.pathname}${location.search}`}</output>;
}

/** Enters text the fast way (typing key by key through antd inputs is slow in jsdom). */
export async function enter(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

/**
 * The whole app at `url`, as after a page load: signed in with `session` (as if restored from the
 * refresh cookie), or anonymous (the default refresh handler answers 401). `visited` are the pages
 * before it in the tab's history (for the back button: `router.navigate(-1)`).
 */
export function renderApp(url: string, options: { session?: LoginResponse; visited?: string[] } = {}) {
  if (options.session) authStore.setSession(options.session);
  const user = userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
  const router = createMemoryRouter(appRoutes(<LocationProbe />), {
    initialEntries: [...(options.visited ?? []), url],
  });
  const view = render(
    <StyleProvider container={antdStyles}>
      <App queryClient={createQueryClient()}>
        <RouterProvider router={router} />
      </App>
    </StyleProvider>,
  );
  return { user, router, ...view };
}
