// Wires the pure answers of electron/security into Electron's hooks for every web contents and session.
import { app, session, type Session, type WebContents } from 'electron';
import { shouldAllowNavigation, windowOpenDecision } from '../security/navigation';
import { permissionCheckDecision, permissionDecision } from '../security/permissions';

function guardWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (!shouldAllowNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!shouldAllowNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => windowOpenDecision(url));
}

function guardSession(target: Session): void {
  target.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(permissionDecision(permission)),
  );
  target.setPermissionCheckHandler((_contents, permission) => permissionCheckDecision(permission));
}

/** Call before the first window is created; the session part needs the app to be ready. */
export function hardenApp(): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
  app.on('session-created', guardSession);
}

export function hardenDefaultSession(): void {
  guardSession(session.defaultSession);
}
