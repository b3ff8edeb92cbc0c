import { Layout } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { AreaView } from './area-view';
import { SideNav } from './side-nav';
import { useRoute } from './use-route';

/** The window: navigation on the left, the current screen on the right. */
export function AppShell() {
  const { t } = useTranslation();
  const route = useRoute();
  const mainRef = useRef<HTMLDivElement>(null);
  const previousArea = useRef(route.area);

  // After moving to another area, put keyboard focus at the top of the new screen.
  useEffect(() => {
    if (route.area === previousArea.current) return;
    previousArea.current = route.area;
    mainRef.current?.focus({ preventScroll: false });
  }, [route.area]);

  return (
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
  );
}
