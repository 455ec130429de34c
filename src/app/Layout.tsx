import { Outlet, useNavigation } from 'react-router';
import { AnnouncerProvider } from '../ui/announcer';
import { HeadingFocusProvider } from '../ui/heading-focus';
import { PageTitleProvider } from '../ui/page-title';
import { AppFrame } from './AppFrame';
import { useFocusHeadingOnNavigation } from './route-focus';
import { useRouteTitle } from './route-title';

/** The root route's component: the page chrome plus the focus, title and announcement services. */
export function Layout() {
  const navigation = useNavigation();
  const routeTitle = useRouteTitle();
  useFocusHeadingOnNavigation();
  return (
    <PageTitleProvider fallback={routeTitle}>
      <HeadingFocusProvider>
        <AnnouncerProvider>
          <AppFrame busy={navigation.state === 'loading'}>
            <Outlet />
          </AppFrame>
        </AnnouncerProvider>
      </HeadingFocusProvider>
    </PageTitleProvider>
  );
}
