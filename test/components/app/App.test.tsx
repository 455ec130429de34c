import { render, screen, waitFor } from '@testing-library/react';
import { App } from '../../../src/app/App';

describe('App', () => {
  it('starts on the sign-in page inside the app shell, with a page title', async () => {
    window.history.replaceState(null, '', '/');
    render(<App />);
    const heading = await screen.findByRole('heading', { level: 1 });
    expect(screen.getByRole('main')).toContainElement(heading);
    await waitFor(() => expect(document.title).toMatch(/ – Self-service sign-in$/));
  });
});
