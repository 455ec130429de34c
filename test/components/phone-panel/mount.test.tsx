import { act, screen, waitFor } from '@testing-library/react';
import { mountDemoPhone } from '../../../mocks/phone-panel/mount';

// mocks/browser.ts starts MSW's service worker, which Node cannot load; the panel needs only its phone.
vi.mock('../../../mocks/browser', async () => {
  const { createIdentityService, systemClock } = await import('../../../mocks/identity');
  const { createNetworkControl } = await import('../../../mocks/network-faults');
  return {
    demoPhone: createIdentityService({ clock: systemClock }).demoPhone,
    network: createNetworkControl(),
  };
});

describe('mountDemoPhone', () => {
  afterEach(() => {
    document.getElementById('demo-phone')?.remove();
    document.body.classList.remove('with-demo-phone');
  });

  it('adds the panel after the app, in its own container, once', async () => {
    const app = document.createElement('div');
    app.id = 'root';
    document.body.append(app);
    act(() => {
      mountDemoPhone();
      mountDemoPhone(); // hot reload runs start-up again
    });
    expect(await screen.findByRole('complementary', { name: 'Demo phone' })).toBeVisible();
    expect(screen.getAllByRole('complementary')).toHaveLength(1);
    const host = document.getElementById('demo-phone');
    expect(app.compareDocumentPosition(host!)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    expect(document.body).toHaveClass('with-demo-phone');
    await waitFor(() => expect(host).toHaveTextContent('Demo accounts'));
    app.remove();
  });
});
