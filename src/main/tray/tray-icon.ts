/** The tray icon (32×32 PNG), inlined so it needs no file path in a packaged app. */
export const TRAY_ICON_DATA_URL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAASElEQVR42mNgGAWjAA2Ilf//T0s8eB1Aa4sJOoSQBlLBqAOo7oABTwOjDhgyDiA2UY46YNQBow4YLYhGHTD4HDDaKh4FIxYAAKex9Pk4Qw/GAAAAAElFTkSuQmCC';
