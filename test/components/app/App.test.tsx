import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { preloadClient } from '../../../src/api/load-client';
import { App } from '../../../src/app/App';

describe('App', () => {
  // The first screen downloads the verification screens and statechart while the person types;
  // let those downloads finish before the test environment is torn down under them. Unmounted first,
  // so a download that lands meanwhile has no screen to update (outside act).
  afterEach(async () => {
    cleanup();
    await Promise.all([
      import('../../../src/flows/verification/View'),
      import('../../../src/flows/verification/machine'),
      preloadClient(),
    ]);
  });

  it('starts on the sign-in page inside the app shell, with a page title', async () => {
    window.history.replaceState(null, '', '/');
    render(<App />);
    const heading = await screen.findByRole('heading', { level: 1 });
    expect(screen.getByRole('main')).toContainElement(heading);
    await waitFor(() => expect(document.title).toMatch(/ – Self-service sign-in$/));
  });
});
