import { Layout } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { AreaView } from './area-view';
import { SideNav } from './side-nav';
import { UndoProvider } from './use-undo';
import { useRoute } from './use-route';

/** The window: navigation on the left, the current screen on the right. */
export function AppShell() {
  const { t } = useTranslation();
  const route = useRoute();
  const mainRef = useRef<HTMLDivElement>(null);
  // The screen: the area and what follows it ("bills/<id>"), not its query parameters.
  const screen = [route.area, ...route.path].join('/');
  const previousScreen = useRef(screen);

  // After moving to another screen, put keyboard focus at the top of the new one.
  useEffect(() => {
    if (screen === previousScreen.current) return;
    previousScreen.current = screen;
    mainRef.current?.focus({ preventScroll: false });
  }, [screen]);

  return (
    <UndoProvider>
      <Layout className="purse-shell">
        <a
          className="purse-skip-link"
          href="#purse-main"
          onClick={(event) => {
            event.preventDefault();
            mainRef.current?.focus();
          }}
        >
          {t('nav.skipToContent')}
        </a>
        <SideNav area={route.area} />
        <Layout.Content>
          {/* Layout.Content is the page's <main>; this is where focus lands after navigating. */}
          <div id="purse-main" ref={mainRef} tabIndex={-1} className="purse-main">
            <AreaView key={route.area} route={route} />
          </div>
        </Layout.Content>
      </Layout>
    </UndoProvider>
  );
}
