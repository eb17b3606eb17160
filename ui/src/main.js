// Entry point of the Mitwirken PWA. Until the views land, it reports whether
// the server is reachable, so the placeholder is honest about its state.
const status = document.getElementById('status');

fetch('/api/health')
  .then((res) => (res.ok ? 'Der Server ist erreichbar.' : 'Der Server antwortet gerade nicht.'))
  .catch(() => 'Keine Verbindung zum Server.')
  .then((text) => {
    status.textContent = text;
  });
